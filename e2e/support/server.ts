/** Static server for the H5 build (hash router: unknown paths get index.html) on 127.0.0.1. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml'
}

export type Extra = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>

export interface Running {
  url: string
  server: Server
  close(): Promise<void>
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, port = 0): Promise<Running> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const actual = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export function serveStatic(root: string, extra?: Extra, port = 0): Promise<Running> {
  return listen((req, res) => {
    void (async () => {
      if (extra && (await extra(req, res))) return
      const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(root, urlPath))
      if (!file.startsWith(root)) {
        res.writeHead(403).end()
        return
      }
      const info = await stat(file).catch(() => null)
      if (!info || info.isDirectory()) file = join(root, 'index.html')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    })().catch((err: unknown) => {
      res.writeHead(500).end(String(err))
    })
  }, port)
}
