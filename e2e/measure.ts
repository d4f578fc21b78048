/**
 * Tap counts and page lengths of the main journeys, as a new user would take them
 * (H5 build, 375×600 — what WeChat shows under its title bar). Not a test: prints
 * numbers to compare builds. Usage: `tsx e2e/measure.ts [dist dir]` (default dist/h5).
 *
 * A "tap" is a click on something; "swipes" is how many screens the user had to
 * scroll to bring the next thing to tap into view (0 when it was on screen).
 */
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { launch } from './support/browser'
import { serveStatic } from './support/server'

const W = 375
const H = 600

interface Tally {
  taps: number
  swipes: number
}

async function tap(page: Page, target: Locator, tally: Tally): Promise<void> {
  const el = target.locator('visible=true').first()
  await el.waitFor()
  const r = await el.evaluate((e) => {
    const b = e.getBoundingClientRect()
    return { top: b.top, bottom: b.bottom }
  })
  if (r.bottom > H) tally.swipes += Math.ceil((r.bottom - H) / (H * 0.8))
  else if (r.top < 0) tally.swipes += Math.ceil(-r.top / (H * 0.8))
  await el.scrollIntoViewIfNeeded()
  await el.click()
  tally.taps++
  await page.waitForTimeout(250)
}

const text = (page: Page, t: string | RegExp) => page.getByText(t, { exact: typeof t === 'string' })
const button = (page: Page, t: string | RegExp) => page.locator('taro-button-core, [role="button"], [role="link"], [role="checkbox"]').filter({ hasText: t })

async function screens(page: Page): Promise<number> {
  await page.waitForTimeout(300)
  const h = await page.evaluate(() => {
    const root = Array.from(document.querySelectorAll('.page')).find((e) => (e as HTMLElement).offsetParent !== null)
    return root ? root.getBoundingClientRect().height : document.documentElement.scrollHeight
  })
  return Math.round((h / H) * 10) / 10
}

async function fresh(page: Page, base: string, elder: boolean): Promise<void> {
  await page.goto(`${base}/#/pages/index/index`)
  await page.locator('.page').locator('visible=true').first().waitFor()
  if (elder) {
    // set up, not counted: the journeys compare the guides, not the switch
    await page.evaluate(() => localStorage.setItem('yibao-settings', JSON.stringify({ data: JSON.stringify({ state: { elder: 'on' }, version: 1 }) })))
    await page.reload()
    await page.locator('.page').locator('visible=true').first().waitFor()
  }
}

type Journey = (page: Page, base: string, t: Tally) => Promise<Record<string, number>>

const JOURNEYS: Record<string, Journey> = {
  '厦门 余额 → 打电话': async (page, _base, t) => {
    await tap(page, button(page, /^福建$/), t)
    await tap(page, button(page, /^厦门$/), t)
    await tap(page, text(page, '余额怎么查'), t)
    const len = await screens(page)
    await tap(page, button(page, /拨打 0592-12393/), t)
    return { 'balance page screens': len }
  },
  '天津 老伴在外省 → 第一步 → 发给家人': async (page, _base, t) => {
    await tap(page, button(page, /^天津$/), t)
    await tap(page, text(page, '家人能用吗'), t)
    const before = await screens(page)
    await tap(page, button(page, /^职工医保/), t)
    await tap(page, button(page, /^配偶/), t)
    await tap(page, button(page, /^外省/), t)
    // the verdict's own button when there is one, else the first way offered
    await page.waitForTimeout(300)
    const onward = page.locator('.verdict__go').locator('visible=true')
    if (await onward.count()) await tap(page, onward.first(), t)
    else await tap(page, page.locator('.path-option'), t)
    await tap(page, button(page, /准备好了，开始/), t)
    const len = await screens(page)
    await tap(page, button(page, /发给家人/), t)
    return { 'family page screens (start)': before, 'family page screens (step 1)': len }
  },
  '武汉 父亲去世 → 清单 → 复制': async (page, _base, t) => {
    await tap(page, button(page, /^湖北$/), t)
    await tap(page, button(page, /^武汉$/), t)
    await tap(page, text(page, '钱能取出来吗'), t)
    const before = await screens(page)
    await tap(page, button(page, /参保人去世/), t)
    const len = await screens(page)
    await tap(page, button(page, /^复制清单/), t)
    return { 'withdraw page screens (start)': before, 'withdraw page screens (death)': len }
  },
  '成都 去外地看病 → 哪种备案 → 第一步 → 发给家人': async (page, _base, t) => {
    await tap(page, button(page, /^四川$/), t)
    await tap(page, button(page, /^成都$/), t)
    await tap(page, text(page, '去外地看病'), t)
    const before = await screens(page)
    await tap(page, button(page, /^在那边长住/), t)
    await tap(page, button(page, /^不是，或拿不准/), t)
    await tap(page, button(page, /^下一步：怎么办备案/), t)
    await tap(page, page.locator('.path-option'), t)
    await tap(page, button(page, /准备好了，开始/), t)
    const len = await screens(page)
    await tap(page, button(page, /发给家人/), t)
    return { 'yidi page screens (start)': before, 'yidi page screens (step 1)': len }
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(__dirname, '..', 'dist', 'h5')
  const server = await serveStatic(dir)
  const browser = await launch()
  try {
    for (const elder of [false, true]) {
      for (const [name, journey] of Object.entries(JOURNEYS)) {
        const ctx = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1, locale: 'zh-CN' })
        await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }).catch(() => undefined)
        const page = await ctx.newPage()
        await fresh(page, server.url, elder)
        const t: Tally = { taps: 0, swipes: 0 }
        const extra = await journey(page, server.url, t)
        console.log(JSON.stringify({ mode: elder ? 'elder' : 'normal', journey: name, taps: t.taps, swipes: t.swipes, ...extra }))
        await ctx.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
