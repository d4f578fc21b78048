/**
 * Every wx API call the app makes, in order, with how it ended. Tests assert on this instead of on mocks:
 * "the app called makePhoneCall with 12393", "navigateTo was called once with /pages/family/index".
 */
export interface WxCall {
  api: string
  /** The first argument, with callbacks removed and objects copied (later mutation does not rewrite history). */
  args: unknown
  outcome: 'ok' | 'fail' | 'pending' | 'sync'
  errMsg?: string
  /** Extra facts the double noticed, e.g. a toast title WeChat would cut off. */
  notes: string[]
}

export class CallLog {
  private readonly list: WxCall[] = []

  record(api: string, args: unknown): WxCall {
    const call: WxCall = { api, args: snapshot(args), outcome: 'pending', notes: [] }
    this.list.push(call)
    return call
  }

  get all(): readonly WxCall[] {
    return this.list
  }

  of(api: string): WxCall[] {
    return this.list.filter((c) => c.api === api)
  }

  last(api: string): WxCall | undefined {
    const calls = this.of(api)
    return calls[calls.length - 1]
  }

  /** The options object of each call to `api` (the usual thing to assert on). */
  argsOf(api: string): Record<string, unknown>[] {
    return this.of(api).map((c) => (isRecord(c.args) ? c.args : { value: c.args }))
  }

  clear(): void {
    this.list.length = 0
  }

  /** One line per call, for failure messages. */
  toString(): string {
    return this.list.map((c) => `${c.api}(${JSON.stringify(c.args)}) → ${c.outcome}${c.errMsg ? ` ${c.errMsg}` : ''}`).join('\n')
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function snapshot(value: unknown): unknown {
  if (typeof value === 'function') return '[function]'
  if (!isRecord(value) && !Array.isArray(value)) return value
  try {
    return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? undefined : v))) as unknown
  } catch {
    return String(value)
  }
}
