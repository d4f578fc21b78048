/**
 * The config-check worker's entry: WeChat's worker thread (the `worker` global, app.json `workers`)
 * or a browser Web Worker (`self`). One copy of this code serves every guide: it is built once into
 * its own package (config/policy-packages.ts), never into a page.
 */
import { handleCheck } from './check'
import type { CheckRequest, Numbered } from './protocol'

interface WeChatWorkerScope {
  onMessage(listener: (message: unknown) => void): void
  postMessage(message: unknown): void
}
interface WebWorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null
  postMessage(message: unknown): void
}

declare const worker: WeChatWorkerScope | undefined

function isRequest(value: unknown): value is Numbered<CheckRequest> {
  const m = value as Partial<Numbered<CheckRequest>> | null
  return !!m && typeof m.id === 'number' && (m.kind === 'download' || m.kind === 'cache')
}

function answer(message: unknown, post: (reply: unknown) => void): void {
  if (!isRequest(message)) return
  post({ ...handleCheck(message), id: message.id })
}

if (typeof worker !== 'undefined') {
  const scope = worker
  scope.onMessage((message) => answer(message, (reply) => scope.postMessage(reply)))
} else {
  const scope = self as unknown as WebWorkerScope
  scope.onmessage = (event) => answer(event.data, (reply) => scope.postMessage(reply))
}
