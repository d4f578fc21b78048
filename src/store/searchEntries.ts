/**
 * The home page's search. Its code (the words it knows, how it ranks, what it says when nothing matches:
 * domain/search/engine.ts) and the entries for the user's region load when someone first types in the box
 * (GuideSearch's onSearch): the search package, an import() chunk, and the policy package with the
 * region's shipped data, which the home page preloads. A launch never loads them for a search nobody
 * made, and a shared link opening a guide never downloads them at all.
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { SearchEntry } from '../domain/search/query'
import { loadPolicy } from './policy'

export type SearchEngine = typeof import('../domain/search/engine')

/** The search for one region (null: the national rules), ready to run. */
export interface ReadySearch {
  engine: SearchEngine
  region: string | null
  entries: readonly SearchEntry[]
}

export const searchStore = createStore<{ ready: ReadySearch | null; failed: boolean }>(() => ({ ready: null, failed: false }))

let building: { region: string | null } | null = null

/** Loads the search and builds `region`'s entries, once; after a failed download the next keystroke tries again. */
export function loadSearch(region: string | null): void {
  const { ready } = searchStore.getState()
  if ((ready && ready.region === region) || (building && building.region === region)) return
  const mine = { region }
  building = mine
  searchStore.setState({ failed: false })
  Promise.all([import(/* webpackChunkName: "search/index" */ '../domain/search/engine'), loadPolicy()])
    .then(async ([engine, core]) => {
      const entries = engine.buildSearchIndex(await core.resolvedWith(region, 'all'))
      if (building === mine) searchStore.setState({ ready: { engine, region, entries }, failed: false })
    })
    .catch(() => {
      if (building === mine) searchStore.setState({ failed: true })
    })
    .finally(() => {
      if (building === mine) building = null
    })
}

/** The search for `region` when it is ready (null until then), and whether loading it failed. */
export function useSearch(region: string | null): { search: ReadySearch | null; failed: boolean } {
  const ready = useStore(searchStore, (s) => s.ready)
  const failed = useStore(searchStore, (s) => s.failed)
  return { search: ready && ready.region === region ? ready : null, failed }
}
