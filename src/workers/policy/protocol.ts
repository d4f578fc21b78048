/**
 * Messages between the page thread and the config-check worker. Only plain data crosses: WeChat and
 * browsers copy every message, so the reply carries the checked bundle as the text the cache stores
 * (with its digest), and the page parses it once.
 */
import type { FetchResult, RefreshOutcome, Signed, TrustedKey } from '../../domain/policyUpdate/evaluate'
import type { DroppedRegion } from '../../domain/policy/bundle'

/** What the app shows now, so the check can tell the same file served again. */
export type HeldCopy =
  /** a downloaded copy: a verified envelope with the same key id and signature is the same file */
  | { kind: 'signed'; keyId: string; signature: string }
  /** the shipped copy: its text's length and digest (src/generated/policy/national.json) */
  | { kind: 'embedded'; length: number; digest: string }
  | { kind: 'none' }

/** A downloaded body (or the network's answer) to check against everything the app holds. */
export interface DownloadCheck {
  kind: 'download'
  result: FetchResult
  heldVersion: number
  held: HeldCopy
  refusedEtag?: string
  keys: TrustedKey[]
  /** the device clock, ms since 1970 (the publish-date rule) */
  now: number
}

/** A cached bundle written by another app version: checked again before it is shown (not its signature). */
export interface CacheCheck {
  kind: 'cache'
  text: string
}

export type CheckRequest = DownloadCheck | CacheCheck

export type DownloadReply =
  | Exclude<RefreshOutcome, { kind: 'updated' }>
  | {
      kind: 'updated'
      /** the checked bundle as JSON, ready to cache, and its digest */
      text: string
      digest: string
      dropped: DroppedRegion[]
      signed: Signed
      etag?: string
    }

export type CacheReply = { kind: 'cache-ok'; text: string; digest: string; dropped: DroppedRegion[] } | { kind: 'cache-refused' }

export type CheckReply = DownloadReply | CacheReply | { kind: 'error'; message: string }

/** On the wire, each request and its reply carry the same id. */
export type Numbered<T> = T & { id: number }
