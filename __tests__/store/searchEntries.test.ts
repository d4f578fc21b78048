/**
 * The home page's search entries (main package): what the guides stored for the user's region, else the
 * entries for that region, built from the policy package when someone first searches.
 */
import { fakeStorage } from '../fakes/taro'
import shipped from '../../src/generated/search-version.json'
import type { SearchEntry } from '../../src/domain/search'
import { buildSearchIndex } from '../../src/domain/search'
import { resolvePolicy } from '../../src/domain/policy/resolve'
import { taroStore } from '../../src/services/storage'
import { loadSearchEntries, pickEntries, readSavedEntries, saveSearchEntries, searchEntriesStore, type BuiltEntries } from '../../src/store/searchEntries'
import { resolveFor } from '../../src/store/policyData'
import { realBundle } from '../support/policyFixtures'

const entry = (title: string): SearchEntry => ({ title, text: title, target: { page: 'balance' }, section: '余额查询' })
const national: BuiltEntries = { region: null, entries: [entry('全国的办法')] }
const xiamen: BuiltEntries = { region: '350200', entries: [entry('在厦门搜到的')] }
const stored = (text: string) => {
  fakeStorage.set('yibao-search', text)
  return readSavedEntries(taroStore)
}
const titles = (entries: readonly SearchEntry[] | null) => entries?.map((e) => e.title)

beforeEach(() => {
  fakeStorage.clear()
  searchEntriesStore.setState({ saved: null, built: null })
})

describe('home search entries', () => {
  it('are the ones built for the region when nothing is stored, and null until they are built', () => {
    expect(readSavedEntries(taroStore)).toBeNull()
    expect(pickEntries(null, null, null)).toBeNull()
    expect(pickEntries(null, null, national)).toBe(national.entries)
    expect(pickEntries(null, '350200', xiamen)).toBe(xiamen.entries)
    // built for another region: not these
    expect(pickEntries(null, '350200', national)).toBeNull()
    expect(pickEntries(null, null, xiamen)).toBeNull()
  })

  it('are the stored ones for the region they were built for only', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: shipped.version, entries: [entry('厦门的办法')] }))
    expect(titles(pickEntries(saved, '350200', xiamen))).toEqual(['厦门的办法'])
    expect(titles(pickEntries(saved, '350200', null))).toEqual(['厦门的办法'])
    expect(pickEntries(saved, '110000', national)).toBeNull()
    expect(pickEntries(saved, null, national)).toBe(national.entries)
  })

  it('ignore stored entries built from data older than the shipped data', () => {
    const saved = stored(JSON.stringify({ region: '350200', version: shipped.version - 1, entries: [entry('旧')] }))
    expect(pickEntries(saved, '350200', xiamen)).toBe(xiamen.entries)
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
    const build = jest.fn(() => [...national.entries])
    saveSearchEntries(null, shipped.version, build)
    expect(build).not.toHaveBeenCalled()
    expect(fakeStorage.has('yibao-search')).toBe(false)
  })

  const built = () =>
    new Promise<BuiltEntries>((resolve) => {
      const stop = searchEntriesStore.subscribe((s) => {
        if (!s.built) return
        stop()
        resolve(s.built)
      })
    })

  it('builds the national entries of the shipped data from the policy package when asked, every guide included', async () => {
    loadSearchEntries(null)
    const expected = buildSearchIndex(resolvePolicy(realBundle().national, {}, [], null))
    expect(await built()).toEqual({ region: null, entries: expected })
    expect(expected.map((e) => e.target.page)).toEqual(expect.arrayContaining(['balance', 'family', 'withdraw', 'yidi']))
  })

  it('builds a region’s entries from its shipped data, loading its province’s part first', async () => {
    loadSearchEntries('350500')
    const expected = buildSearchIndex(resolveFor(realBundle(), '350500'))
    expect(await built()).toEqual({ region: '350500', entries: expected })
    expect(expected).not.toEqual(buildSearchIndex(resolveFor(realBundle(), null)))
  })
})
