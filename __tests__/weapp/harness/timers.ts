/**
 * The timer globals handed to the app's code. They are the real timers, wrapped for two reasons:
 * - an exception inside a timer callback (React renders, Taro's update queue) is the app's bug: WeChat reports
 *   it to App.onError, the harness records it so the test that caused it fails;
 * - the harness can tell when the app is idle (no short timer pending), so a test waits exactly as long as
 *   the app needs after a tap instead of sleeping.
 */

/** Timers at least this long (toast durations, polling) are not work the next assertion should wait for. */
export const SHORT_TIMER_MS = 1000

export interface AppTimers {
  readonly globals: {
    setTimeout: (fn: unknown, ms?: number, ...args: unknown[]) => number
    clearTimeout: (id?: number) => void
    setInterval: (fn: unknown, ms?: number, ...args: unknown[]) => number
    clearInterval: (id?: number) => void
  }
  /** Short timeouts scheduled by the app and not yet run. */
  readonly pendingShort: number
  /** Stops every timer the app still has (the mini-program is killed). */
  dispose(): void
}

export function createAppTimers(onAppError: (error: unknown) => void): AppTimers {
  const short = new Set<ReturnType<typeof setTimeout>>()
  const all = new Set<ReturnType<typeof setTimeout>>()
  const intervals = new Set<ReturnType<typeof setInterval>>()
  let disposed = false
  // Ids handed to the app are numbers, as in WeChat; the map finds the host's handle again.
  const handles = new Map<number, ReturnType<typeof setTimeout>>()
  let nextId = 1

  const run = (fn: unknown, args: unknown[]): void => {
    if (disposed || typeof fn !== 'function') return
    const callback = fn as (...a: unknown[]) => unknown
    try {
      callback(...args)
    } catch (error) {
      onAppError(error)
    }
  }

  const globals: AppTimers['globals'] = {
    setTimeout: (fn, ms = 0, ...args) => {
      const id = nextId++
      const isShort = (Number(ms) || 0) < SHORT_TIMER_MS
      const handle = setTimeout(() => {
        short.delete(handle)
        all.delete(handle)
        handles.delete(id)
        run(fn, args)
      }, ms)
      all.add(handle)
      if (isShort) short.add(handle)
      handles.set(id, handle)
      return id
    },
    clearTimeout: (id) => {
      const handle = id === undefined ? undefined : handles.get(id)
      if (handle === undefined) return
      clearTimeout(handle)
      short.delete(handle)
      all.delete(handle)
      handles.delete(id as number)
    },
    setInterval: (fn, ms = 0, ...args) => {
      const id = nextId++
      const handle = setInterval(() => run(fn, args), ms)
      intervals.add(handle)
      handles.set(id, handle)
      return id
    },
    clearInterval: (id) => {
      const handle = id === undefined ? undefined : handles.get(id)
      if (handle === undefined) return
      clearInterval(handle)
      intervals.delete(handle)
      handles.delete(id as number)
    }
  }

  return {
    globals,
    get pendingShort() {
      return short.size
    },
    dispose: () => {
      disposed = true
      for (const h of all) clearTimeout(h)
      for (const h of intervals) clearInterval(h)
      all.clear()
      short.clear()
      intervals.clear()
    }
  }
}
