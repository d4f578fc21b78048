/**
 * The page thread's side of the config-check worker (services/policyWorker.ts), against a fake of WeChat's
 * worker API that answers with the real checks: the worker package is downloaded first, the worker is an
 * experimental one, a reclaimed worker is created again with what it had not answered, an idle one is ended.
 */
import { CHECK_TIMEOUT_MS, IDLE_MS, POLICY_WORKER_SCRIPT, createPolicyChecker } from '../../src/services/policyWorker'
import { handleCheck } from '../../src/workers/policy/check'
import type { CheckRequest, Numbered } from '../../src/workers/policy/protocol'

interface FakeWorker {
  path: string
  options: unknown
  alive: boolean
  /** answer what was posted (on its next turn, as a thread would) */
  answering: boolean
  posted: unknown[]
  kill(): void
}

function fakeApi() {
  const workers: FakeWorker[] = []
  const downloads: string[] = []
  let downloadFails = false
  const api = {
    preDownloadSubpackage(o: { packageType: string; success(): void; fail(e: unknown): void }) {
      downloads.push(o.packageType)
      setTimeout(() => (downloadFails ? o.fail(new Error('offline')) : o.success()), 0)
    },
    createWorker(path: string, options: unknown) {
      let onMessage: (m: unknown) => void = () => undefined
      let onKilled: () => void = () => undefined
      const w: FakeWorker = {
        path,
        options,
        alive: true,
        answering: true,
        posted: [],
        kill: () => {
          w.alive = false
          onKilled()
        }
      }
      workers.push(w)
      return {
        postMessage(m: unknown) {
          w.posted.push(m)
          const request = JSON.parse(JSON.stringify(m)) as Numbered<CheckRequest>
          setTimeout(() => {
            if (w.alive && w.answering) onMessage({ ...handleCheck(request), id: request.id })
          }, 0)
        },
        onMessage: (f: (m: unknown) => void) => (onMessage = f),
        onProcessKilled: (f: () => void) => (onKilled = f),
        terminate: () => (w.alive = false)
      }
    }
  }
  return { api, workers, downloads, failDownloads: (fail: boolean) => (downloadFails = fail) }
}

const cacheCheck: CheckRequest = { kind: 'cache', text: '{' }

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

/** Lets the download, the message and the answer (each a turn later) go through, without reaching the long timers. */
async function run<T>(promise: Promise<T>): Promise<T> {
  for (let i = 0; i < 4; i++) await jest.advanceTimersByTimeAsync(1)
  return promise
}

it('downloads the worker package, then starts one experimental worker for the checks', async () => {
  const fake = fakeApi()
  const check = createPolicyChecker(fake.api)
  expect(await run(check(cacheCheck))).toEqual({ kind: 'cache-refused', id: 1 })
  expect(await run(check(cacheCheck))).toEqual({ kind: 'cache-refused', id: 2 })
  expect(fake.downloads).toEqual(['workers'])
  expect(fake.workers.map((w) => [w.path, w.options])).toEqual([[POLICY_WORKER_SCRIPT, { useExperimentalWorker: true }]])
})

it('a worker the system reclaims is created again and gets what it had not answered', async () => {
  const fake = fakeApi()
  const check = createPolicyChecker(fake.api)
  await run(check(cacheCheck))
  const first = fake.workers[0]
  if (!first) throw new Error('no worker')
  first.answering = false
  const pending = check(cacheCheck)
  await jest.advanceTimersByTimeAsync(2)
  first.kill()
  expect(await run(pending)).toEqual({ kind: 'cache-refused', id: 2 })
  expect(fake.workers).toHaveLength(2)
  expect(fake.workers[1]?.posted).toEqual([{ ...cacheCheck, id: 2 }])
})

it('a worker that never answers gives up after CHECK_TIMEOUT_MS with an error the store turns into a quiet notice', async () => {
  const fake = fakeApi()
  const check = createPolicyChecker(fake.api)
  await run(check(cacheCheck))
  const w = fake.workers[0]
  if (!w) throw new Error('no worker')
  w.answering = false
  const pending = check(cacheCheck)
  await jest.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS)
  expect(await pending).toMatchObject({ kind: 'error' })
})

it('an idle worker is ended after IDLE_MS and a later check starts a new one', async () => {
  const fake = fakeApi()
  const check = createPolicyChecker(fake.api)
  await run(check(cacheCheck))
  await jest.advanceTimersByTimeAsync(IDLE_MS)
  expect(fake.workers[0]?.alive).toBe(false)
  expect(await run(check(cacheCheck))).toMatchObject({ kind: 'cache-refused' })
  expect(fake.workers).toHaveLength(2)
  expect(fake.workers[1]?.alive).toBe(true)
})

it('a failed download of the worker package is tried again on the next check', async () => {
  const fake = fakeApi()
  fake.failDownloads(true)
  const check = createPolicyChecker(fake.api)
  const outcome = check(cacheCheck).then(
    () => 'answered',
    (err: Error) => err.message
  )
  expect(await run(outcome)).toBe('offline')
  fake.failDownloads(false)
  expect(await run(check(cacheCheck))).toMatchObject({ kind: 'cache-refused' })
  expect(fake.downloads).toEqual(['workers', 'workers'])
})
