/** Shared set-up for browser tests: the H5 build served on 127.0.0.1 and one chromium. */
import { after, before } from 'node:test'
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { launch } from './browser'
import { serveStatic, type Extra, type Running } from './server'

export const H5_DIR = join(__dirname, '..', '..', 'dist', 'h5')
/** the same app built with TARO_APP_POLICY_URL=/test-config/policies.json (npm run build:h5:cloud-test) */
export const H5_CLOUD_DIR = join(__dirname, '..', '..', 'dist', 'h5-cloud')

export interface AppHarness {
  readonly url: string
  readonly browser: Browser
}

export function startApp(extra?: Extra, dir: string = H5_DIR): AppHarness {
  let server: Running | undefined
  let browser: Browser | undefined
  before(async () => {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: run \`npm run test:e2e\` (it builds it)`)
    server = await serveStatic(dir, extra)
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
