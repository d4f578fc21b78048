/**
 * WeChat's worker thread (wx.createWorker), as the app meets it:
 * - app.json `workers` names the worker root; createWorker's path must be a file under it, given without a
 *   leading slash. When the root is a subpackage (`isSubpackage: true`), wx.preDownloadSubpackage({ packageType:
 *   'workers' }) must have succeeded first;
 * - one worker at a time: a second createWorker before terminate() fails;
 * - the worker's code runs in its own global scope with a `worker` object and no `wx` (WeChat offers no wx API
 *   there), and may only require files of the worker root;
 * - messages are copied (serialized) and delivered later, never synchronously;
 * - an experimental worker can be reclaimed by the system: kill() models it, firing onProcessKilled.
 * It runs on the harness's one thread: what it shows is the protocol and the packaging, not the parallelism.
 */
import { isRecord } from './call-log'
import { createLoader, type SourceFiles } from './loader'
import { posix } from './path'

export interface WorkerConfig {
  root: string
  isSubpackage: boolean
}

/** app.json `workers`: a root folder, or { path, isSubpackage }. */
export function workerConfigOf(app: Record<string, unknown>): WorkerConfig | null {
  const w = app.workers
  if (typeof w === 'string') return { root: posix.normalize(w).replace(/\/$/, ''), isSubpackage: false }
  if (isRecord(w) && typeof w.path === 'string') return { root: posix.normalize(w.path).replace(/\/$/, ''), isSubpackage: w.isSubpackage === true }
  return null
}

type Listener = (message: unknown) => void

export interface WorkerHostOptions {
  files: SourceFiles
  config: WorkerConfig | null
  /** Errors thrown by the app's own callbacks (onMessage, onProcessKilled): recorded like App.onError. */
  onAppError: (error: unknown) => void
  /** Work the harness must wait for (a message on its way) before the app counts as idle. */
  track: (work: Promise<unknown>) => void
}

export interface WorkerHost {
  /** wx.createWorker */
  create(path: unknown, options: unknown): Record<string, unknown>
  /** wx.preDownloadSubpackage({ packageType: 'workers' }): the worker package is now on the phone. */
  download(): void
  /** The system reclaims the running worker (iOS under memory pressure). */
  kill(): void
  /** The system reclaims the worker just as the next message reaches it (that message is lost with it). */
  killOnNextMessage(): void
  /** The app's process is gone: its worker with it. */
  stop(): void
  /** Workers created so far, and messages each side received. */
  readonly stats: { created: number; toWorker: number; toPage: number; killed: number }
  readonly running: boolean
}

/** WeChat copies every message between the threads: later changes on one side never reach the other. */
function copy(message: unknown): unknown {
  return message === undefined ? undefined : (JSON.parse(JSON.stringify(message)) as unknown)
}

export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const { files, config } = options
  let downloaded = false
  let killNext = false
  let current: { alive: boolean } | null = null
  const stats = { created: 0, toWorker: 0, toPage: 0, killed: 0 }
  const killListeners = new Map<object, Listener[]>()

  /** Delivers later, and only while the worker lives (a killed or terminated worker drops its messages). */
  function deliver(state: { alive: boolean }, listeners: Listener[], message: unknown, count: () => void): void {
    const data = copy(message)
    options.track(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          if (state.alive) {
            count()
            for (const listener of [...listeners]) {
              try {
                listener(data)
              } catch (error) {
                options.onAppError(error)
              }
            }
          }
          resolve()
        }, 0)
      )
    )
  }

  function create(path: unknown, _options: unknown): Record<string, unknown> {
    if (!config) throw new Error('createWorker:fail app.json has no "workers" entry')
    if (typeof path !== 'string' || path.startsWith('/')) throw new Error('createWorker:fail scriptPath must be a path without a leading "/"')
    const entry = posix.normalize(path)
    if (!entry.startsWith(`${config.root}/`)) throw new Error(`createWorker:fail ${path} is not under the workers root "${config.root}"`)
    if (config.isSubpackage && !downloaded) {
      throw new Error('createWorker:fail the workers subpackage is not downloaded: call wx.preDownloadSubpackage({ packageType: "workers" }) first')
    }
    if (current?.alive) throw new Error('createWorker:fail only one worker may run: terminate() the previous one first')
    if (!files.has(entry)) throw new Error(`createWorker:fail ${entry} is not in the build`)

    const state = { alive: true }
    current = state
    stats.created += 1
    const toWorker: Listener[] = []
    const toPage: Listener[] = []
    const killed: Listener[] = []

    // The worker's own scope: `worker`, console and timers; no wx, no App/Page, and only its root's files.
    const scope = {
      onMessage: (listener: unknown) => {
        if (typeof listener === 'function') toWorker.push(listener as Listener)
      },
      postMessage: (message: unknown) => deliver(state, toPage, message, () => (stats.toPage += 1))
    }
    const own = new Map([...files].filter(([name]) => name.startsWith(`${config.root}/`)))
    const loader = createLoader({
      files: own,
      globals: { worker: scope, console, setTimeout, clearTimeout, setInterval, clearInterval }
    })
    loader.load(entry)

    const handle = {
      postMessage: (message: unknown) => {
        deliver(state, toWorker, message, () => (stats.toWorker += 1))
        if (killNext) {
          // reclaimed before the message arrives: it is lost with the thread
          killNext = false
          kill()
        }
      },
      onMessage: (listener: unknown) => {
        if (typeof listener === 'function') toPage.push(listener as Listener)
      },
      onProcessKilled: (listener: unknown) => {
        if (typeof listener === 'function') killed.push(listener as Listener)
      },
      terminate: () => {
        state.alive = false
      }
    }
    killListeners.set(state, killed)
    return handle
  }

  return {
    create,
    download: () => {
      downloaded = true
    },
    kill,
    killOnNextMessage: () => {
      killNext = true
    },
    stop: () => {
      if (current) current.alive = false
    },
    stats,
    get running() {
      return current?.alive === true
    }
  }

  function kill(): void {
    const state = current
    if (!state?.alive) throw new Error('kill(): no worker is running')
    state.alive = false
    stats.killed += 1
    const listeners = killListeners.get(state) ?? []
    options.track(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          for (const listener of listeners) {
            try {
              listener({})
            } catch (error) {
              options.onAppError(error)
            }
          }
          resolve()
        }, 0)
      )
    )
  }
}
