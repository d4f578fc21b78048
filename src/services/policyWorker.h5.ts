/**
 * The config-check worker in the browser: a Web Worker built from the same code as WeChat's
 * (src/workers/policy), or, where a browser has no Worker, the same checks run inline a turn later.
 * Same contract as services/policyWorker.ts: check(request) → reply; only moves messages.
 */
import type { CheckReply, CheckRequest, Numbered } from '../workers/policy/protocol'

type Check = (request: CheckRequest) => Promise<CheckReply>

function inline(): Check {
  return (request) => import('../workers/policy/check').then((m) => m.handleCheck(request))
}

export function createPolicyChecker(): Check {
  if (typeof Worker === 'undefined') return inline()
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, (reply: CheckReply) => void>()
  const start = (): Worker => {
    const w = new Worker(new URL('../workers/policy/index.ts', import.meta.url))
    w.onmessage = (event: MessageEvent<Numbered<CheckReply>>) => {
      const answer = pending.get(event.data.id)
      pending.delete(event.data.id)
      answer?.(event.data)
    }
    // A worker that fails to start (blocked script, an old browser) leaves the checks to the page, as without Worker.
    w.onerror = () => {
      worker = null
      for (const [id, answer] of pending) {
        pending.delete(id)
        answer({ kind: 'error', message: '政策检查没能启动' })
      }
    }
    return w
  }
  return (request) =>
    new Promise<CheckReply>((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      worker ??= start()
      worker.postMessage({ ...request, id })
    })
}
