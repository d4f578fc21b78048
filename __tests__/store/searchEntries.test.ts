/**
 * The home page's search entries (main package): what the guides stored for the user's region, else the
 * national entries built from the shipped data.
 */
import { fakeStorage } from '../fakes/taro'
import national from '../../src/generated/search-national.json'
import type { SearchEntry } from '../../src/domain/search'
import { taroStore } from '../../src/services/storage'
import { pickEntries, readSavedEntries, saveSearchEntries, searchEntriesStore } from '../../src/store/searchEntries'

const entry = (title: string): SearchEntry => ({ title, text: title, target: { page: 'balance' }, section: '余额查询' })
const shipped = national.entries as SearchEntry[]
const stored = (text: string) => {
  fakeStorage.set('yibao-search', text)
  return readSavedEntries(taroStore)
}

beforeEach(() => {
  fakeStorage.clear()
  searchEntriesStore.setState({ saved: null })
})

describe('home search entries', () => {
  it('are the national entries of the shipped data when nothing is stored', () => {
    expect(readSavedEntries(taroStore)).toBeNull()
    expect(pickEntries(null, null)).toEqual(shipped)
    expect(pickEntries(null, '350200')).toEqual(shipped)
  })

  it('are the stored ones for the region they were built for only', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: national.version, entries: [entry('厦门的办法')] }))
    expect(pickEntries(saved, '350200').map((e) => e.title)).toEqual(['厦门的办法'])
    expect(pickEntries(saved, '110000')).toEqual(shipped)
    expect(pickEntries(saved, null)).toEqual(shipped)
  })

  it('ignore stored entries built from data older than the shipped data', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: national.version - 1, entries: [entry('旧')] }))
    expect(pickEntries(saved, '350200')).toEqual(shipped)
  })

  it.each([
    ['not JSON', '{'],
    ['the wrong shape', JSON.stringify({ region: '350200', version: national.version, entries: [{ title: 1 }] })],
    ['missing a version', JSON.stringify({ region: '350200', entries: [] })],
    ['null', 'null']
  ])('read nothing back from storage that is %s', (_what, text) => {
    expect(stored(text)).toBeNull()
  })

  it('saving builds and stores entries for a new region or data version only, and they read back', () => {
    const build = jest.fn(() => [entry('厦门的办法')])
    saveSearchEntries('350200', national.version, build)
    saveSearchEntries('350200', national.version, build)
    expect(build).toHaveBeenCalledTimes(1)
    expect(pickEntries(searchEntriesStore.getState().saved, '350200').map((e) => e.title)).toEqual(['厦门的办法'])
    expect(pickEntries(readSavedEntries(taroStore), '350200').map((e) => e.title)).toEqual(['厦门的办法'])
    saveSearchEntries('350200', national.version + 1, build)
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('does not store the national entries the main package already has', () => {
    const build = jest.fn(() => shipped)
    saveSearchEntries(null, national.version, build)
    expect(build).not.toHaveBeenCalled()
    expect(fakeStorage.has('yibao-search')).toBe(false)
  })
})
