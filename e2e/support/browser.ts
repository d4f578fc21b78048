/** Debian's chromium through playwright-core: no browser download works on these machines. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const OUTPUT_DIR = join(__dirname, '..', 'output')

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** A phone-sized, fresh profile: nothing stored from earlier tests. */
export function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' })
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true })
  // JPEG keeps the few that the README shows small enough to commit.
  await page.screenshot({ path: join(OUTPUT_DIR, `${name}.jpg`), type: 'jpeg', quality: 72 })
}

/** Collects uncaught page errors so a test can assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

/**
 * Taro's H5 router keeps earlier pages of the stack in the DOM, hidden, so a
 * locator must pick the copy a user can see.
 */
export function seen(page: Page, text: string | RegExp) {
  return page
    .getByText(text, { exact: typeof text === 'string' })
    .locator('visible=true')
    .first()
}

export function seenHeading(page: Page, name: string | RegExp) {
  return page
    .getByRole('heading', { name, exact: typeof name === 'string' })
    .locator('visible=true')
    .first()
}
