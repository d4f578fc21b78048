/** Shared set-up for browser tests: the H5 build served on 127.0.0.1 and one chromium. */
import { after, before } from 'node:test'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { launch } from './browser'
import { serveStatic, type Extra, type Running } from './server'

export const H5_DIR = join(__dirname, '..', '..', 'dist', 'h5')

export interface AppHarness {
  readonly url: string
  readonly browser: Browser
}

export function startApp(extra?: Extra): AppHarness {
  let server: Running | undefined
  let browser: Browser | undefined
  before(async () => {
    if (!existsSync(join(H5_DIR, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
    server = await serveStatic(H5_DIR, extra)
    browser = await launch()
  })
  after(async () => {
    await browser?.close()
    await server?.close()
  })
  return {
    get url() {
      if (!server) throw new Error('server not started')
      return server.url
    },
    get browser() {
      if (!browser) throw new Error('browser not started')
      return browser
    }
  }
}
