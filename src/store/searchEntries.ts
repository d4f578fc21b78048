/**
 * What the home page searches. The home page is in the main package and does not load the policy
 * data at launch, so its entries are the ones the guides stored for the user's region (store/policyData.ts
 * writes them whenever the data or the region changes), or else the national entries, built from the
 * policy package (one copy of the national rules, not a second one in the main package) once someone
 * searches: the home page's preloadRule has usually fetched that package by then.
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

export const searchEntriesStore = createStore<{ saved: SavedEntries | null; national: readonly SearchEntry[] | null }>(() => ({
  saved: readSavedEntries(taroStore),
  national: null
}))

/**
 * The entries for `region`: stored ones when they were built for it from data at least as new as the
 * shipped data, else the national ones (null until the policy package has built them).
 */
export function pickEntries(saved: SavedEntries | null, region: string | null, national: readonly SearchEntry[] | null): readonly SearchEntry[] | null {
  return saved && saved.region === region && saved.version >= shippedVersion ? saved.entries : national
}

let nationalLoading = false
/** Builds the national entries from the policy package once per process; a failed download is tried again on the next search. */
export function loadNationalEntries(): void {
  if (nationalLoading || searchEntriesStore.getState().national) return
  nationalLoading = true
  loadPolicy()
    .then((core) => searchEntriesStore.setState({ national: core.nationalSearchEntries() }))
    .catch(() => undefined)
    .finally(() => {
      nationalLoading = false
    })
}

/**
 * The home page's entries; null until the national ones are built, which starts when someone types in the
 * search box (GuideSearch's onSearch), so a launch never loads the policy package for a search nobody made.
 */
export function useSearchEntries(region: string | null): readonly SearchEntry[] | null {
  const saved = useStore(searchEntriesStore, (s) => s.saved)
  const national = useStore(searchEntriesStore, (s) => s.national)
  return pickEntries(saved, region, national)
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
