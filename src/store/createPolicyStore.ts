/**
 * The policy data every page reads. Start-up is synchronous and cheap: the shipped data, or the
 * cached bundle when this build's checks passed it (read back with a digest check) and a key the
 * app still trusts signed it. Nothing here validates or verifies: the build checked the shipped
 * data, and every downloaded config (and a cache another app version wrote) goes to the config
 * checks, which run off the page thread (workers/policy) and hand back only a checked bundle. What
 * is shown of a downloaded bundle, or of a cache re-checked after an app update, carries the shipped
 * safety layer, put on before it is cached (a cache this build wrote has it already: the checks'
 * id covers the shipped data). The shipped data comes in parts (store/shippedParts.ts), loaded
 * when a page first needs one (regionStatus / loadRegion, sourcesStatus / loadSources).
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import { CACHE_META_KEY, clearCache, readCache, sweepCache, writeCache, type CacheMeta, type KeyValueStore } from '../domain/policyUpdate/cache'
import { keepLastGood } from '../domain/policyUpdate/lastGood'
import { outcomeWithoutBody, refreshNotice } from '../domain/policyUpdate/refresh'
import type { FetchResult, Signed, TrustedKey } from '../domain/policyUpdate/evaluate'
import type { DroppedRegion, PolicyBundle } from '../domain/policy/bundle'
import { withSafetyLayer } from '../domain/policy/safetyLayer'
import type { CacheCheck, CacheReply, CheckReply, CheckRequest, DownloadCheck, DownloadReply, HeldCopy } from '../workers/policy/protocol'
import { createShippedParts, type Needs, type PartStatus, type ShippedData, type ShippedParts } from './shippedParts'

export type { Needs, ShippedData }

export type DataOrigin = 'embedded' | 'cache' | 'cloud'

/** Whether what a page shows is at hand: the shipped data loads in parts (a province, a section, source detail). */
export type RegionStatus = PartStatus

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
  /** whether a page showing `needs` (a topic, or 'all': the search) for `region` has its shipped data */
  regionStatus(region: string | null, needs?: Needs): RegionStatus
  /** loads what regionStatus lacks (again, after a failure); resolves either way */
  loadRegion(region: string | null, needs?: Needs): Promise<void>
  /** whether what the source lines of `layer` ('national' or a region code) show on a tap is at hand */
  sourcesStatus(layer: string): RegionStatus
  loadSources(layer: string): Promise<void>
  /** the shipped parts' states, so pages re-render when one arrives or fails */
  parts: Readonly<Record<string, PartStatus>>
}

/** Showing a guide again refreshes the policy data, but not more often than this. */
export const REFRESH_EVERY_MS = 10 * 60 * 1000

export interface PolicyDeps {
  embedded: ShippedData
  store: KeyValueStore
  /** etag: one value or a comma-separated If-None-Match list */
  fetchText(url: string, etag?: string): Promise<FetchResult>
  url: string
  /** the keys the app trusts (current + next); none: the cloud is never asked */
  keys: readonly TrustedKey[]
  /** runs the config checks: the config-check worker in the app, the same code inline in tests */
  check(request: CheckRequest): Promise<CheckReply>
  /** the province a region code belongs to (a province's own code) */
  provinceOf(code: string): string | undefined
  /** which checks this build runs (POLICY_CHECKER): a cache another build checked is checked again */
  checkerId: string
  now(): Date
}

/** What outlives a restart besides the bundle. */
export const POLICY_STATUS_KEY = 'policy-status'
interface PolicyStatus {
  /** the regions still shown from an older copy */
  dropped: DroppedRegion[]
  /** the ETag of a file refused on its content */
  refusedEtag?: string
  /** the shipped data's own file as the CDN serves it, so the next launch asks with If-None-Match */
  shipped?: { version: number; etag: string } & Signed
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
    const shipped = s?.shipped
    const shippedOk =
      !!shipped &&
      typeof shipped.version === 'number' &&
      typeof shipped.etag === 'string' &&
      typeof shipped.keyId === 'string' &&
      typeof shipped.signature === 'string'
    return {
      dropped,
      refusedEtag: typeof s?.refusedEtag === 'string' ? s.refusedEtag : undefined,
      shipped: shippedOk ? shipped : undefined
    }
  } catch {
    return { dropped: [] }
  }
}

function writeStatus(store: KeyValueStore, status: PolicyStatus): void {
  if (status.dropped.length === 0 && !status.refusedEtag && !status.shipped) store.remove(POLICY_STATUS_KEY)
  else store.set(POLICY_STATUS_KEY, JSON.stringify(status))
}

interface Start {
  bundle: PolicyBundle
  origin: DataOrigin
  etag?: string
  signed?: Signed
  /** a cache another build checked: shown only once the config checks passed it again */
  recheck?: { text: string; meta: CacheMeta }
}

/**
 * Was the cached copy signed by a key this app version still trusts? A release that drops a leaked
 * key must also drop what that key signed: otherwise the attacker's cached config would be shown,
 * and its version would make every real config look older (keys/README.md).
 */
