/**
 * Tap counts and page lengths of the main journeys, as a new user would take them
 * (H5 build, at 375×600 — what WeChat shows under its title bar — and at 320×568),
 * and at 320×568 in 大字 how many walkthrough screens show their header and their
 * forward button together. Not a test: prints numbers to compare builds.
 * Usage: `tsx e2e/measure.ts [dist dir]` (default dist/h5).
 *
 * A "tap" is a click on something; "swipes" is how many screens the user had to
 * scroll to bring the next thing to tap into view (0 when it was on screen).
 */
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { launch } from './support/browser'
import { serveStatic } from './support/server'

let W = 375
let H = 600
const PHONES: ReadonlyArray<readonly [number, number]> = [
  [375, 600],
  [320, 568]
]

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
const button = (page: Page, t: string | RegExp) =>
  page.locator('taro-button-core, [role="button"], [role="link"], [role="checkbox"]').filter({ hasText: t })

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
    await page.evaluate(() =>
      localStorage.setItem('yibao-settings', JSON.stringify({ data: JSON.stringify({ state: { elder: 'on' }, version: 1 }) }))
    )
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
  '深圳 link to 医保钱包 第 2 步 (the receiver, no region) → 下一步': async (page, base, t) => {
    await page.goto(`${base}/#/pages/family/index?region=440300&path=medical-wallet&step=2`)
    await page.locator('.walk__label').locator('visible=true').first().waitFor()
    const len = await screens(page)
    const first = await bothInView(page)
    await tap(page, button(page, /^下一步$/), t)
    return { 'family page screens (received step)': len, 'header and 下一步 on the first screen': first ? 1 : 0 }
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

/** The walkthrough's header and its forward button both wholly on screen now. */
async function bothInView(page: Page): Promise<boolean> {
  const box = (selector: string) =>
    page
      .locator(selector)
      .locator('visible=true')
      .first()
      .evaluate((e) => {
        const b = e.getBoundingClientRect()
        return { top: b.top, bottom: b.bottom, h: window.innerHeight }
      })
  const [head, next] = [await box('.walk__label'), await box('.walk__next')]
  return head.top >= -8 && head.bottom <= head.h && next.top >= 0 && next.bottom <= next.h
}

/** At 320×568 in 大字, for every way in these regions: screens whose header and forward button are seen together. */
const WALKTHROUGH_REGIONS = ['120000', '440300', '350200', '110000', '620100']

async function walkthroughFit(browser: Awaited<ReturnType<typeof launch>>, base: string): Promise<void> {
  W = 320
  H = 568
  let fit = 0
  let total = 0
  for (const region of WALKTHROUGH_REGIONS) {
    const ctx = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1, locale: 'zh-CN' })
    const page = await ctx.newPage()
    await fresh(page, base, true)
    await page.evaluate(
      (r) =>
        localStorage.setItem(
          'yibao-region',
          JSON.stringify({ data: JSON.stringify({ state: { region: r, recent: [r], asked: true }, version: 1 }) })
        ),
      region
    )
    await page.goto(`${base}/#/pages/family/index`)
    await page.reload()
    await page.locator('.path-option').locator('visible=true').first().waitFor()
    const ways = await page.locator('.path-option').locator('visible=true').allInnerTexts()
    for (const way of ways) {
      // 完成 at the end of each way brings the choice of ways back
      await page.locator('.path-option').locator('visible=true').filter({ hasText: way }).first().click()
      await page.waitForTimeout(500)
      for (let i = 0; i < 30; i++) {
        total++
        if (await bothInView(page)) fit++
        const next = page.locator('.walk__next').locator('visible=true').first()
        if ((await next.innerText()).trim() === '完成') {
          await next.click()
          await page.waitForTimeout(450)
          break
        }
        await next.click()
        await page.waitForTimeout(450)
      }
    }
    await ctx.close()
  }
  console.log(
    JSON.stringify({
      mode: 'elder',
      size: '320×568',
      measure: 'walkthrough screens with header and forward button on one screen',
      regions: WALKTHROUGH_REGIONS,
      fit,
      total
    })
  )
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? join(__dirname, '..', 'dist', 'h5')
  const server = await serveStatic(dir)
  const browser = await launch()
  try {
    for (const [width, height] of PHONES) {
      for (const elder of [false, true]) {
        for (const [name, journey] of Object.entries(JOURNEYS)) {
          W = width
          H = height
          const ctx = await browser.newContext({ viewport: { width: W, height: H }, deviceScaleFactor: 1, locale: 'zh-CN' })
          await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url }).catch(() => undefined)
          const page = await ctx.newPage()
          await fresh(page, server.url, elder)
          const t: Tally = { taps: 0, swipes: 0 }
          const extra = await journey(page, server.url, t).catch((e: unknown) => ({ error: String(e).split('\n')[0] }))
          console.log(
            JSON.stringify({ size: `${W}×${H}`, mode: elder ? 'elder' : 'normal', journey: name, taps: t.taps, swipes: t.swipes, ...extra })
          )
          await ctx.close()
        }
      }
    }
    await walkthroughFit(browser, server.url)
  } finally {
    await browser.close()
    await server.close()
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
