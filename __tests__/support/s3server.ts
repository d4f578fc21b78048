/**
 * A real S3-compatible server (s3rver) on 127.0.0.1 with a temp directory, and
 * an HTTP proxy in front of it that can break things the way networks and CDNs
 * do: cut an upload halfway, or serve changed bytes. Tests start and stop both.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { s3Store, type ObjectStore, type StoreConfig } from '../../scripts/policy-release/store'

/** s3rver's fixed credentials */
export const S3_KEY = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type Fault = 'none' | 'cut-live-upload' | 'change-live-download'

export interface ProxyLog {
  method: string
  path: string
  /** body bytes the proxy received before it forwarded or cut the request */
  bytes: number
  cut: boolean
}

export interface LocalS3 {
  /** the server itself: what an app build's URL points at */
  directUrl: string
  /** through the fault proxy: what the publishing code talks to */
  proxyUrl: string
  fault: Fault
  log: ProxyLog[]
  newBucket(): Promise<string>
  config(bucket: string, via?: 'proxy' | 'direct', key?: typeof S3_KEY): StoreConfig
  store(bucket: string, key?: typeof S3_KEY): ObjectStore
  /** public (anonymous) URL of an object, as a phone downloads it */
  objectUrl(bucket: string, key: string): string
  stop(): Promise<void>
}

const LIVE = /\/policies\.json$/

export async function startLocalS3(): Promise<LocalS3> {
  const dir = mkdtempSync(join(tmpdir(), 'yibao-s3-'))
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir })
  const { port } = await s3.run()
  const directUrl = `http://127.0.0.1:${port}`

  const state: { fault: Fault; log: ProxyLog[] } = { fault: 'none', log: [] }
  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, transform?: (b: Buffer) => Buffer) => {
    const upstream = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      if (!transform) {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
        return
      }
      const chunks: Buffer[] = []
      up.on('data', (c: Buffer) => chunks.push(c))
      up.on('end', () => {
        const changed = transform(Buffer.concat(chunks))
        res.writeHead(up.statusCode ?? 502, { ...up.headers, 'content-length': String(changed.length) })
        res.end(changed)
      })
    })
    upstream.on('error', () => res.destroy())
    upstream.end(body)
  }
  const proxy: Server = createServer((req, res) => {
    const entry: ProxyLog = { method: req.method ?? '', path: req.url ?? '', bytes: 0, cut: false }
    state.log.push(entry)
    const path = (req.url ?? '').split('?')[0] ?? ''
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      chunks.push(c)
      entry.bytes += c.length
      if (state.fault === 'cut-live-upload' && req.method === 'PUT' && LIVE.test(path) && entry.bytes > 100) {
        // the connection drops in the middle of the body, as on a flaky uplink
        entry.cut = true
        req.socket.destroy()
      }
    })
    req.on('end', () => {
      if (entry.cut) return
      const body = Buffer.concat(chunks)
      if (state.fault === 'change-live-download' && req.method === 'GET' && LIVE.test(path)) {
        forward(req, res, body, (b) => Buffer.from(b.toString('utf8').replace('12393', '12394'), 'utf8'))
      } else forward(req, res, body)
    })
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`

  const admin = new S3Client({ endpoint: directUrl, region: 'us-east-1', forcePathStyle: true, credentials: S3_KEY })
  let buckets = 0

  const local: LocalS3 = {
    directUrl,
    proxyUrl,
    get fault() {
      return state.fault
    },
    set fault(f: Fault) {
      state.fault = f
    },
    log: state.log,
    async newBucket() {
      const name = `policies-${++buckets}`
      await admin.send(new CreateBucketCommand({ Bucket: name }))
      return name
    },
    config: (bucket, via = 'proxy', key = S3_KEY) => ({
      endpoint: via === 'proxy' ? proxyUrl : directUrl,
      bucket,
      region: 'us-east-1',
      forcePathStyle: true,
      ...key
    }),
    store: (bucket, key = S3_KEY) => s3Store(local.config(bucket, 'proxy', key)),
    objectUrl: (bucket, key) => `${directUrl}/${bucket}/${key}`,
    async stop() {
      admin.destroy()
      proxy.closeAllConnections()
      await new Promise((r) => proxy.close(r))
      await s3.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return local
}
