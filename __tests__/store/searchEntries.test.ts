/**
 * The home page's search entries (main package): what the guides stored for the user's region, else the
 * national entries, built from the policy package when someone first searches.
 */
import { fakeStorage } from '../fakes/taro'
import shipped from '../../src/generated/search-version.json'
import head from '../../src/generated/policy/national.json'
import type { SearchEntry } from '../../src/domain/search'
import { buildSearchIndex } from '../../src/domain/search'
import { resolvePolicy } from '../../src/domain/policy/resolve'
import type { NationalPolicy } from '../../src/domain/policy/schema'
import { taroStore } from '../../src/services/storage'
import { loadNationalEntries, pickEntries, readSavedEntries, saveSearchEntries, searchEntriesStore } from '../../src/store/searchEntries'

const entry = (title: string): SearchEntry => ({ title, text: title, target: { page: 'balance' }, section: '余额查询' })
const national = [entry('全国的办法')]
const stored = (text: string) => {
  fakeStorage.set('yibao-search', text)
  return readSavedEntries(taroStore)
}
const titles = (entries: readonly SearchEntry[] | null) => entries?.map((e) => e.title)

beforeEach(() => {
  fakeStorage.clear()
  searchEntriesStore.setState({ saved: null, national: null })
})

describe('home search entries', () => {
  it('are the national entries when nothing is stored, and null until they are built', () => {
    expect(readSavedEntries(taroStore)).toBeNull()
    expect(pickEntries(null, null, null)).toBeNull()
    expect(pickEntries(null, '350200', national)).toBe(national)
  })

  it('are the stored ones for the region they were built for only', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: shipped.version, entries: [entry('厦门的办法')] }))
    expect(titles(pickEntries(saved, '350200', national))).toEqual(['厦门的办法'])
    expect(titles(pickEntries(saved, '350200', null))).toEqual(['厦门的办法'])
    expect(pickEntries(saved, '110000', national)).toBe(national)
    expect(pickEntries(saved, null, national)).toBe(national)
  })

  it('ignore stored entries built from data older than the shipped data', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: shipped.version - 1, entries: [entry('旧')] }))
    expect(pickEntries(saved, '350200', national)).toBe(national)
  })

  it.each([
    ['not JSON', '{'],
    ['the wrong shape', JSON.stringify({ region: '350200', version: shipped.version, entries: [{ title: 1 }] })],
    ['missing a version', JSON.stringify({ region: '350200', entries: [] })],
    ['null', 'null']
  ])('read nothing back from storage that is %s', (_what, text) => {
    expect(stored(text)).toBeNull()
  })

  it('saving builds and stores entries for a new region or data version only, and they read back', () => {
    const build = jest.fn(() => [entry('厦门的办法')])
    saveSearchEntries('350200', shipped.version, build)
    saveSearchEntries('350200', shipped.version, build)
    expect(build).toHaveBeenCalledTimes(1)
    expect(titles(pickEntries(searchEntriesStore.getState().saved, '350200', null))).toEqual(['厦门的办法'])
    expect(titles(pickEntries(readSavedEntries(taroStore), '350200', null))).toEqual(['厦门的办法'])
    saveSearchEntries('350200', shipped.version + 1, build)
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('does not store the national entries of the shipped data: they are built on demand', () => {
    const build = jest.fn(() => national)
    saveSearchEntries(null, shipped.version, build)
    expect(build).not.toHaveBeenCalled()
    expect(fakeStorage.has('yibao-search')).toBe(false)
  })

  it('builds the national entries of the shipped data from the policy package when asked', async () => {
    loadNationalEntries()
    await new Promise<void>((resolve) => {
      const stop = searchEntriesStore.subscribe((s) => s.national && (stop(), resolve()))
    })
    const expected = buildSearchIndex(resolvePolicy(head.national as unknown as NationalPolicy, {}, [], null))
    expect(searchEntriesStore.getState().national).toEqual(expected)
    expect(expected.length).toBeGreaterThan(10)
  })
})
