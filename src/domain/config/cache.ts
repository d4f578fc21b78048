/**
 * The last good config, kept in storage. It passed every check before it was
 * written, so reading it back only needs a digest to catch a corrupted or
 * edited entry (checking the signature and schema again would slow every
 * start-up). WeChat allows 1 MB per key and 10 MB in all, so the text is split
 * into chunks under a generation prefix and the meta entry is written last: a
 * failed write never leaves a half-written cache in use.
 */
export interface KeyValueStore {
  get(key: string): string | null
  /** false when the platform refused the write (quota, corrupt storage) */
  set(key: string, value: string): boolean
  remove(key: string): void
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
  /** FNV-1a of the text: a cheap guard against corrupted or edited chunks */
  digest?: string
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
      typeof m.savedAt === 'string'
    ) {
      return {
        generation: m.generation,
        chunks: m.chunks,
        length: m.length,
        version: m.version,
        etag: m.etag,
        savedAt: m.savedAt,
        digest: typeof m.digest === 'string' ? m.digest : undefined
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
  if (meta.digest !== undefined && meta.digest !== digestOf(text)) return null
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
  info: { version: number; etag?: string; savedAt: string }
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
  const meta: CacheMeta = { generation, chunks, length: text.length, ...info, digest: digestOf(text) }
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
