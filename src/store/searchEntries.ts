/**
 * What the home page searches. The home page is in the main package and does not load the policy
 * data (issue 11), so its entries are the ones the guide subpackages stored for the user's region
 * (store/policy.ts writes them whenever the data or the region changes), or else the national
 * entries generated from the embedded data at build time (scripts/generate-home-data.ts).
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import national from '../generated/search-national.json'
import type { SearchEntry } from '../domain/search/query'
import type { KeyValueStore } from '../domain/config/cache'
import { taroStore } from '../services/storage'

export const SEARCH_ENTRIES_KEY = 'yibao-search'

export interface SavedEntries {
  region: string | null
  /** version of the policy data the entries were built from */
  version: number
  entries: SearchEntry[]
}

const generated = national as unknown as { version: number; entries: SearchEntry[] }

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

export const searchEntriesStore = createStore<{ saved: SavedEntries | null }>(() => ({ saved: readSavedEntries(taroStore) }))

/** The entries for `region`: stored ones when they were built for it from data at least as new as the shipped data. */
export function pickEntries(saved: SavedEntries | null, region: string | null): readonly SearchEntry[] {
  return saved && saved.region === region && saved.version >= generated.version ? saved.entries : generated.entries
}

export function useSearchEntries(region: string | null): readonly SearchEntry[] {
  const saved = useStore(searchEntriesStore, (s) => s.saved)
  return pickEntries(saved, region)
}

/** Called by the guide subpackages; `build` runs only when the stored entries are for another region or data version. */
export function saveSearchEntries(region: string | null, version: number, build: () => SearchEntry[]): void {
  const saved = searchEntriesStore.getState().saved
  if (saved && saved.region === region && saved.version === version) return
  // the national entries of the shipped data are in the main package already
  if (!saved && region === null && version === generated.version) return
  const next: SavedEntries = { region, version, entries: build() }
  // If storage refuses, the entries still apply until the app is closed.
  taroStore.set(SEARCH_ENTRIES_KEY, JSON.stringify(next))
  searchEntriesStore.setState({ saved: next })
}
