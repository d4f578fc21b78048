/**
 * WeChat's local storage, in memory, with WeChat's limits: 1 MB of data per key and 10 MB for the whole
 * mini-program. It lives outside the harness so a test can build a second harness over the same storage:
 * that is what a user sees when WeChat kills the mini-program and it is opened again.
 */

/** WeChat: "单个 key 允许存储的最大数据长度为 1MB，所有数据存储上限为 10MB". */
export const ITEM_LIMIT_BYTES = 1024 * 1024
export const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024

/** The reasons WeChat puts after "<api>:fail ". */
export const STORAGE_FAIL = {
  itemTooLarge: 'exceed storage item max length',
  full: 'exceed storage max size 10MB',
  notFound: 'data not found'
} as const

/** Thrown by WeappStorage; wx.ts turns it into "<api>:fail <reason>" the way WeChat reports it. */
export class StorageFailure extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'StorageFailure'
  }
}

interface Entry {
  /** WeChat keeps Date as a Date; everything else goes through JSON. */
  kind: 'json' | 'date' | 'undefined'
  text: string
  bytes: number
}

/** UTF-8 length, counted by hand: jest's jsdom environment has no TextEncoder. */
function byteLength(s: string): number {
  let n = 0
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
  }
  return n
}

function typeName(value: unknown): string {
  if (value === null) return 'Null'
  const t = typeof value
  return t.charAt(0).toUpperCase() + t.slice(1)
}

export class WeappStorage {
  private readonly entries = new Map<string, Entry>()

  /** Stores a copy: later changes to `data` do not reach storage, as in WeChat. */
  set(key: unknown, data: unknown): void {
    if (typeof key !== 'string') {
      throw new StorageFailure(`parameter error: parameter.key should be String instead of ${typeName(key)};`)
    }
    const entry = serialize(data)
    if (entry.bytes > ITEM_LIMIT_BYTES) throw new StorageFailure(STORAGE_FAIL.itemTooLarge)
    const old = this.entries.get(key)
    const next = this.usedBytes() - (old ? old.bytes + byteLength(key) : 0) + entry.bytes + byteLength(key)
    if (next > TOTAL_LIMIT_BYTES) throw new StorageFailure(STORAGE_FAIL.full)
    this.entries.set(key, entry)
  }

  has(key: string): boolean {
    return this.entries.has(key)
  }

  /** A fresh copy each time; throws StorageFailure(notFound) for a missing key. */
  get(key: string): unknown {
    const entry = this.entries.get(key)
    if (!entry) throw new StorageFailure(STORAGE_FAIL.notFound)
    if (entry.kind === 'undefined') return undefined
    if (entry.kind === 'date') return new Date(entry.text)
    return JSON.parse(entry.text) as unknown
  }

  remove(key: string): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }

  keys(): string[] {
    return [...this.entries.keys()]
  }

  /** Bytes counted against the 10 MB limit: each key plus its serialized data. */
  usedBytes(): number {
    let n = 0
    for (const [key, entry] of this.entries) n += byteLength(key) + entry.bytes
    return n
  }

  /** Shape of wx.getStorageInfoSync(): sizes in KB. */
  info(): { keys: string[]; currentSize: number; limitSize: number } {
    return { keys: this.keys(), currentSize: Math.ceil(this.usedBytes() / 1024), limitSize: TOTAL_LIMIT_BYTES / 1024 }
  }

  /** Plain snapshot for assertions and for debugging a failed journey. */
  dump(): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const key of this.entries.keys()) out[key] = this.get(key)
    return out
  }
}

function serialize(data: unknown): Entry {
  if (data === undefined) return { kind: 'undefined', text: '', bytes: 0 }
  if (data instanceof Date) {
    const text = data.toISOString()
    return { kind: 'date', text, bytes: byteLength(text) }
  }
  const text = JSON.stringify(data)
  // JSON.stringify gives undefined for functions and symbols; WeChat stores nothing useful for them either.
  const safe = text === undefined ? 'null' : text
  return { kind: 'json', text: safe, bytes: byteLength(safe) }
}