function signedByTrustedKey(meta: { keyId?: string; signature?: string }, keys: readonly TrustedKey[]): boolean {
  return !!meta.keyId && !!meta.signature && keys.some((k) => k.keyId === meta.keyId)
}

function startingData(deps: PolicyDeps, shipped: PolicyBundle, status: PolicyStatus): Start {
  sweepCache(deps.store)
  const cached = readCache(deps.store)
  // Only trusted data sets the version that refuses "older" configs: an untrusted cache is not even parsed.
  if (cached && cached.meta.version >= shipped.version && signedByTrustedKey(cached.meta, deps.keys)) {
    const { etag, keyId = '', signature = '', checkedBy } = cached.meta
    if (checkedBy !== deps.checkerId) return { bundle: shipped, origin: 'embedded', recheck: cached }
    let bundle: PolicyBundle | null = null
    try {
      bundle = JSON.parse(cached.text) as PolicyBundle
    } catch {
      // written by this build and digest-checked, so not expected; fall through to the shipped data
    }
    // This build put the shipped safety layer on before caching it, and the checks' id changes with the shipped data.
    if (bundle && bundle.version === cached.meta.version) return { bundle, origin: 'cache', etag, signed: { keyId, signature } }
  }
  // Corrupt, edited, signed by a key no longer trusted, or older than what this app version ships: the shipped copy wins.
  if (cached || deps.store.get(CACHE_META_KEY) !== null) clearCache(deps.store)
  const known = status.shipped?.version === shipped.version ? status.shipped : undefined
  return {
    bundle: shipped,
    origin: 'embedded',
    etag: known?.etag,
    signed: known ? { keyId: known.keyId, signature: known.signature } : undefined
  }
}

