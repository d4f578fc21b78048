/**
 * Every decision about a downloaded or cached config, as plain functions: the
 * Taro service only moves bytes. Checks run cheapest first: size, JSON,
 * envelope, signature, schema + allowlist, version.
 */
import { checkBundle, type DroppedRegion, type PolicyBundle, type RegionFacts } from '../policy/bundle'
import type { Allowlist } from '../policy/allowlist'
import { parseEnvelope, verifyEnvelope } from './signature'
import { utf8Length } from './encoding'

/** Far above today's ~100 KB, far below WeChat's 10 MB storage: refuse anything bigger unread. */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024

export type Rejection =
  | 'too-large'
  | 'not-json'
  | 'bad-envelope'
  | 'bad-signature'
  | 'schema-version'
  | 'schema'
  | 'national-actions'
  | 'older-version'

export interface EvaluateOptions {
  publicKey: string
  facts: RegionFacts
  /** version of the data the app holds now; a lower one is refused */
  heldVersion: number
  maxBytes?: number
  allowlist?: Allowlist
}

export type Evaluation =
  | { ok: true; bundle: PolicyBundle; dropped: DroppedRegion[] }
  | { ok: false; reason: Rejection; detail: string }

export function evaluateConfigText(text: string, opts: EvaluateOptions): Evaluation {
  const max = opts.maxBytes ?? MAX_CONFIG_BYTES
  // A cheap upper bound first, so a huge body is never scanned character by character.
  if (text.length > max || utf8Length(text) > max) {
    return { ok: false, reason: 'too-large', detail: `配置超过 ${Math.round(max / 1024)} KB` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-json', detail: '内容不是 JSON（可能是出错页面或下载不完整）' }
  }
  const envelope = parseEnvelope(json)
  if (!envelope) return { ok: false, reason: 'bad-envelope', detail: '缺少签名信息' }
  if (!verifyEnvelope(envelope, opts.publicKey)) return { ok: false, reason: 'bad-signature', detail: '签名不对，内容可能被改过' }
  let payload: unknown
  try {
    payload = JSON.parse(envelope.payload)
  } catch {
    return { ok: false, reason: 'not-json', detail: '签名内容不是 JSON' }
  }
  const checked = opts.allowlist ? checkBundle(payload, opts.facts, opts.allowlist) : checkBundle(payload, opts.facts)
  if (!checked.ok) return { ok: false, reason: checked.reason, detail: checked.problems.slice(0, 5).join('；') }
  if (checked.bundle.version < opts.heldVersion) {
    return {
      ok: false,
      reason: 'older-version',
      detail: `版本 ${checked.bundle.version} 比手机上的 ${opts.heldVersion} 旧`
    }
  }
  return { ok: true, bundle: checked.bundle, dropped: checked.dropped }
}

export type FetchResult =
  | { kind: 'response'; status: number; body: string; etag?: string }
  | { kind: 'timeout' }
  | { kind: 'network-error'; message: string }

export type RefreshOutcome =
  | { kind: 'unchanged' }
  | { kind: 'updated'; bundle: PolicyBundle; dropped: DroppedRegion[]; text: string; etag?: string }
  | { kind: 'failed'; reason: Rejection | 'http-status' | 'timeout' | 'network'; detail: string }

export function decideRefresh(result: FetchResult, opts: EvaluateOptions): RefreshOutcome {
  if (result.kind === 'timeout') return { kind: 'failed', reason: 'timeout', detail: '网络超时' }
  if (result.kind === 'network-error') return { kind: 'failed', reason: 'network', detail: result.message }
  if (result.status === 304) return { kind: 'unchanged' }
  if (result.status !== 200) return { kind: 'failed', reason: 'http-status', detail: `服务器返回 ${result.status}` }
  const evaluation = evaluateConfigText(result.body, opts)
  if (!evaluation.ok) return { kind: 'failed', reason: evaluation.reason, detail: evaluation.detail }
  return { kind: 'updated', bundle: evaluation.bundle, dropped: evaluation.dropped, text: result.body, etag: result.etag }
}

/** What the user reads when the newest config could not be used: quiet, and never alarming. */
export function refreshNotice(outcome: RefreshOutcome, heldPublishedAt: string): string | null {
  if (outcome.kind !== 'failed') return null
  const offline = outcome.reason === 'timeout' || outcome.reason === 'network' || outcome.reason === 'http-status'
  return offline
    ? `暂时没能获取最新政策信息，正在显示 ${heldPublishedAt} 发布的版本。`
    : `最新的政策信息没有通过安全检查，已忽略，正在显示 ${heldPublishedAt} 发布的版本。`
}
