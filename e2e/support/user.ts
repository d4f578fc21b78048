/** What a user does again and again in the browser tests, written once. */
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { seen } from './browser'

export async function open(page: Page, base: string, route: string): Promise<void> {
  await page.goto(`${base}/${route.startsWith('#') ? route : `#${route}`}`)
  await page.locator('.page').locator('visible=true').first().waitFor()
}

/** From home: skip the province question if shown, open the picker, search and tap a city. */
export async function chooseRegion(page: Page, base: string, search: string, name: string): Promise<void> {
  await open(page, base, '/pages/region/index')
  await page.locator('.region-search input').locator('visible=true').first().fill(search)
  await seen(page, name).click()
  await page.waitForFunction(() => !location.hash.includes('/pages/region/'))
}

const requireHere = createRequire(__filename)
const AXE_PATH = requireHere.resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: number
  targets: string[]
}

/** axe-core injected into the page; returns serious and critical violations only. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }>
      }
    }
    // Only the visible page: Taro keeps earlier pages of the stack in the DOM, hidden.
    const result = await w.axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.map((n) => String((n as { target?: unknown }).target)).slice(0, 3)
      }))
  })
}