export function createPolicyStore(deps: PolicyDeps): StoreApi<PolicyState> {
  let partsChanged = (): void => undefined
  const shipped: ShippedParts = createShippedParts(deps.embedded, deps.provinceOf, () => partsChanged())
  const status = readStatus(deps.store)
  const start = startingData(deps, shipped.bundle(), status)
  let etag = start.etag
  let held: Signed | undefined = start.signed
  let refusedEtag = status.refusedEtag
  let recheck = start.recheck
  let lastRefreshAt: number | null = null

  const store = createStore<PolicyState>()((set, get) => ({
    bundle: start.bundle,
    origin: start.origin,
    notice: null,
    // the notice belongs to the cloud copy it came with; on the shipped data it would be stale
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
        // A fault in the check itself (storage throwing, the worker gone, a bug) must not leave the store
        // "refreshing" forever, which would silently stop every later refresh: keep the data, say it quietly.
        set({ notice: '暂时没能更新政策信息，先显示手机上已有的版本。' })
      } finally {
        set({ refreshing: false })
      }
    },
    regionStatus: (region, needs) => shipped.status(partsFor(region, needs)),
    loadRegion: (region, needs) => shipped.load(partsFor(region, needs)),
    sourcesStatus: (layer) => shipped.status(sourcesFor(layer)),
    loadSources: (layer) => shipped.load(sourcesFor(layer)),
    parts: shipped.states()
  }))

  const set: StoreApi<PolicyState>['setState'] = store.setState
  const get: StoreApi<PolicyState>['getState'] = store.getState
  // Parts that arrive change the shown bundle only while the shipped data is what is shown.
  partsChanged = () => set(get().origin === 'embedded' ? { bundle: shipped.bundle(), parts: shipped.states() } : { parts: shipped.states() })

  // Only while the shipped data is shown do its parts matter: a cached or downloaded bundle is whole.
  const partsFor = (region: string | null, needs?: Needs): string[] => (get().origin === 'embedded' ? shipped.partsFor(region, needs) : [])
  const sourcesFor = (layer: string): string[] => (get().origin === 'embedded' ? shipped.sourcesPartOf(layer) : [])

  function heldCopy(origin: DataOrigin): HeldCopy {
    if (origin === 'embedded') return shipped.held()
    return held ? { kind: 'signed', ...held } : { kind: 'none' }
  }

  /** Loads parts for what is about to be cached; a part that fails stops it (the data shown stays as it is). */
  async function loadAll(parts: readonly string[]): Promise<void> {
    await shipped.load(parts)
    if (shipped.status(parts) !== 'ready') throw new Error('a part of the shipped data could not be loaded')
  }

  /**
   * What a checked bundle shows: the regions the config dropped keep the copy shown now (the shipped
   * one loads first, with its source detail, since it will be cached), and the shipped safety layer
   * goes back over it, word for word with its sources. The same object when neither changes
   * anything, so the caller can keep the worker's text and digest.
   */
  async function shownBundle(bundle: PolicyBundle, dropped: readonly DroppedRegion[]): Promise<PolicyBundle> {
    if (dropped.length > 0 && get().origin === 'embedded') {
      await loadAll(dropped.flatMap((d) => [...shipped.partsFor(d.region), ...shipped.sourcesPartOf(d.region)]))
    }
    const kept = dropped.length > 0 ? keepLastGood(bundle, dropped, get().bundle) : bundle
    // the floor: every national section (the withdrawal situations among them), with its sources' words
    await loadAll([...shipped.partsFor(null, 'all'), ...shipped.sourcesPartOf('national')])
    return withSafetyLayer(kept, shipped.bundle())
  }

  async function checkDownload(request: DownloadCheck): Promise<DownloadReply> {
    const reply = await deps.check(request)
    if (reply.kind === 'error') throw new Error(reply.message)
    if (reply.kind === 'cache-ok' || reply.kind === 'cache-refused') throw new Error('config check: a cache reply to a download')
    return reply
  }

  async function checkCache(request: CacheCheck): Promise<CacheReply> {
    const reply = await deps.check(request)
    if (reply.kind === 'error') throw new Error(reply.message)
    if (reply.kind !== 'cache-ok' && reply.kind !== 'cache-refused') throw new Error('config check: a download reply to a cache')
    return reply
  }

  /** A cache another app version checked: checked again by this version's rules before it is shown. */
  async function recheckCache(cached: { text: string; meta: CacheMeta }): Promise<void> {
    const reply = await checkCache({ kind: 'cache', text: cached.text })
    if (reply.kind !== 'cache-ok') {
      clearCache(deps.store)
      return
    }
    if (get().origin !== 'embedded') return // something newer arrived meanwhile
    const parsed = JSON.parse(reply.text) as PolicyBundle
    const bundle = await shownBundle(parsed, reply.dropped)
    const text = bundle === parsed ? reply.text : JSON.stringify(bundle)
    const { version, etag: cachedEtag, savedAt, keyId, signature } = cached.meta
    const saved = writeCache(deps.store, text, {
      version,
      etag: cachedEtag,
      savedAt,
      keyId,
      signature,
      checkedBy: deps.checkerId,
      ...(text === reply.text ? { digest: reply.digest } : {})
    })
    if (saved) etag = cachedEtag
    // startingData let only a cache signed by a trusted key come this far
    held = keyId && signature ? { keyId, signature } : undefined
    set({ bundle, origin: 'cache', dropped: status.dropped })
  }

  async function apply(reply: Extract<DownloadReply, { kind: 'updated' }>): Promise<void> {
    // The worker sends the checked bundle as text: one parse here, and the text is what the cache keeps.
    const parsed = JSON.parse(reply.text) as PolicyBundle
    const bundle = await shownBundle(parsed, reply.dropped)
    const text = bundle === parsed ? reply.text : JSON.stringify(bundle)
    // Cache only what passed every check; if storage refuses, the data still applies for this session.
    const saved = writeCache(deps.store, text, {
      version: bundle.version,
      etag: reply.etag,
      savedAt: deps.now().toISOString(),
      ...reply.signed,
      checkedBy: deps.checkerId,
      ...(text === reply.text ? { digest: reply.digest } : {})
    })
    if (saved) etag = reply.etag
    held = reply.signed
    refusedEtag = undefined
    writeStatus(deps.store, { dropped: reply.dropped })
    set({ bundle, origin: 'cloud', notice: null, dropped: reply.dropped })
  }

  /** One fetch and check; swaps the data in only when the config checks passed it. */
  async function check(): Promise<void> {
    if (recheck) {
      const cached = recheck
      recheck = undefined
      await recheckCache(cached)
    }
    const { bundle: current, origin } = get()
    // The refused file's ETag goes along too, so a server that honours the list answers 304 for it.
    const ifNoneMatch = [etag, refusedEtag].filter((e): e is string => !!e).join(', ') || undefined
    const result = await deps.fetchText(deps.url, ifNoneMatch)
    // A 304, an error or a refused file is answered here: the worker starts only for a body to check.
    const outcome =
      outcomeWithoutBody(result, refusedEtag) ??
      (await checkDownload({
        kind: 'download',
        result,
        heldVersion: current.version,
        held: heldCopy(origin),
        refusedEtag,
        keys: [...deps.keys],
        now: deps.now().getTime()
      }))
    if (outcome.kind === 'updated') {
      await apply(outcome)
    } else if (outcome.kind === 'unchanged') {
      // The held file again under an ETag the app does not have (first launch on the shipped data
      // after a release, or a CDN that re-tagged it): remember it so later launches get a 304.
      if (outcome.signed && outcome.etag && outcome.etag !== etag) {
        if (get().origin === 'embedded') {
          // the shipped data need not be copied into storage: its ETag is enough
          writeStatus(deps.store, { dropped: [], refusedEtag, shipped: { version: current.version, etag: outcome.etag, ...outcome.signed } })
          etag = outcome.etag
          held = outcome.signed
        } else {
          const saved = writeCache(deps.store, JSON.stringify(current), {
            version: current.version,
            etag: outcome.etag,
            savedAt: deps.now().toISOString(),
            ...outcome.signed,
            checkedBy: deps.checkerId
          })
          if (saved) {
            etag = outcome.etag
            held = outcome.signed
          }
        }
      }
    } else {
      if (outcome.etag) {
        refusedEtag = outcome.etag
        writeStatus(deps.store, { ...readStatus(deps.store), dropped: get().dropped, refusedEtag })
      }
      set({ notice: refreshNotice(outcome, current.publishedAt) })
    }
  }
  return store
}
