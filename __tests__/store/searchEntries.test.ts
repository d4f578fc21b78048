/**
 * The home page's search (main package): its code and the entries for the user's region load when someone
 * first types, from the search package and the policy package with the region's shipped data.
 */
import { buildSearchIndex } from '../../src/domain/search'
import { loadSearch, searchStore, type ReadySearch } from '../../src/store/searchEntries'
import { resolveFor } from '../../src/store/policyData'
import { realBundle } from '../support/policyFixtures'

beforeEach(() => searchStore.setState({ ready: null, failed: false }))

const ready = () =>
  new Promise<ReadySearch>((resolve) => {
    const stop = searchStore.subscribe((s) => {
      if (!s.ready) return
      stop()
      resolve(s.ready)
    })
  })

describe('home search', () => {
  it('is not there until someone searches', () => {
    expect(searchStore.getState()).toEqual({ ready: null, failed: false })
  })

  it('builds the national entries of the shipped data when asked for no region, every guide included', async () => {
    loadSearch(null)
    const search = await ready()
    const expected = buildSearchIndex(resolveFor(realBundle(), null))
    expect(search).toMatchObject({ region: null, entries: expected })
    expect(expected.map((e) => e.target.page)).toEqual(expect.arrayContaining(['balance', 'family', 'withdraw', 'yidi']))
  })

  it('builds a region’s entries from its shipped data (its province’s part loaded first), and runs them', async () => {
    loadSearch('350500')
    const search = await ready()
    const expected = buildSearchIndex(resolveFor(realBundle(), '350500'))
    expect(search).toMatchObject({ region: '350500', entries: expected })
    expect(expected).not.toEqual(buildSearchIndex(resolveFor(realBundle(), null)))
    const answer = search.engine.answerSearch(search.entries, '老伴走了 钱怎么取')
    expect(answer.hits[0]?.target.page).toBe('withdraw')
  })

  it('asked again for the same region, builds nothing new', async () => {
    loadSearch('350200')
    const first = await ready()
    loadSearch('350200')
    expect(searchStore.getState().ready).toBe(first)
  })
})
