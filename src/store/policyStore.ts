/**
 * The policy data every page reads. Start-up is synchronous (cache or embedded,
 * whichever is newer and valid); the cloud refresh runs in the background and
 * swaps data in only after every check in domain/config has passed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { clearCache, readCache, writeCache, type KeyValueStore } from '../domain/config/cache'
import { decideRefresh, evaluateConfigText, refreshNotice, type FetchResult } from '../domain/config/evaluate'
import type { DroppedRegion, PolicyBundle, RegionFacts } from '../domain/policy/bundle'

export type DataOrigin = 'embedded' | 'cache' | 'cloud'

export interface PolicyState {
  bundle: PolicyBundle
  origin: DataOrigin
  /** quiet message when the newest config could not be used */
  notice: string | null
  dropped: DroppedRegion[]
  refreshing: boolean
  refresh(): Promise<void>
}

export interface PolicyDeps {
  embedded: PolicyBundle
  store: KeyValueStore
  fetchText(url: string, etag?: string): Promise<FetchResult>
  url: string
  publicKey: string
  facts: RegionFacts
  now(): Date
}

function startingData(deps: PolicyDeps): { bundle: PolicyBundle; origin: DataOrigin; etag?: string; dropped: DroppedRegion[] } {
  const cached = readCache(deps.store)
  if (cached) {
    const checked = evaluateConfigText(cached.text, {
      publicKey: deps.publicKey,
      facts: deps.facts,
      heldVersion: deps.embedded.version
    })
    if (checked.ok) return { bundle: checked.bundle, origin: 'cache', etag: cached.meta.etag, dropped: checked.dropped }
    // Corrupt, tampered, or older than what this app version ships: the embedded copy wins.
    clearCache(deps.store)
  }
  return { bundle: deps.embedded, origin: 'embedded', dropped: [] }
}

export function createPolicyStore(deps: PolicyDeps): StoreApi<PolicyState> {
  const start = startingData(deps)
  let etag = start.etag
  return createStore<PolicyState>()((set, get) => ({
    bundle: start.bundle,
    origin: start.origin,
    notice: null,
    dropped: start.dropped,
    refreshing: false,
    async refresh() {
      if (!deps.url || get().refreshing) return
      set({ refreshing: true })
      const held = get().bundle
      const result = await deps.fetchText(deps.url, etag)
      const outcome = decideRefresh(result, { publicKey: deps.publicKey, facts: deps.facts, heldVersion: held.version })
      if (outcome.kind === 'updated') {
        // Cache only what passed every check; if storage refuses, the data still applies for this session.
        if (writeCache(deps.store, outcome.text, { version: outcome.bundle.version, etag: outcome.etag, savedAt: deps.now().toISOString() })) {
          etag = outcome.etag
        }
        set({ bundle: outcome.bundle, origin: 'cloud', notice: null, dropped: outcome.dropped, refreshing: false })
      } else {
        set({ notice: refreshNotice(outcome, held.publishedAt), refreshing: false })
      }
    }
  }))
}
