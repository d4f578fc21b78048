/**
 * Publishing and rolling back the signed policy config in object storage.
 *
 * Layout in the bucket:
 *   archive/policies-v<version>.json  immutable, one per version ever published
 *   policies.json                     the live object every phone downloads
 * The archive is written first, so a failure halfway leaves the live object as it was.
 * Phones never take a version lower than the one they hold, so a rollback
 * republishes old content under a new, higher version.
 */
import { createHash } from 'node:crypto'
import nacl from 'tweetnacl'
import { checkBundle, type RegionFacts } from '../../src/domain/policy/bundle'
import { base64Decode, base64Encode } from '../../src/domain/policyUpdate/encoding'
import { parseEnvelope, signPayload, verifyEnvelope, type SignedEnvelope } from '../../src/domain/policyUpdate/signature'
import { diffBundles, type BundleDiff } from './diff'
import { ReleaseError, type ObjectStore } from './store'

export const LIVE_KEY = 'policies.json'
export const ARCHIVE_PREFIX = 'archive/'
export const archiveKey = (version: number): string => `${ARCHIVE_PREFIX}policies-v${version}.json`

const LIVE_HEADERS = { contentType: 'application/json', cacheControl: 'no-cache' }
// An archived version never changes, so caches may keep it for good.
const ARCHIVE_HEADERS = { contentType: 'application/json', cacheControl: 'public, max-age=31536000, immutable' }

/**
 * The app refuses a version that jumps further than this above the one it holds, so a leaked key cannot push
 * a far-ahead version that would make every later real one look older.
 */
export const MAX_VERSION_STEP = 1000

export interface Signer {
  /** base64 ed25519 secret key (64 bytes) */
  secretKey: string
  keyId: string
}

export type BundleJson = Record<string, unknown> & { version: number; publishedAt: string }

export interface Published {
  envelope: SignedEnvelope
  bundle: BundleJson
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

export function publicKeyOf(secretKey: string): string {
  const secret = base64Decode(secretKey)
  if (!secret || secret.length !== nacl.sign.secretKeyLength) throw new ReleaseError('the signing key is not a base64 64-byte ed25519 secret key')
  return base64Encode(nacl.sign.keyPair.fromSecretKey(secret).publicKey)
}

/** China's date: what phones compare publishedAt with. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400 * 1000).toISOString().slice(0, 10)
}

/** Reads a signed file (live or archived) without trusting it beyond its shape. */
export function readPublished(text: string, where: string): Published {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ReleaseError(`${where} is not JSON`)
  }
  const envelope = parseEnvelope(json)
  if (!envelope) throw new ReleaseError(`${where} is not a signed policy file (no yibao-policy/1 envelope)`)
  let bundle: unknown
  try {
    bundle = JSON.parse(envelope.payload)
  } catch {
    throw new ReleaseError(`${where}: the signed payload is not JSON`)
  }
  const b = bundle as Partial<BundleJson> | null
  if (!b || typeof b !== 'object' || typeof b.version !== 'number' || !Number.isInteger(b.version) || typeof b.publishedAt !== 'string') {
    throw new ReleaseError(`${where}: the payload has no integer version and publishedAt`)
  }
  return { envelope, bundle: b as BundleJson }
}

export interface PublishOptions {
  signer: Signer
  /** the public key the app is built with, when known: publishing with another key would be refused by phones */
  appPublicKey?: string
  /** a phone number or link changes: refused unless set */
  yes?: boolean
  /** YYYY-MM-DD in China; publishedAt may not be later than the day after */
  today?: string
  regionName?: (code: string) => string
  /** sees the diff before anything is written (to print it, write the HTML page) */
  onDiff?: (diff: BundleDiff) => void
  log?: (line: string) => void
}

export interface PublishResult {
  version: number
  previousVersion: number | null
  digest: string
  diff: BundleDiff
  /** true when the archive already held exactly this file (a retry after a failed live upload) */
  archiveReused: boolean
}

/** Live version and content, or null before the first publish. */
export async function readLive(store: ObjectStore): Promise<Published | null> {
  const live = await store.get(LIVE_KEY)
  return live ? readPublished(live.text, LIVE_KEY) : null
}

