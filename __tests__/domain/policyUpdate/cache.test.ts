/**
 * @jest-environment node
 *
 * The config cache against a storage double that behaves like WeChat's: 1 MB per key and
 * 10 MB in all (counted as UTF-8 bytes of key + value), a refused write returns false, and
 * values are kept as UTF-8 like the native store does (so a string that is not valid UTF-16,
 * e.g. half a surrogate pair, does not come back unchanged).
 */
import {
  CACHE_META_KEY,
  CHUNK_CHARS,
  clearCache,
  digestOf,
  readCache,
  sweepCache,
  writeCache,
  type KeyValueStore
} from '../../../src/domain/policyUpdate/cache'

const MB = 1024 * 1024

class WeChatStorage implements KeyValueStore {
  private readonly data = new Map<string, Buffer>()
  /** every set call, accepted or not */
  sets = 0
  /** refuse every set after this many calls */
  refuseAfter = Infinity
  /** refuse sets of keys matching this */
  refuseKey: RegExp | null = null
  /** the largest entry ever accepted, in bytes of key + value */
  largestEntry = 0

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, Buffer.from(v, 'utf8'))
  }

  private entryBytes(key: string): number {
    const value = this.data.get(key)
    return value === undefined ? 0 : Buffer.byteLength(key) + value.length
  }

  get totalBytes(): number {
    let n = 0
    for (const key of this.data.keys()) n += this.entryBytes(key)
    return n
  }

  keys(): string[] {
    return [...this.data.keys()].sort()
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.keys().map((k) => [k, this.get(k) ?? '']))
  }

  get(key: string): string | null {
    const value = this.data.get(key)
    return value === undefined ? null : value.toString('utf8')
  }

  set(key: string, value: string): boolean {
    this.sets++
    if (this.sets > this.refuseAfter) return false
    if (this.refuseKey?.test(key)) return false
    const bytes = Buffer.byteLength(key) + Buffer.byteLength(value)
    if (bytes > MB) return false
    if (this.totalBytes - this.entryBytes(key) + bytes > 10 * MB) return false
    this.data.set(key, Buffer.from(value, 'utf8'))
    this.largestEntry = Math.max(this.largestEntry, bytes)
    return true
  }

  remove(key: string): void {
    this.data.delete(key)
  }
}

/** n distinct-looking CJK characters (3 bytes each in UTF-8), so a reordered chunk is noticed */
const texts = new Map<string, string>()
const chinese = (n: number, seed = 0) => {
  const id = `${n}:${seed}`
  const known = texts.get(id)
  if (known !== undefined) return known
  let out = ''
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x4e00 + ((i * 7 + seed) % 0x5000))
  texts.set(id, out)
  return out
}
/** just over 2 MB of UTF-8 */
const TWO_MB_CHARS = Math.ceil((2 * MB) / 3) + 1

const INFO = { version: 3, etag: '"v3"', savedAt: '2026-11-23T10:00:00.000Z' }
const OTHER = { 'yibao-progress': JSON.stringify({ state: { step: 3 } }), 'yibao-region': '350200' }

