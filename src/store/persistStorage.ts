/**
 * zustand `persist` over Taro storage. A corrupt or unreadable entry is removed
 * and reported (for a quiet notice) instead of crashing the page; only that
 * store starts over.
 */
import { createStore } from 'zustand/vanilla'
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware'
import type { KeyValueStore } from '../domain/policyUpdate/cache'
import { taroStore } from '../services/storage'

/** Names of stores that had to start over, for one quiet notice. */
export const storageNotices = createStore<{ reset: string[]; dismiss(): void }>()((set) => ({
  reset: [],
  dismiss: () => set({ reset: [] })
}))

export function safeStorage<S>(name: string, store: KeyValueStore = taroStore): PersistStorage<S> {
  const reportReset = () => {
    store.remove(name)
    const { reset } = storageNotices.getState()
    if (!reset.includes(name)) storageNotices.setState({ reset: [...reset, name] })
  }
  return {
    getItem(key) {
      const raw = store.get(key)
      if (raw === null) return null
      try {
        const parsed = JSON.parse(raw) as Partial<StorageValue<S>>
        if (!parsed || typeof parsed !== 'object' || typeof parsed.state !== 'object' || parsed.state === null) {
          reportReset()
          return null
        }
        return { state: parsed.state as S, version: typeof parsed.version === 'number' ? parsed.version : 0 }
      } catch {
        reportReset()
        return null
      }
    },
    setItem(key, value) {
      store.set(key, JSON.stringify(value))
    },
    removeItem(key) {
      store.remove(key)
    }
  }
}

/**
 * The persist options every store uses: stored under `name` through safeStorage, only the data `pick`
 * chooses is written, and whatever is read back (any version, any shape) goes through `clean`, which
 * keeps what is valid and drops the rest, so an old or edited entry can never break a page.
 */
export function persistOptions<S extends Data, Data>(
  name: string,
  clean: (value: unknown) => Data,
  pick: (state: S) => Data
): PersistOptions<S, Data> {
  return {
    name,
    version: 1,
    storage: safeStorage<Data>(name),
    partialize: pick,
    migrate: (persisted) => clean(persisted),
    merge: (persisted, current) => ({ ...current, ...clean(persisted) })
  }
}