export async function publishBundle(store: ObjectStore, bundle: BundleJson, opts: PublishOptions): Promise<PublishResult> {
  const log = opts.log ?? (() => undefined)
  const publicKey = publicKeyOf(opts.signer.secretKey)
  if (opts.appPublicKey && opts.appPublicKey !== publicKey) {
    throw new ReleaseError('the signing key does not match the app public key (POLICY_PUBLIC_KEY): phones would refuse this file')
  }
  if (opts.today && bundle.publishedAt > addDays(opts.today, 1)) {
    throw new ReleaseError(`publishedAt ${bundle.publishedAt} is in the future (today is ${opts.today}): phones would refuse it`)
  }

  // 1. Read the live object: nothing is written before this succeeds (wrong credentials stop here).
  const live = await readLive(store)
  const liveVersion = live?.bundle.version ?? null
  if (liveVersion !== null && bundle.version <= liveVersion) {
    throw new ReleaseError(
      `version ${bundle.version} is not above the live version ${liveVersion}: set "version" in policies/release.json to ${liveVersion + 1} or more`
    )
  }
  if (liveVersion !== null && bundle.version > liveVersion + MAX_VERSION_STEP) {
    throw new ReleaseError(`version ${bundle.version} jumps more than ${MAX_VERSION_STEP} above the live ${liveVersion}: phones would refuse it`)
  }

  // 2. The reviewer's diff, and a stop when a phone number or link changes.
  const diff = diffBundles(live?.bundle ?? null, bundle, opts.regionName)
  opts.onDiff?.(diff)
  if (diff.needsConfirmation && !opts.yes) {
    throw new ReleaseError('a phone number or link changes (see the diff above): check it, then run again with --yes')
  }

  // 3. Sign. ed25519 is deterministic, so the same content and key give the same bytes on a retry.
  const text = JSON.stringify(signPayload(JSON.stringify(bundle), opts.signer.secretKey, opts.signer.keyId))
  const digest = sha256(text)

  // 4. Archive first: a version number must never mean two different contents.
  const key = archiveKey(bundle.version)
  const archived = await store.get(key)
  if (archived && archived.text !== text) {
    throw new ReleaseError(`${key} already exists with other content: version ${bundle.version} was used before; choose a higher version`)
  }
  if (!archived) await store.put(key, text, ARCHIVE_HEADERS)
  log(`archived ${key}`)

  // 5. Then the live object.
  try {
    await store.put(LIVE_KEY, text, LIVE_HEADERS)
  } catch (err) {
    throw new ReleaseError(
      `${err instanceof Error ? err.message : String(err)}. The live ${LIVE_KEY} was not replaced (phones keep version ${liveVersion ?? 'none'}); ${key} is archived, so running the same command again finishes the publish.`
    )
  }

  // 6. Read back what phones will download and check it as they would.
  await verifyLive(store, { version: bundle.version, digest, publicKey })
  log(`live ${LIVE_KEY} is version ${bundle.version} (sha256 ${digest.slice(0, 12)}…), checked after upload`)
  return { version: bundle.version, previousVersion: liveVersion, digest, diff, archiveReused: archived !== null }
}

export async function verifyLive(store: ObjectStore, expected: { version: number; digest: string; publicKey: string }): Promise<void> {
  const back = await store.get(LIVE_KEY)
  if (!back) throw new ReleaseError(`VERIFY FAILED: ${LIVE_KEY} is missing right after the upload`)
  const problems: string[] = []
  const digest = sha256(back.text)
  if (digest !== expected.digest) problems.push(`sha256 ${digest} is not the uploaded ${expected.digest}`)
  let published: Published | null = null
  try {
    published = readPublished(back.text, LIVE_KEY)
  } catch (err) {
    problems.push(err instanceof Error ? err.message : String(err))
  }
  if (published && !verifyEnvelope(published.envelope, expected.publicKey)) problems.push('the signature does not verify')
  if (published && published.bundle.version !== expected.version) {
    problems.push(`version ${published.bundle.version} is not ${expected.version}`)
  }
  if (!back.contentType?.startsWith('application/json')) problems.push(`content-type is ${back.contentType ?? 'missing'}, not application/json`)
  if (back.cacheControl !== 'no-cache') problems.push(`cache-control is ${back.cacheControl ?? 'missing'}, not no-cache`)
  if (problems.length > 0) {
    throw new ReleaseError(`VERIFY FAILED: the live ${LIVE_KEY} read back is not what was uploaded: ${problems.join('; ')}`)
  }
}

export interface RollbackOptions extends PublishOptions {
  /** YYYY-MM-DD: the new publishedAt (phones refuse dates after tomorrow) */
  today: string
  facts: RegionFacts
}

/**
 * Republishes archived version `target` as live + 1, signed anew with today's date,
 * so phones that hold a newer (bad) version accept it. Content is byte-for-byte the
 * archived JSON except version and publishedAt.
 */
export async function rollbackTo(store: ObjectStore, target: number, opts: RollbackOptions): Promise<PublishResult> {
  const live = await readLive(store)
  if (!live) throw new ReleaseError(`there is no live ${LIVE_KEY} to roll back`)
  if (target >= live.bundle.version) {
    throw new ReleaseError(`version ${target} is not older than the live version ${live.bundle.version}`)
  }
  const stored = await store.get(archiveKey(target))
  if (!stored) {
    const versions = (await store.list(ARCHIVE_PREFIX))
      .map((k) => /policies-v(\d+)\.json$/.exec(k)?.[1])
      .filter((v): v is string => v !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
    throw new ReleaseError(`${archiveKey(target)} does not exist; archived versions: ${versions.join(', ') || 'none'}`)
  }
  const old = readPublished(stored.text, archiveKey(target))
  // The app may have moved on since (a new schema, stricter checks): republish only what phones accept today.
  const checked = checkBundle(old.bundle, opts.facts)
  if (!checked.ok) {
    throw new ReleaseError(`version ${target} would be refused by the current app (${checked.reason}): ${checked.problems.slice(0, 3).join('; ')}`)
  }
  if (checked.dropped.length > 0) {
    throw new ReleaseError(`version ${target}: the current app would drop region(s) ${checked.dropped.map((d) => d.region).join(', ')}`)
  }
  const bundle: BundleJson = { ...old.bundle, version: live.bundle.version + 1, publishedAt: opts.today }
  ;(opts.log ?? (() => undefined))(`rolling back to the content of v${target} as v${bundle.version} (publishedAt ${opts.today})`)
  // The maintainer chose this content; the diff is shown, not asked about.
  return publishBundle(store, bundle, { ...opts, yes: true })
}