describe('writeCache / readCache', () => {
  it('round trips a small text with its meta', () => {
    const store = new WeChatStorage()
    const text = JSON.stringify({ format: 'yibao-policy/1', payload: '{"version":3}', signature: 'AAAA' })
    expect(writeCache(store, text, INFO)).toBe(true)
    expect(readCache(store)).toEqual({ text, meta: expect.objectContaining({ ...INFO, length: text.length, chunks: 1 }) })
  })

  it('round trips a text without an etag', () => {
    const store = new WeChatStorage()
    expect(writeCache(store, '{"a":1}', { version: 1, savedAt: INFO.savedAt })).toBe(true)
    const read = readCache(store)
    expect(read?.text).toBe('{"a":1}')
    expect(read?.meta.etag).toBeUndefined()
    expect(read?.meta.version).toBe(1)
  })

  it('splits a 2 MB Chinese text into chunks of at most 1 MB each and reads it back whole', () => {
    const store = new WeChatStorage()
    const text = chinese(TWO_MB_CHARS)
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * MB)
    expect(writeCache(store, text, INFO)).toBe(true)
    expect(store.largestEntry).toBeLessThanOrEqual(MB)
    // more than 2 MB needs at least 3 chunks of ≤ 1 MB, plus the meta entry
    expect(store.keys().length).toBeGreaterThanOrEqual(4)
    expect(store.keys()).toContain(CACHE_META_KEY)
    const read = readCache(store)
    expect(read?.text.length).toBe(text.length)
    expect(read?.text === text).toBe(true)
  })

  it('keeps emoji that straddle a chunk boundary intact', () => {
    const store = new WeChatStorage()
    // a surrogate pair at CHUNK_CHARS - 1 / CHUNK_CHARS: a naive split cuts it in half
    const text = `${'a'.repeat(CHUNK_CHARS - 1)}👍${'b'.repeat(10)}💊`
    expect(writeCache(store, text, INFO)).toBe(true)
    expect(readCache(store)?.text === text).toBe(true)
  })

  it('a second write replaces the first and removes its chunks: the store does not grow', () => {
    const store = new WeChatStorage(OTHER)
    const first = chinese(TWO_MB_CHARS, 1)
    const second = chinese(TWO_MB_CHARS, 2)
    expect(first).not.toBe(second)

    expect(writeCache(store, first, { ...INFO, version: 1 })).toBe(true)
    const keysAfterFirst = store.keys().length
    const bytesAfterFirst = store.totalBytes

    expect(writeCache(store, second, { ...INFO, version: 2 })).toBe(true)
    expect(readCache(store)?.text === second).toBe(true)
    expect(readCache(store)?.meta.version).toBe(2)
    expect(store.keys().length).toBe(keysAfterFirst)
    // same length text, same number of chunks: within a few bytes (generation numbers in keys)
    expect(Math.abs(store.totalBytes - bytesAfterFirst)).toBeLessThan(100)

    for (let i = 0; i < 4; i++) expect(writeCache(store, i % 2 ? first : second, INFO)).toBe(true)
    expect(store.keys().length).toBe(keysAfterFirst)
    expect(Math.abs(store.totalBytes - bytesAfterFirst)).toBeLessThan(100)
  })

  it('a small write after a big one leaves only the meta and one chunk', () => {
    const store = new WeChatStorage(OTHER)
    writeCache(store, chinese(TWO_MB_CHARS), INFO)
    expect(writeCache(store, '{}', INFO)).toBe(true)
    expect(store.keys()).toHaveLength(Object.keys(OTHER).length + 2)
    expect(store.totalBytes).toBeLessThan(1000)
    expect(readCache(store)?.text).toBe('{}')
  })

  it.each([1, 2, 3])('a write refused after %d more set(s) keeps the previous cache and leaves nothing behind', (allowed) => {
    const store = new WeChatStorage(OTHER)
    const first = chinese(TWO_MB_CHARS, 1)
    expect(writeCache(store, first, { ...INFO, version: 1 })).toBe(true)
    const before = store.snapshot()

    // the next write needs 3 chunk sets and a meta set: stop it part way
    store.refuseAfter = store.sets + allowed
    expect(writeCache(store, chinese(TWO_MB_CHARS, 2), { ...INFO, version: 2 })).toBe(false)

    expect(store.snapshot()).toEqual(before)
    const read = readCache(store)
    expect(read?.meta.version).toBe(1)
    expect(read?.text === first).toBe(true)
  })

  it('a refused meta write keeps the previous cache and leaves nothing behind', () => {
    const store = new WeChatStorage(OTHER)
    expect(writeCache(store, 'first', INFO)).toBe(true)
    const before = store.snapshot()
    store.refuseKey = new RegExp(`^${CACHE_META_KEY}$`)
    expect(writeCache(store, 'second', INFO)).toBe(false)
    expect(store.snapshot()).toEqual(before)
    expect(readCache(store)?.text).toBe('first')
  })

  it('a first write that is refused leaves no cache and no stray keys', () => {
    const store = new WeChatStorage(OTHER)
    store.refuseAfter = 1
    expect(writeCache(store, chinese(TWO_MB_CHARS), INFO)).toBe(false)
    expect(readCache(store)).toBeNull()
    expect(store.snapshot()).toEqual(OTHER)
  })

  it('a write over the 10 MB quota fails cleanly and keeps the previous cache and the other data', () => {
    const filler: Record<string, string> = {}
    for (let i = 0; i < 9; i++) filler[`big-${i}`] = 'x'.repeat(MB - 100)
    const store = new WeChatStorage({ ...OTHER, ...filler })
    expect(writeCache(store, 'small and good', INFO)).toBe(true)
    const before = store.snapshot()
    // ~9 MB used: 2 MB more does not fit
    expect(writeCache(store, chinese(TWO_MB_CHARS), INFO)).toBe(false)
    expect(store.snapshot()).toEqual(before)
    expect(readCache(store)?.text).toBe('small and good')
  })
})

