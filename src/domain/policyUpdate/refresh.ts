/**
 * What a refresh decides before any body is read: the network's answer (timeout, error, status,
 * 304, a file refused before) and the notice the user reads. Kept apart from evaluate.ts, which
 * checks bodies, so the page thread can answer a 304 without loading the checks (they run in the
 * config-check worker).
 */
import type { FetchResult, RefreshOutcome } from './evaluate'

/** The outcome when the body need not (or cannot) be checked; null when it must be. */
export function outcomeWithoutBody(result: FetchResult, refusedEtag?: string): Exclude<RefreshOutcome, { kind: 'updated' }> | null {
  if (result.kind === 'timeout') return { kind: 'failed', reason: 'timeout', detail: '网络超时' }
  if (result.kind === 'network-error') return { kind: 'failed', reason: 'network', detail: result.message }
  if (result.status === 304) return { kind: 'unchanged' }
  if (result.status !== 200) return { kind: 'failed', reason: 'http-status', detail: `服务器返回 ${result.status}` }
  // The file refused last time, served again by a server that ignores If-None-Match: not checked twice.
  if (result.etag && result.etag === refusedEtag) return { kind: 'failed', reason: 'known-bad', detail: '与上次未通过检查的文件相同' }
  return null
}

/** What the user reads when the newest config could not be used: quiet, and never alarming. */
export function refreshNotice(outcome: RefreshOutcome, heldPublishedAt: string): string | null {
  if (outcome.kind !== 'failed') return null
  // A portal page or a BOM is a network problem as far as the user can tell, not an attack.
  const offline = ['timeout', 'network', 'http-status', 'not-config'].includes(outcome.reason)
  return offline
    ? `暂时没能获取最新政策信息，正在显示 ${heldPublishedAt} 发布的版本。`
    : `最新的政策信息没有通过安全检查，已忽略，正在显示 ${heldPublishedAt} 发布的版本。`
}
