/**
 * The last good config, kept in storage. It passed every check before it was
 * written, so reading it back only needs a digest to catch a corrupted or
 * edited entry; the store validates the bundle again (not the signature) so a
 * cache written by another app version cannot crash a page. WeChat allows 1 MB
 * per key and 10 MB in all, so the text is split into chunks under a generation
 * prefix and the meta entry is written last: a failed write never leaves a
 * half-written cache in use, and sweepCache removes what a killed write left.
 */
export interface KeyValueStore {
  get(key: string): string | null
  /** false when the platform refused the write (quota, corrupt storage) */
  set(key: string, value: string): boolean
  remove(key: string): void
  /** every key in storage, when the platform can list them (used to sweep abandoned chunks) */
  keys?(): string[]
}

export const CACHE_META_KEY = 'policy-cache:meta'
/** characters per chunk: ≤ 3 bytes each in UTF-8, so a chunk stays under WeChat's 1 MB per key */
export const CHUNK_CHARS = 300_000

export interface CacheMeta {
  generation: number
  chunks: number
  length: number
  version: number
  etag?: string
  savedAt: string
  /** FNV-1a of the text: a cheap guard against corrupted or edited chunks (required) */
  digest: string
  /**
   * The ed25519 signature of the payload this came from. A verified envelope with the same key id
   * and signature carries the same payload (anything else would be a SHA-512 collision), so an
   * equal version is recognised as "the same file" without hashing it again.
   */
  signature?: string
  keyId?: string
  /**
   * Which build's checks the text passed (the app's POLICY_CHECKER id). A cache checked by the same
   * code is used as it is; one from another app version is checked again, off the page thread.
   */
  checkedBy?: string
}

/** 32-bit FNV-1a over UTF-16 code units: fast, and enough to notice damage (not an attacker with the phone). */
export function digestOf(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

const chunkKey = (generation: number, i: number) => `policy-cache:${generation}:${i}`

function readMeta(store: KeyValueStore): CacheMeta | null {
  const raw = store.get(CACHE_META_KEY)
  if (!raw) return null
  try {
    const m = JSON.parse(raw) as Partial<CacheMeta>
    if (
      typeof m.generation === 'number' &&
      typeof m.chunks === 'number' &&
      typeof m.length === 'number' &&
      typeof m.version === 'number' &&
      typeof m.savedAt === 'string' &&
      typeof m.digest === 'string'
    ) {
      return {
        generation: m.generation,
        chunks: m.chunks,
        length: m.length,
        version: m.version,
        etag: m.etag,
        savedAt: m.savedAt,
        digest: m.digest,
        signature: typeof m.signature === 'string' ? m.signature : undefined,
        keyId: typeof m.keyId === 'string' ? m.keyId : undefined,
        checkedBy: typeof m.checkedBy === 'string' ? m.checkedBy : undefined
      }
    }
  } catch {
    // fall through: unreadable meta means no cache
  }
  return null
}

export function readCache(store: KeyValueStore): { text: string; meta: CacheMeta } | null {
  const meta = readMeta(store)
  if (!meta) return null
  let text = ''
  for (let i = 0; i < meta.chunks; i++) {
    const part = store.get(chunkKey(meta.generation, i))
    if (part === null) return null
    text += part
  }
  if (text.length !== meta.length) return null
  if (meta.digest !== digestOf(text)) return null
  return { text, meta }
}

/**
 * Pieces of at most CHUNK_CHARS characters (at least one piece), never cutting a surrogate
 * pair in half: storage keeps UTF-8, where half a pair cannot be stored and comes back as U+FFFD.
 */
function splitText(text: string): string[] {
  const parts: string[] = []
  let start = 0
  do {
    let end = Math.min(text.length, start + CHUNK_CHARS)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && end - 1 > start && last >= 0xd800 && last <= 0xdbff) end--
    parts.push(text.slice(start, end))
    start = end
  } while (start < text.length)
  return parts
}

export function writeCache(
  store: KeyValueStore,
  text: string,
  /** digest: the text's digestOf when the caller has it already (the config-check worker computes it) */
  info: { version: number; etag?: string; savedAt: string; signature?: string; keyId?: string; checkedBy?: string; digest?: string }
): boolean {
  const old = readMeta(store)
  const generation = (old?.generation ?? 0) + 1
  const parts = splitText(text)
  const chunks = parts.length
  for (let i = 0; i < chunks; i++) {
    if (!store.set(chunkKey(generation, i), parts[i] ?? '')) {
      for (let j = 0; j <= i; j++) store.remove(chunkKey(generation, j))
      return false
    }
  }
  const meta: CacheMeta = { generation, chunks, length: text.length, ...info, digest: info.digest ?? digestOf(text) }
  if (!store.set(CACHE_META_KEY, JSON.stringify(meta))) {
    for (let j = 0; j < chunks; j++) store.remove(chunkKey(generation, j))
    return false
  }
  if (old) for (let j = 0; j < old.chunks; j++) store.remove(chunkKey(old.generation, j))
  return true
}

export function clearCache(store: KeyValueStore): void {
  const meta = readMeta(store)
  if (meta) for (let j = 0; j < meta.chunks; j++) store.remove(chunkKey(meta.generation, j))
  store.remove(CACHE_META_KEY)
}

const CHUNK_KEY = /^policy-cache:(\d+):\d+$/

/**
 * Removes chunks no meta entry points to: a write the app was killed in the middle of, or
 * chunks left behind by an unreadable meta. Without a key list, probes the one generation
 * an interrupted write can have used (the next one).
 */
export function sweepCache(store: KeyValueStore): void {
  const meta = readMeta(store)
  const live = meta?.generation
  const keys = store.keys?.()
  if (keys) {
    for (const key of keys) {
      const m = CHUNK_KEY.exec(key)
      if (m && Number(m[1]) !== live) store.remove(key)
    }
    if (!meta && keys.includes(CACHE_META_KEY)) store.remove(CACHE_META_KEY)
    return
  }
  const next = (live ?? 0) + 1
  for (let i = 0; store.get(chunkKey(next, i)) !== null; i++) store.remove(chunkKey(next, i))
}
