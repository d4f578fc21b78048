/**
 * The shared link is the front door: a 65-year-old opens a step her daughter sent, at 320×568 in 大字
 * (and at 375×667 normal). The step is written to her, what and where is on top with 大字, and every
 * walkthrough screen shows its header and its forward button together; after a province tap the city
 * question and the cities are on screen.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, Locator, Page } from 'playwright-core'
import { startApp } from './support/app'
import { screenshot, seen, seenHeading, watchErrors } from './support/browser'
import { axeSerious } from './support/user'

const app = startApp()

/** A step of the 医保钱包 way that the relative does herself: opening her own wallet. */
const SENT_STEP = '/pages/family/index?region=440300&path=medical-wallet&step=2'

interface Phone {
  width: number
  height: number
  elder: boolean
  /** the reader's own region, or none yet */
  own?: string
}

async function phoneAt(browser: Browser, p: Phone): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: p.width, height: p.height }, deviceScaleFactor: 1, locale: 'zh-CN' })
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url }).catch(() => undefined)
  const stored = (state: unknown) => JSON.stringify({ data: JSON.stringify({ state, version: 1 }) })
  await ctx.addInitScript(
    ([region, settings]) => {
      if (region) localStorage.setItem('yibao-region', region)
      localStorage.setItem('yibao-settings', settings)
    },
    [p.own ? stored({ region: p.own, recent: [p.own], asked: true }) : '', stored({ elder: p.elder ? 'on' : 'off' })] as const
  )
  return ctx.newPage()
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${app.url}/#${route}`)
  await page.locator('.page').locator('visible=true').first().waitFor()
  await page.waitForTimeout(400)
}

/** Wholly on screen now, wherever the page is scrolled (a scrolled-to element may sit a few px above the top). */
async function inView(target: Locator, what: string): Promise<void> {
  const el = target.locator('visible=true').first()
  await el.waitFor()
  const r = await el.evaluate((e) => {
    const b = e.getBoundingClientRect()
    return { top: b.top, bottom: b.bottom, h: window.innerHeight }
  })
  assert.ok(r.top >= -8 && r.bottom <= r.h + 1, `${what}: ${Math.round(r.top)}–${Math.round(r.bottom)} px, the screen is ${r.h}`)
}

/** Not hidden under the bottom bar: its top is above the bar's top. */
async function aboveBar(page: Page, target: Locator, what: string): Promise<void> {
  const bar = await page
    .locator('.walk__nav')
    .locator('visible=true')
    .first()
    .evaluate((e) => e.getBoundingClientRect().top)
  const bottom = await target
    .locator('visible=true')
    .first()
    .evaluate((e) => e.getBoundingClientRect().bottom)
  assert.ok(bottom <= bar + 1, `${what} ends at ${Math.round(bottom)} px, under the bottom bar at ${Math.round(bar)} px`)
}

const button = (page: Page, text: string | RegExp) => page.locator('[role="button"]').locator('visible=true').filter({ hasText: text })
const forward = (page: Page) => page.locator('.walk__next').locator('visible=true').first()

for (const p of [
  { width: 320, height: 568, elder: true, own: '350200' },
  { width: 320, height: 568, elder: true },
  { width: 375, height: 667, elder: false, own: '350200' }
] as Phone[]) {
  const mode = `${p.width}×${p.height}${p.elder ? ' 大字' : ''}, ${p.own ? 'her own region 厦门' : 'no region yet'}`
  describe(`the receiver's landing at ${mode}`, () => {
    it('first screen: 家庭共济 · 深圳 with 大字, her step written to her, and 下一步, without scrolling', async () => {
      const page = await phoneAt(app.browser, p)
      const errors = watchErrors(page)
      await open(page, SENT_STEP)
      await seenHeading(page, '家庭共济 · 深圳').waitFor()
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'nothing scrolled the page')
      await inView(page.locator('.task-header .heading'), 'the task and place')
      await inView(page.locator('.task-header .big-text'), 'the 大字 switch')
      await inView(page.getByText('您的家人发给您这一步：'), 'who sent it')
      await inView(page.locator('.walk__label'), 'the step header')
      await inView(page.locator('.walk__who'), 'who does it')
      await aboveBar(page, page.locator('.walk__who'), 'who does it')
      assert.equal(await page.locator('.walk__who').locator('visible=true').first().innerText(), '您来做')
      assert.match(await page.locator('.walk__title').locator('visible=true').first().innerText(), /您/)
      await inView(forward(page), '下一步')
      assert.equal(await forward(page).innerText(), '下一步')
      // her own region is hers: one quiet line, a link to her own, nothing offering to change it
      assert.equal(await page.getByText(/参保地改成|把我的参保地/).count(), 0)
      await seen(page, p.own ? '看我自己地区（厦门）的' : '选我自己的地区').waitFor()
      // she is not pushed to send it on
      assert.equal(
        await page
          .getByText(/发给家人/)
          .locator('visible=true')
          .count(),
        0
      )
      assert.deepEqual(await axeSerious(page), [], 'axe')
      if (p.width === 320 && p.own) await screenshot(page, 'receiver-elder-320')
      if (p.width === 375) await screenshot(page, 'receiver-step')
      assert.deepEqual(errors, [])
      await page.context().close()
    })
  })
}

describe('every walkthrough screen at 320×568 大字: its header and its forward button on one screen', () => {
  for (const [region, way] of [
    ['440300', '“深圳医保”微信公众号'],
    ['440300', '医保钱包（给外省的家人用钱）'],
    ['620100', '甘肃省医疗保障局移动端'],
    ['110000', '北京医保公共服务平台（网站）']
  ] as const) {
    it(`${region} ${way}`, async () => {
      const page = await phoneAt(app.browser, { width: 320, height: 568, elder: true, own: region })
      await open(page, '/pages/family/index')
      await button(page, way).first().click()
      await page.waitForTimeout(500)
      const header = page.locator('.walk__label').locator('visible=true').first()
      for (let screen = 0; screen < 30; screen++) {
        const label = await header.innerText()
        await inView(header, `the header of "${label}"`)
        await inView(forward(page), `the forward button of "${label}"`)
        await aboveBar(page, header, `the header of "${label}"`)
        const text = (await forward(page).innerText()).trim()
        if (text === '完成') break
        await forward(page).click()
        await page.waitForTimeout(450)
      }
      assert.match(await header.innerText(), /办完了$/)
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling')
      await page.context().close()
    })
  }
})

describe('the region picker at 320×568 大字: after a province tap the city question and the cities are on screen', () => {
  it('first launch on home: 四川 → 在四川哪个城市？ and 成都', async () => {
    const page = await phoneAt(app.browser, { width: 320, height: 568, elder: true })
    await open(page, '/pages/index/index')
    await button(page, /^四川$/)
      .first()
      .click()
    await page.waitForTimeout(600)
    await inView(page.getByText('在四川哪个城市？'), 'the city question')
    await inView(button(page, /^成都$/).first(), '成都')
    await page.context().close()
  })

  it('the picker: 四川 ▼ → 在四川哪个城市？ and 成都', async () => {
    const page = await phoneAt(app.browser, { width: 320, height: 568, elder: true })
    await open(page, '/pages/region/index')
    await button(page, '四川 ▼').first().click()
    await page.waitForTimeout(600)
    await inView(page.getByText('在四川哪个城市？'), 'the city question')
    await inView(button(page, /^成都$/).first(), '成都')
    await page.context().close()
  })
})
