/**
 * What the home page searches. The home page is in the main package and does not load the policy
 * data at launch, so its entries are the ones the guides stored for the user's region (store/policyData.ts
 * writes them whenever the data or the region changes and all of it is in), or else they are built
 * from the policy package (one copy of the rules, not a second one in the main package) for the user's
 * region once someone searches: the home page's preloadRule has usually fetched that package by then.
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import shipped from '../generated/search-version.json'
import type { SearchEntry } from '../domain/search/query'
import type { KeyValueStore } from '../domain/config/cache'
import { taroStore } from '../services/storage'
import { loadPolicy } from './policy'

export const SEARCH_ENTRIES_KEY = 'yibao-search'

export interface SavedEntries {
  region: string | null
  /** version of the policy data the entries were built from */
  version: number
  entries: SearchEntry[]
}

/** the version of the policy data the app ships */
const shippedVersion = (shipped as { version: number }).version

function isEntry(e: unknown): e is SearchEntry {
  if (typeof e !== 'object' || e === null) return false
  const { title, text, target, section } = e as Partial<SearchEntry>
  return typeof title === 'string' && typeof text === 'string' && typeof section === 'string' && typeof target?.page === 'string'
}

/** Anything unreadable is the same as nothing stored: the national entries apply. */
export function readSavedEntries(store: KeyValueStore): SavedEntries | null {
  const text = store.get(SEARCH_ENTRIES_KEY)
  if (!text) return null
  try {
    const s = JSON.parse(text) as Partial<SavedEntries> | null
    if (s && (s.region === null || typeof s.region === 'string') && typeof s.version === 'number' && Array.isArray(s.entries) && s.entries.every(isEntry)) {
      return { region: s.region, version: s.version, entries: s.entries }
    }
  } catch {
    // fall through
  }
  return null
}

/** Entries built on the home page from the policy package, for one region (null: the national rules). */
export interface BuiltEntries {
  region: string | null
  entries: readonly SearchEntry[]
}

export const searchEntriesStore = createStore<{ saved: SavedEntries | null; built: BuiltEntries | null }>(() => ({
  saved: readSavedEntries(taroStore),
  built: null
}))

/**
 * The entries for `region`: stored ones when they were built for it from data at least as new as the
 * shipped data, else the ones built here for it (null until the policy package has built them).
 */
export function pickEntries(saved: SavedEntries | null, region: string | null, built: BuiltEntries | null): readonly SearchEntry[] | null {
  if (saved && saved.region === region && saved.version >= shippedVersion) return saved.entries
  return built && built.region === region ? built.entries : null
}

let building: string | null | undefined
/** Builds `region`'s entries from the policy package; a failed download is tried again on the next search. */
export function loadSearchEntries(region: string | null): void {
  const { saved, built } = searchEntriesStore.getState()
  if (building === region || pickEntries(saved, region, built)) return
  building = region
  loadPolicy()
    .then((core) => core.searchEntriesFor(region))
    .then((entries) => searchEntriesStore.setState({ built: { region, entries } }))
    .catch(() => undefined)
    .finally(() => {
      if (building === region) building = undefined
    })
}

/**
 * The home page's entries; null until they are built, which starts when someone types in the search box
 * (GuideSearch's onSearch), so a launch never loads the policy package for a search nobody made.
 */
export function useSearchEntries(region: string | null): readonly SearchEntry[] | null {
  const saved = useStore(searchEntriesStore, (s) => s.saved)
  const built = useStore(searchEntriesStore, (s) => s.built)
  return pickEntries(saved, region, built)
}

/** Called by the policy package; `build` runs only when the stored entries are for another region or data version. */
export function saveSearchEntries(region: string | null, version: number, build: () => SearchEntry[]): void {
  const saved = searchEntriesStore.getState().saved
  if (saved && saved.region === region && saved.version === version) return
  // the national entries of the shipped data are built on demand, not stored
  if (!saved && region === null && version === shippedVersion) return
  const next: SavedEntries = { region, version, entries: build() }
  // If storage refuses, the entries still apply until the app is closed.
  taroStore.set(SEARCH_ENTRIES_KEY, JSON.stringify(next))
  searchEntriesStore.setState({ saved: next })
}
