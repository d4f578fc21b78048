/**
 * Everything the worker does for one request, as a plain function: the decisions stay in
 * domain/policyUpdate (decideRefresh) and domain/policy (checkBundle); this only maps messages to them.
 * The same function runs inline where no worker exists (tests, a browser without Worker).
 */
import { decideRefresh } from '../../domain/policyUpdate/evaluate'
import { digestOf } from '../../domain/policyUpdate/cache'
import type { SignedEnvelope } from '../../domain/policyUpdate/signature'
import { checkBundle } from '../../domain/policy/bundle'
import { checkFacts } from '../../domain/region/checkFacts'
import type { CacheReply, CheckReply, CheckRequest, DownloadCheck, DownloadReply, HeldCopy } from './protocol'

function sameAs(held: HeldCopy): (envelope: SignedEnvelope) => boolean {
  if (held.kind === 'signed') return (e) => e.keyId === held.keyId && e.signature === held.signature
  // The shipped bundle is the publish script's payload: the same text, hence the same length and digest.
  if (held.kind === 'embedded') return (e) => e.payload.length === held.length && digestOf(e.payload) === held.digest
  return () => false
}

function checkDownload(req: DownloadCheck): DownloadReply {
  const outcome = decideRefresh(req.result, {
    keys: req.keys,
    facts: checkFacts,
    heldVersion: req.heldVersion,
    isHeld: sameAs(req.held),
    now: new Date(req.now),
    refusedEtag: req.refusedEtag
  })
  if (outcome.kind !== 'updated') return outcome
  const text = JSON.stringify(outcome.bundle)
  const { dropped, signed, etag } = outcome
  return { kind: 'updated', text, digest: digestOf(text), dropped, signed, ...(etag !== undefined ? { etag } : {}) }
}

function checkCache(text: string): CacheReply {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { kind: 'cache-refused' }
  }
  const checked = checkBundle(raw, checkFacts)
  if (!checked.ok) return { kind: 'cache-refused' }
  const out = JSON.stringify(checked.bundle)
  return { kind: 'cache-ok', text: out, digest: digestOf(out), dropped: checked.dropped }
}

export function handleCheck(req: CheckRequest): CheckReply {
  try {
    return req.kind === 'download' ? checkDownload(req) : checkCache(req.text)
  } catch (err) {
    // decideRefresh and checkBundle are not expected to throw; if they do, the page keeps its data.
    return { kind: 'error', message: err instanceof Error ? err.message : String(err) }
  }
}
