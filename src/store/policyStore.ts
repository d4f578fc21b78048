/**
 * The policy data every page reads. Start-up is synchronous and cheap (the
 * cached bundle, read back with a digest check, or the embedded one, whichever
 * is newer); the cloud refresh runs in the background and swaps data in only
 * after every check in domain/config has passed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { CACHE_META_KEY, clearCache, readCache, writeCache, type KeyValueStore } from '../domain/config/cache'
import { decideRefresh, refreshNotice, type FetchResult } from '../domain/config/evaluate'
import type { DroppedRegion, PolicyBundle, RegionFacts } from '../domain/policy/bundle'
import { SCHEMA_VERSION } from '../domain/policy/schema'

export type DataOrigin = 'embedded' | 'cache' | 'cloud'

export interface PolicyState {
  bundle: PolicyBundle
  origin: DataOrigin
  /** quiet message when the newest config could not be used */
  notice: string | null
  /** regions the newest config got wrong; their last good copy is still shown */
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

/** A region the new config got wrong keeps the copy the app already had, so nobody loses local rules to a typo. */
export function keepLastGood(next: PolicyBundle, dropped: readonly DroppedRegion[], previous: PolicyBundle): PolicyBundle {
  const regions = { ...next.regions }
  for (const { region } of dropped) {
    const old = previous.regions[region]
    if (old && !regions[region]) regions[region] = old
  }
  return { ...next, regions }
}

/** The cache holds a bundle that passed every check when it was written; only its shape is confirmed here. */
function parseCached(text: string): PolicyBundle | null {
  try {
    const b = JSON.parse(text) as Partial<PolicyBundle> | null
    if (
      b &&
      b.schemaVersion === SCHEMA_VERSION &&
      typeof b.version === 'number' &&
      typeof b.publishedAt === 'string' &&
      typeof b.national === 'object' &&
      b.national !== null &&
      typeof b.regions === 'object' &&
      b.regions !== null
    ) {
      return b as PolicyBundle
    }
  } catch {
    // unreadable: same as no cache
  }
  return null
}

function startingData(deps: PolicyDeps): { bundle: PolicyBundle; origin: DataOrigin; etag?: string } {
  const cached = readCache(deps.store)
  const bundle = cached ? parseCached(cached.text) : null
  if (cached && bundle && bundle.version >= deps.embedded.version) return { bundle, origin: 'cache', etag: cached.meta.etag }
  // Corrupt, edited, or older than what this app version ships: the embedded copy wins.
  if (cached || deps.store.get(CACHE_META_KEY) !== null) clearCache(deps.store)
  return { bundle: deps.embedded, origin: 'embedded' }
}

export function createPolicyStore(deps: PolicyDeps): StoreApi<PolicyState> {
  const start = startingData(deps)
  let etag = start.etag
  return createStore<PolicyState>()((set, get) => ({
    bundle: start.bundle,
    origin: start.origin,
    notice: null,
    dropped: [],
    refreshing: false,
    async refresh() {
      if (!deps.url || get().refreshing) return
      set({ refreshing: true })
      const held = get().bundle
      const result = await deps.fetchText(deps.url, etag)
      const outcome = decideRefresh(result, { publicKey: deps.publicKey, facts: deps.facts, heldVersion: held.version })
      if (outcome.kind === 'updated') {
        const bundle = keepLastGood(outcome.bundle, outcome.dropped, held)
        // Cache only what passed every check; if storage refuses, the data still applies for this session.
        const saved = writeCache(deps.store, JSON.stringify(bundle), {
          version: bundle.version,
          etag: outcome.etag,
          savedAt: deps.now().toISOString()
        })
        if (saved) etag = outcome.etag
        set({ bundle, origin: 'cloud', notice: null, dropped: outcome.dropped, refreshing: false })
      } else {
        set({ notice: refreshNotice(outcome, held.publishedAt), refreshing: false })
      }
    }
  }))
}
