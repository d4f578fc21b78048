/**
 * The policy data every page reads. Start-up is synchronous and cheap (the
 * cached bundle, read back with a digest check, or the embedded one, whichever
 * is newer); the cloud refresh runs in the background and swaps data in only
 * after every check in domain/config has passed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { CACHE_META_KEY, clearCache, readCache, sweepCache, writeCache, type KeyValueStore } from '../domain/config/cache'
import { keepLastGood } from '../domain/config/lastGood'
import { decideRefresh, refreshNotice, type FetchResult, type Signed, type TrustedKey } from '../domain/config/evaluate'
import type { SignedEnvelope } from '../domain/config/signature'
import { checkBundle, type DroppedRegion, type PolicyBundle, type RegionFacts } from '../domain/policy/bundle'
import { withSafetyLayer } from '../domain/policy/safetyLayer'

export type DataOrigin = 'embedded' | 'cache' | 'cloud'

export interface PolicyState {
  bundle: PolicyBundle
  origin: DataOrigin
  /** quiet message when the newest config could not be used */
  notice: string | null
  /** regions the newest config got wrong; their last good copy is still shown (kept across restarts) */
  dropped: DroppedRegion[]
  refreshing: boolean
  refresh(): Promise<void>
  /** refresh unless one ran less than REFRESH_EVERY_MS ago (by the injected clock); never awaited by pages */
  refreshIfDue(): Promise<void>
}

/** Showing a guide again refreshes the policy data, but not more often than this. */
export const REFRESH_EVERY_MS = 10 * 60 * 1000

export interface PolicyDeps {
  embedded: PolicyBundle
  store: KeyValueStore
  /** etag: one value or a comma-separated If-None-Match list */
  fetchText(url: string, etag?: string): Promise<FetchResult>
  url: string
  /** the keys the app trusts (current + next); none: the cloud is never asked */
  keys: readonly TrustedKey[]
  facts: RegionFacts
  now(): Date
}

/** What outlives a restart besides the bundle: the regions still shown from an older copy, and the refused file's ETag. */
export const POLICY_STATUS_KEY = 'policy-status'
interface PolicyStatus {
  dropped: DroppedRegion[]
  refusedEtag?: string
}

function readStatus(store: KeyValueStore): PolicyStatus {
  try {
    const raw = store.get(POLICY_STATUS_KEY)
    const s = raw ? (JSON.parse(raw) as Partial<PolicyStatus> | null) : null
    const dropped = Array.isArray(s?.dropped)
      ? s.dropped.filter(
          (d): d is DroppedRegion =>
            !!d && typeof d.region === 'string' && Array.isArray(d.problems) && d.problems.every((p) => typeof p === 'string')
        )
      : []
    return { dropped, refusedEtag: typeof s?.refusedEtag === 'string' ? s.refusedEtag : undefined }
  } catch {
    return { dropped: [] }
  }
}

function writeStatus(store: KeyValueStore, status: PolicyStatus): void {
  if (status.dropped.length === 0 && !status.refusedEtag) store.remove(POLICY_STATUS_KEY)
  else store.set(POLICY_STATUS_KEY, JSON.stringify(status))
}


/**
 * The cache passed every check when it was written, but possibly by another app version with
 * another schema or stricter rules: it is validated again (not the signature: the digest covers
 * storage damage) so it cannot crash a page. A region it can no longer vouch for falls back to
 * the embedded copy.
 */
function parseCached(text: string, deps: PolicyDeps): PolicyBundle | null {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return null
  }
  const checked = checkBundle(raw, deps.facts)
  if (!checked.ok) return null
  return withSafetyLayer(keepLastGood(checked.bundle, checked.dropped, deps.embedded), deps.embedded)
}

/**
 * Was the cached copy signed by a key this app version still trusts? A release that drops a leaked
 * key must also drop what that key signed: otherwise the attacker's cached config would be shown,
 * and its version would make every real config look older (keys/README.md).
 */
function signedByTrustedKey(meta: { keyId?: string; signature?: string }, keys: readonly TrustedKey[]): boolean {
  return !!meta.keyId && !!meta.signature && keys.some((k) => k.keyId === meta.keyId)
}

