/**
 * Where wx.request goes (node only). The app calls its real https origin; the harness sends the request either
 * to an in-process handler or over a real socket to a test server on 127.0.0.1, so tests never touch the network.
 */
import { request as httpRequest } from 'node:http'
import type { OutgoingRequest, RawResponse, RequestTransport } from './wx'

export interface HandledRequest {
  method: string
  /** The URL the app asked for (its own https origin). */
  url: string
  path: string
  header: Record<string, string>
  body: string | undefined
}

export interface HandlerResponse {
  statusCode?: number
  header?: Record<string, string>
  /** A string is sent as is; anything else as JSON. */
  data?: unknown
}

export type RequestHandler = (req: HandledRequest) => HandlerResponse | Promise<HandlerResponse>

export function handlerTransport(handler: RequestHandler): RequestTransport {
  return async (req: OutgoingRequest): Promise<RawResponse> => {
    const u = new URL(req.url)
    const res = await handler({ method: req.method, url: req.url, path: u.pathname + u.search, header: req.header, body: req.body })
    const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data ?? null)
    return { statusCode: res.statusCode ?? 200, header: res.header ?? { 'content-type': 'application/json' }, body }
  }
}

/** Sends to `origin` (must be a loopback address) with the app's path and query. */
export function httpTransport(origin: string): RequestTransport {
  const target = new URL(origin)
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(target.hostname)) {
    throw new Error(`requestOrigin must be a test server on this machine (127.0.0.1), not ${origin}`)
  }
  return (req) =>
    new Promise<RawResponse>((resolve, reject) => {
      const u = new URL(req.url)
      const r = httpRequest(
        {
          host: target.hostname.replace(/^\[|\]$/g, ''),
          port: target.port,
          method: req.method,
          path: u.pathname + u.search,
          headers: { ...req.header, host: u.host },
          timeout: req.timeout
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => {
            const header: Record<string, string> = {}
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) header[k] = Array.isArray(v) ? v.join(', ') : v
            resolve({ statusCode: res.statusCode ?? 0, header, body: Buffer.concat(chunks).toString('utf8') })
          })
        }
      )
      // WeChat reports both as "request:fail …"; the double turns a rejection into that.
      r.on('timeout', () => r.destroy(new Error('timeout')))
      r.on('error', reject)
      if (req.body !== undefined) r.write(req.body)
      r.end()
    })
}