describe('readCache refuses a damaged cache', () => {
  const damaged = (damage: (store: WeChatStorage, meta: Record<string, unknown>) => void) => {
    const store = new WeChatStorage()
    expect(writeCache(store, chinese(TWO_MB_CHARS), INFO)).toBe(true)
    const meta = JSON.parse(store.get(CACHE_META_KEY) ?? 'null') as Record<string, unknown>
    damage(store, meta)
    return store
  }
  const chunkKeys = (store: WeChatStorage) => store.keys().filter((k) => k !== CACHE_META_KEY)

  it('reads nothing from an empty store', () => {
    expect(readCache(new WeChatStorage(OTHER))).toBeNull()
  })

  it.each<[string, (store: WeChatStorage, meta: Record<string, unknown>) => void]>([
    ['a missing first chunk', (s) => s.remove(chunkKeys(s)[0] ?? '')],
    ['a missing last chunk', (s) => s.remove(chunkKeys(s).slice(-1)[0] ?? '')],
    ['meta that is not JSON', (s) => s.set(CACHE_META_KEY, '{"generation":1,')],
    ['meta that is JSON null', (s) => s.set(CACHE_META_KEY, 'null')],
    ['meta that is an empty object', (s) => s.set(CACHE_META_KEY, '{}')],
    ['meta with a string generation', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, generation: '1' }))],
    ['meta without savedAt', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, savedAt: undefined }))],
    ['meta pointing at another generation', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, generation: Number(m.generation) + 1 }))],
    ['meta claiming more chunks', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, chunks: Number(m.chunks) + 1 }))],
    ['meta with a longer length', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, length: Number(m.length) + 1 }))],
    ['meta with a shorter length', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, length: Number(m.length) - 1 }))],
    ['meta claiming fewer chunks', (s, m) => s.set(CACHE_META_KEY, JSON.stringify({ ...m, chunks: Number(m.chunks) - 1 }))],
    [
      'a truncated chunk',
      (s) => {
        const key = chunkKeys(s)[1] ?? ''
        s.set(key, (s.get(key) ?? '').slice(0, -1))
      }
    ]
  ])('%s → null', (_what, damage) => {
    expect(readCache(damaged(damage))).toBeNull()
  })
})

describe('clearCache', () => {
  it('removes everything the cache wrote and nothing else', () => {
    const store = new WeChatStorage(OTHER)
    writeCache(store, chinese(TWO_MB_CHARS, 1), INFO)
    writeCache(store, chinese(TWO_MB_CHARS, 2), INFO)
    clearCache(store)
    expect(store.snapshot()).toEqual(OTHER)
    expect(readCache(store)).toBeNull()
  })

  it('is harmless on a store without a cache', () => {
    const store = new WeChatStorage(OTHER)
    expect(() => clearCache(store)).not.toThrow()
    expect(store.snapshot()).toEqual(OTHER)
  })

  it('still removes a corrupt meta entry', () => {
    const store = new WeChatStorage({ ...OTHER, [CACHE_META_KEY]: 'garbage' })
    clearCache(store)
    expect(store.snapshot()).toEqual(OTHER)
  })

  it('lets a new cache be written afterwards', () => {
    const store = new WeChatStorage(OTHER)
    writeCache(store, 'old', INFO)
    clearCache(store)
    expect(writeCache(store, 'new', INFO)).toBe(true)
    expect(readCache(store)?.text).toBe('new')
  })
})

describe('cache upkeep', () => {
  const info = { version: 3, savedAt: '2026-11-23T00:00:00Z' }

  it('a meta entry without a digest is not read (older app versions wrote it optional)', () => {
    const store = new WeChatStorage()
    expect(writeCache(store, 'hello', info)).toBe(true)
    const meta = JSON.parse(store.get(CACHE_META_KEY) ?? '{}') as Record<string, unknown>
    expect(meta.digest).toBe(digestOf('hello'))
    delete meta.digest
    store.set(CACHE_META_KEY, JSON.stringify(meta))
    expect(readCache(store)).toBeNull()
  })

  it('removes chunks no meta points to, keeping the live ones and everything else', () => {
    const store = new WeChatStorage({ 'yibao-progress': '{}', 'policy-cache:9:0': 'abandoned', 'policy-cache:9:1': 'abandoned' })
    writeCache(store, 'live', info)
    const live = store.keys().filter((k) => /^policy-cache:\d+:/.test(k) && !k.startsWith('policy-cache:9:'))
    sweepCache(store)
    expect(store.keys()).toEqual([CACHE_META_KEY, ...live, 'yibao-progress'].sort())
    expect(readCache(store)?.text).toBe('live')
  })

  it('with an unreadable meta, removes every chunk and the meta itself', () => {
    const store = new WeChatStorage({ 'yibao-progress': '{}', [CACHE_META_KEY]: '{oops', 'policy-cache:4:0': 'x' })
    sweepCache(store)
    expect(store.keys()).toEqual(['yibao-progress'])
  })

  it('without a key list, removes the one generation an interrupted write can have used', () => {
    const full = new WeChatStorage()
    writeCache(full, 'live', info)
    const generation = (JSON.parse(full.get(CACHE_META_KEY) ?? '{}') as { generation: number }).generation
    full.set(`policy-cache:${generation + 1}:0`, 'half')
    full.set(`policy-cache:${generation + 1}:1`, 'written')
    const noList: KeyValueStore = { get: (k) => full.get(k), set: (k, v) => full.set(k, v), remove: (k) => full.remove(k) }
    sweepCache(noList)
    expect(full.keys().filter((k) => k.startsWith(`policy-cache:${generation + 1}:`))).toEqual([])
    expect(readCache(full)?.text).toBe('live')
  })
})
