/**
 * Runs the built config-check worker (dist/weapp/workers/policy/index.js, as WeChat would load it) on a node
 * worker thread, for the benchmarks: WeChat's `worker` global is provided, messages are copied between threads.
 */
import { Worker } from 'node:worker_threads'
import type { CheckReply, CheckRequest, Numbered } from '../src/workers/policy/protocol'

const BOOT = `
const { parentPort, workerData } = require('node:worker_threads')
globalThis.worker = { onMessage: (f) => parentPort.on('message', f), postMessage: (m) => parentPort.postMessage(m) }
require(workerData.bundle)
`

export interface PolicyWorker {
  check(request: CheckRequest): Promise<CheckReply>
  terminate(): Promise<void>
}

export function startPolicyWorker(bundle: string): PolicyWorker {
  const thread = new Worker(BOOT, { eval: true, workerData: { bundle } })
  const pending = new Map<number, (reply: CheckReply) => void>()
  let nextId = 1
  thread.on('message', (reply: Numbered<CheckReply>) => {
    pending.get(reply.id)?.(reply)
    pending.delete(reply.id)
  })
  return {
    check: (request) =>
      new Promise((resolve) => {
        const id = nextId++
        pending.set(id, resolve)
        thread.postMessage({ ...request, id })
      }),
    terminate: async () => {
      await thread.terminate()
    }
  }
}
