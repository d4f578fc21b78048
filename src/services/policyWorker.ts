/**
 * The config-check worker (workers/policy), behind one function: check(request) → reply. WeChat runs
 * it on its own thread (an "experimental" worker: JIT-fast on iOS); its code is a subpackage of its
 * own (app.json `workers`), downloaded when the first check is due, never on a page's path. WeChat may
 * reclaim the thread under memory pressure: a new one is created and the unanswered requests are sent
 * again (the checks are pure, so running one twice is harmless). Only moves messages.
 */
import Taro from '@tarojs/taro'
import type { CheckReply, CheckRequest, Numbered } from '../workers/policy/protocol'

/** The worker's entry in the build (config/policy-packages.ts writes it). */
export const POLICY_WORKER_SCRIPT = 'workers/policy/index.js'
/** A worker that never answers (a hung thread) must not keep the policy store refreshing for good. */
export const CHECK_TIMEOUT_MS = 30_000
/** Checks are minutes apart: an idle worker's thread and memory are given back after this. */
export const IDLE_MS = 10_000

interface WxWorker {
  postMessage(message: unknown): void
  onMessage(listener: (message: unknown) => void): void
  onProcessKilled(listener: () => void): void
  terminate(): void
}
interface WorkerApi {
  createWorker(path: string, options: { useExperimentalWorker: boolean }): WxWorker
  preDownloadSubpackage?(options: { packageType: 'workers'; success(): void; fail(err: unknown): void }): void
}

type Pending = { request: Numbered<CheckRequest>; resolve(reply: CheckReply): void; timer: ReturnType<typeof setTimeout> }

function replyOf(message: unknown): Numbered<CheckReply> | null {
  // The message itself, or wrapped as { message } (WeChat's documentation shows both forms).
  for (const m of [message, (message as { message?: unknown } | null)?.message]) {
    if (m && typeof m === 'object' && typeof (m as { id?: unknown }).id === 'number' && typeof (m as { kind?: unknown }).kind === 'string') {
      return m as Numbered<CheckReply>
    }
  }
  return null
}

export function createPolicyChecker(api: WorkerApi = Taro as unknown as WorkerApi): (request: CheckRequest) => Promise<CheckReply> {
  let worker: WxWorker | null = null
  let downloaded: Promise<void> | null = null
  let nextId = 1
  let idle: ReturnType<typeof setTimeout> | undefined
  const pending = new Map<number, Pending>()

  function stopWhenIdle(): void {
    clearTimeout(idle)
    if (pending.size > 0) return
    idle = setTimeout(() => {
      if (pending.size > 0 || !worker) return
      const done = worker
      worker = null
      done.terminate()
    }, IDLE_MS)
  }

  /** The worker package downloads once per process; a failed download is tried again next time. */
  function download(): Promise<void> {
    if (!api.preDownloadSubpackage) return Promise.resolve()
    downloaded ??= new Promise<void>((resolve, reject) =>
      api.preDownloadSubpackage?.({ packageType: 'workers', success: () => resolve(), fail: reject })
    ).catch((err: unknown) => {
      downloaded = null
      throw err
    })
    return downloaded
  }

  function start(): WxWorker {
    const created = api.createWorker(POLICY_WORKER_SCRIPT, { useExperimentalWorker: true })
    created.onMessage((message) => {
      const reply = replyOf(message)
      const waiting = reply && pending.get(reply.id)
      if (!reply || !waiting) return
      pending.delete(reply.id)
      clearTimeout(waiting.timer)
      waiting.resolve(reply)
      stopWhenIdle()
    })
    created.onProcessKilled(() => {
      if (worker !== created) return
      worker = null
      // Reclaimed mid-check: a new worker takes over what was asked.
      if (pending.size > 0) {
        const again = start()
        for (const { request } of pending.values()) again.postMessage(request)
      }
    })
    worker = created
    return created
  }

  return async (request) => {
    await download()
    clearTimeout(idle)
    const id = nextId++
    const numbered = { ...request, id } as Numbered<CheckRequest>
    return new Promise<CheckReply>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id)
        resolve({ kind: 'error', message: '政策检查没有回应' })
        stopWhenIdle()
      }, CHECK_TIMEOUT_MS)
      pending.set(id, { request: numbered, resolve, timer })
      try {
        const target = worker ?? start()
        target.postMessage(numbered)
      } catch (err) {
        pending.delete(id)
        clearTimeout(timer)
        resolve({ kind: 'error', message: err instanceof Error ? err.message : String(err) })
      }
    })
  }
}
