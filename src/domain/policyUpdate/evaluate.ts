/**
 * Every decision about a downloaded or cached config, as plain functions: the
 * Taro service only moves bytes. Checks run cheapest first: size, portal page,
 * JSON, envelope shape, key id, version and publish date, signature, then the
 * bundle's own checks (domain/policy/bundle.ts). README.md here maps the whole way.
 */
import { checkBundle, type DroppedRegion, type PolicyBundle, type RegionFacts } from '../policy/bundle'
import type { Allowlist } from '../policy/allowlist'
import { parseEnvelope, verifyEnvelope, type SignedEnvelope } from './signature'
import { utf8Length } from './encoding'
import { outcomeWithoutBody } from './refresh'

export { refreshNotice } from './refresh'

/**
 * Anything bigger is refused unread. Set from the real file: the signed release 3 config is 187 KB
 * (national 35 KB, 48 region files of 3 KB on average, 10 KB at most). The next releases add source
 * excerpts to every fact and a fourth guide, about 1.6× by our estimate (~300 KB); 1 MiB leaves more
 * than 3× over that. It also bounds the cost of a refusal: a file at the limit is checked in about
 * 5× today's time on a phone without a JIT, and its cache (chunked, 3 bytes a character at worst)
 * stays far below WeChat's 10 MB of storage. A test fails when the real file passes half the limit,
 * so the limit is revisited (e.g. for every prefecture's own file) before a release can hit it.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024

/**
 * How far past the held version a config may jump. A real publish adds 1; the app ships the
 * current bundle in every release and WeChat updates mini-programs within days, so even at one
 * publish a day a held copy is never 1,000 behind. Without a bound, one signed "version: 9e15"
 * (a leaked key, a typo) would make every later real config look older, for good.
 */
export const MAX_VERSION_STEP = 1000

/** Base64 of a 64-byte ed25519 signature is exactly 88 characters. */
const SIGNATURE_CHARS = 88

export type Rejection =
  | 'too-large'
  | 'not-config'
  | 'not-json'
  | 'bad-envelope'
  | 'unknown-key'
  | 'bad-signature'
  | 'schema-version'
  | 'schema'
  | 'national-actions'
  | 'older-version'
  | 'version-jump'
  | 'same-version-changed'
  | 'future-date'
  | 'known-bad'

/** A public key the app trusts, with the id the publisher puts in the envelope. */
export interface TrustedKey {
  keyId: string
  publicKey: string
}

export interface EvaluateOptions {
  /** the current key and, during a rotation, the next one (keys/README.md) */
  keys: readonly TrustedKey[]
  facts: RegionFacts
  /** version of the data the app holds now; a lower one is refused */
  heldVersion: number
  /** asked only for a config of the held version (already verified): is it byte for byte the held one? */
  isHeld?: (envelope: SignedEnvelope) => boolean
  /** the device clock: a publish date more than a day ahead of it is refused */
  now: Date
  maxBytes?: number
  allowlist?: Allowlist
}

export type Evaluation =
  | { ok: true; bundle: PolicyBundle; dropped: DroppedRegion[]; signed: Signed; same?: undefined }
  /** the held config again, byte for byte: nothing to do */
  | { ok: true; same: true; signed: Signed }
  | { ok: false; reason: Rejection; detail: string }

/** Which key signed an accepted config, and its signature: enough to recognise the same file later. */
export interface Signed {
  keyId: string
  signature: string
}

const fail = (reason: Rejection, detail: string): Evaluation => ({ ok: false, reason, detail })

/** YYYY-MM-DD of the day after `now` in UTC: a day of slack covers any time zone (China is UTC+8). */
export function latestPublishDate(now: Date): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10)
}

/** A captive portal or proxy answered instead of the CDN: an HTML page, or text that starts with a BOM. */
function looksLikeForeignPage(text: string): boolean {
  if (text.charCodeAt(0) === 0xfeff) return true
  const start = text.trimStart().slice(0, 15).toLowerCase()
  return start.startsWith('<')
}