function startingData(deps: PolicyDeps): { bundle: PolicyBundle; origin: DataOrigin; etag?: string; signed?: Signed } {
  sweepCache(deps.store)
  const cached = readCache(deps.store)
  // Only trusted data sets the version that refuses "older" configs: an untrusted cache is not even parsed.
  const bundle = cached && signedByTrustedKey(cached.meta, deps.keys) ? parseCached(cached.text, deps) : null
  if (cached && bundle && bundle.version >= deps.embedded.version) {
    const { etag, keyId = '', signature = '' } = cached.meta
    return { bundle, origin: 'cache', etag, signed: { keyId, signature } }
  }
  // Corrupt, edited, invalid, signed by a key no longer trusted, or older than what this app version ships: the embedded copy wins.
  if (cached || deps.store.get(CACHE_META_KEY) !== null) clearCache(deps.store)
  return { bundle: deps.embedded, origin: 'embedded' }
}

export function createPolicyStore(deps: PolicyDeps): StoreApi<PolicyState> {
  const start = startingData(deps)
  const status = readStatus(deps.store)
  let etag = start.etag
  let held: Signed | undefined = start.signed
  let refusedEtag = status.refusedEtag
  // The embedded bundle is the publish script's payload, parsed: the same text when stringified again.
  const isHeld = (e: SignedEnvelope, origin: DataOrigin): boolean =>
    origin === 'embedded'
      ? e.payload === JSON.stringify(deps.embedded)
      : held !== undefined && e.keyId === held.keyId && e.signature === held.signature
  let lastRefreshAt: number | null = null
  const store = createStore<PolicyState>()((set, get) => ({
    bundle: start.bundle,
    origin: start.origin,
    notice: null,
    // the notice belongs to the cloud copy it came with; on the embedded data it would be stale
    dropped: start.origin === 'embedded' ? [] : status.dropped,
    refreshing: false,
    async refreshIfDue() {
      const now = deps.now().getTime()
      if (lastRefreshAt !== null && now - lastRefreshAt < REFRESH_EVERY_MS) return
      lastRefreshAt = now
      await get().refresh()
    },
    async refresh() {
      if (!deps.url || deps.keys.length === 0 || get().refreshing) return
      set({ refreshing: true })
      try {
        await check()
      } catch {
        // A fault in the check itself (storage throwing, a bug) must not leave the store "refreshing"
        // forever, which would silently stop every later refresh: keep the data, say it quietly.
        set({ notice: '暂时没能更新政策信息，先显示手机上已有的版本。' })
      } finally {
        set({ refreshing: false })
      }
    }
  }))

  const set = store.setState
  const get = store.getState

  /** One fetch and check; swaps the data in only when every check in domain/config passed. */
  async function check(): Promise<void> {
      const { bundle: current, origin } = get()
      // The refused file's ETag goes along too, so a server that honours the list answers 304 for it.
      const ifNoneMatch = [etag, refusedEtag].filter((e): e is string => !!e).join(', ') || undefined
      const result = await deps.fetchText(deps.url, ifNoneMatch)
      const outcome = decideRefresh(result, {
        keys: deps.keys,
        facts: deps.facts,
        heldVersion: current.version,
        isHeld: (e) => isHeld(e, origin),
        now: deps.now(),
        refusedEtag
      })
      if (outcome.kind === 'updated') {
        const bundle = withSafetyLayer(keepLastGood(outcome.bundle, outcome.dropped, current), deps.embedded)
        // Cache only what passed every check; if storage refuses, the data still applies for this session.
        const saved = writeCache(deps.store, JSON.stringify(bundle), {
          version: bundle.version,
          etag: outcome.etag,
          savedAt: deps.now().toISOString(),
          ...outcome.signed
        })
        if (saved) etag = outcome.etag
        held = outcome.signed
        refusedEtag = undefined
        writeStatus(deps.store, { dropped: outcome.dropped })
        set({ bundle, origin: 'cloud', notice: null, dropped: outcome.dropped })
      } else if (outcome.kind === 'unchanged') {
        // The held file again under an ETag the app does not have (first launch on the embedded data
        // after a release, or a CDN that re-tagged it): cache it so later launches get a 304.
        if (outcome.signed && outcome.etag && outcome.etag !== etag) {
          const saved = writeCache(deps.store, JSON.stringify(current), {
            version: current.version,
            etag: outcome.etag,
            savedAt: deps.now().toISOString(),
            ...outcome.signed
          })
          if (saved) {
            etag = outcome.etag
            held = outcome.signed
          }
        }
      } else {
        if (outcome.etag) {
          refusedEtag = outcome.etag
          writeStatus(deps.store, { dropped: get().dropped, refusedEtag })
        }
        set({ notice: refreshNotice(outcome, current.publishedAt) })
      }
  }
  return store
}