export function evaluateConfigText(text: string, opts: EvaluateOptions): Evaluation {
  const max = opts.maxBytes ?? MAX_CONFIG_BYTES
  // Cheap checks first, so a huge or foreign body is never hashed: size, then shape, then key id.
  if (text.length > max || utf8Length(text) > max) return fail('too-large', `配置超过 ${Math.round(max / 1024)} KB`)
  if (looksLikeForeignPage(text)) return fail('not-config', '收到的是网页，不是配置（可能连着需要登录的 Wi-Fi）')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return fail('not-json', '内容不是 JSON（可能是出错页面或下载不完整）')
  }
  const envelope = parseEnvelope(json)
  if (!envelope || envelope.payload.length === 0 || envelope.signature.length !== SIGNATURE_CHARS) {
    return fail('bad-envelope', '缺少签名信息')
  }
  const key = opts.keys.find((k) => k.keyId !== '' && k.keyId === envelope.keyId)
  if (!key) return fail('unknown-key', `签名用的密钥 ${envelope.keyId.slice(0, 40)} 不是本程序认可的`)
  let payload: unknown
  try {
    payload = JSON.parse(envelope.payload)
  } catch {
    return fail('not-json', '签名内容不是 JSON')
  }
  // Version and date before the signature: an old, replayed or far-future file is refused without
  // hashing it (a refusal needs no proof; only what is used must be verified).
  const head = payload && typeof payload === 'object' ? (payload as { version?: unknown; publishedAt?: unknown }) : {}
  let same = false
  if (typeof head.version === 'number' && Number.isSafeInteger(head.version) && head.version >= 1) {
    const version = head.version
    if (version < opts.heldVersion) return fail('older-version', `版本 ${version} 比手机上的 ${opts.heldVersion} 旧`)
    if (version > opts.heldVersion + MAX_VERSION_STEP) {
      return fail('version-jump', `版本 ${version} 比手机上的 ${opts.heldVersion} 大得离谱（最多大 ${MAX_VERSION_STEP}）`)
    }
    // Same version, other content: a replay or a swap under an old number.
    if (version === opts.heldVersion && !(same = opts.isHeld?.(envelope) ?? false)) {
      return fail('same-version-changed', `版本 ${version} 和手机上的相同，内容却不同`)
    }
  }
  const latest = latestPublishDate(opts.now)
  if (typeof head.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(head.publishedAt) && head.publishedAt > latest) {
    return fail('future-date', `发布日期 ${head.publishedAt} 晚于明天`)
  }
  if (!verifyEnvelope(envelope, key.publicKey)) return fail('bad-signature', '签名不对，内容可能被改过')
  const signed = { keyId: envelope.keyId, signature: envelope.signature }
  if (same) return { ok: true, same: true, signed }
  const checked = opts.allowlist ? checkBundle(payload, opts.facts, opts.allowlist) : checkBundle(payload, opts.facts)
  if (!checked.ok) return fail(checked.reason, checked.problems.slice(0, 5).join('；'))
  return { ok: true, bundle: checked.bundle, dropped: checked.dropped, signed }
}

export type FetchResult =
  { kind: 'response'; status: number; body: string; etag?: string } | { kind: 'timeout' } | { kind: 'network-error'; message: string }

export type RefreshOutcome =
  /** etag and signed: set when the held file came again under a new ETag (so it can be remembered) */
  | { kind: 'unchanged'; etag?: string; signed?: Signed }
  | { kind: 'updated'; bundle: PolicyBundle; dropped: DroppedRegion[]; text: string; signed: Signed; etag?: string }
  /** etag: of a body refused on its content, remembered so the same file is not fetched and checked again */
  | { kind: 'failed'; reason: Rejection | 'http-status' | 'timeout' | 'network'; detail: string; etag?: string }

/** Refusals that say nothing about the file on the server (a portal page, the network): not remembered. */
const TRANSIENT = new Set<string>(['timeout', 'network', 'http-status', 'not-config', 'not-json', 'too-large', 'future-date', 'known-bad'])

export function decideRefresh(result: FetchResult, opts: EvaluateOptions & { refusedEtag?: string }): RefreshOutcome {
  const early = outcomeWithoutBody(result, opts.refusedEtag)
  if (early) return early
  // every answer but a 200 response was decided above
  const { body, etag } = result as Extract<FetchResult, { kind: 'response' }>
  const evaluation = evaluateConfigText(body, opts)
  if (!evaluation.ok) {
    const remember = !TRANSIENT.has(evaluation.reason) && etag ? { etag } : {}
    return { kind: 'failed', reason: evaluation.reason, detail: evaluation.detail, ...remember }
  }
  if (evaluation.same) return { kind: 'unchanged', etag, signed: evaluation.signed }
  const { bundle, dropped, signed } = evaluation
  return { kind: 'updated', bundle, dropped, text: body, signed, etag }
}
