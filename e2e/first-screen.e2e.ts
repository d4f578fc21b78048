/**
 * Each guide answers its question on the first screen, since most people read no further (WeChat shows about 600 px under its
 * title bar), at 375 and 320 wide, normal and 大字; the walkthrough's header is on screen after every
 * 下一步; the balance page with its details folded is at most 3 screens at 375.
 *
 * The region is 厦门, which has local notes for all three guides: they sit under each page's main
 * action (RegionNotes), so they must not push the answer off the first screen.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, Locator, Page } from 'playwright-core'
import { startApp } from './support/app'
import { seen, watchErrors } from './support/browser'

const app = startApp()
const HEIGHT = 600
const REGION = '350200'

async function phoneAt(browser: Browser, width: number, elder: boolean): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: HEIGHT }, deviceScaleFactor: 1, locale: 'zh-CN' })
  const stored = (state: unknown) => JSON.stringify({ data: JSON.stringify({ state, version: 1 }) })
  await ctx.addInitScript(
    ([region, settings]) => {
      localStorage.setItem('yibao-region', region)
      localStorage.setItem('yibao-settings', settings)
    },
    [stored({ region: REGION, recent: [], asked: true }), stored({ elder: elder ? 'on' : 'off' })] as const
  )
  return ctx.newPage()
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${app.url}/#${route}`)
  await page.locator('.page').locator('visible=true').first().waitFor()
  await page.waitForTimeout(300)
}

/** Entirely within the first screen (nothing scrolled). */
async function onFirstScreen(target: Locator, what: string): Promise<void> {
  const el = target.locator('visible=true').first()
  await el.waitFor()
  const r = await el.evaluate((e) => {
    const b = e.getBoundingClientRect()
    return { top: b.top + window.scrollY, bottom: b.bottom + window.scrollY }
  })
  assert.ok(r.top >= 0 && r.bottom <= HEIGHT, `${what}: ${Math.round(r.top)}–${Math.round(r.bottom)} px, the screen is ${HEIGHT}`)
}

/** On screen now, wherever the page is scrolled. */
async function inView(target: Locator, what: string): Promise<void> {
  const r = await target.evaluate((e) => {
    const b = e.getBoundingClientRect()
    return { top: b.top, bottom: b.bottom, h: window.innerHeight }
  })
  // a scrolled-to element may sit a few px above the top edge (rounding of the scroll position)
  assert.ok(r.top >= -8 && r.bottom <= r.h, `${what}: ${Math.round(r.top)}–${Math.round(r.bottom)} px, the screen is ${r.h}`)
}

const button = (page: Page, text: string | RegExp) => page.locator('[role="button"]').filter({ hasText: text })

async function screens(page: Page): Promise<number> {
  const h = await page.evaluate(() => {
    const root = Array.from(document.querySelectorAll('.page')).find((e) => (e as HTMLElement).offsetParent !== null)
    return root ? root.getBoundingClientRect().height : 0
  })
  return h / HEIGHT
}

for (const width of [375, 320]) {
  for (const elder of [false, true]) {
    const mode = `${width}×${HEIGHT}${elder ? ', 大字' : ''}`
    describe(`first screen at ${mode}`, () => {
      it('balance: "本程序看不到您的余额" and the call button', async () => {
        const page = await phoneAt(app.browser, width, elder)
        const errors = watchErrors(page)
        await open(page, '/pages/balance/index')
        await onFirstScreen(page.getByText('本程序看不到您的余额'), 'the answer')
        await onFirstScreen(button(page, /^拨打 (0592-)?12393$/), 'the call button')
        assert.ok((await page.locator('.page.elder').locator('visible=true').count()) === (elder ? 1 : 0))
        assert.deepEqual(errors, [])
        await page.context().close()
      })

      it('family: the check starts, and 下一步：怎么绑定 is there', async () => {
        const page = await phoneAt(app.browser, width, elder)
        await open(page, '/pages/family/index')
        await onFirstScreen(page.getByText('家人能用吗？'), 'the question')
        await onFirstScreen(button(page, /^职工医保$/), 'the first answer')
        await page.context().close()
      })

      it('withdraw: the situations', async () => {
        const page = await phoneAt(app.browser, width, elder)
        await open(page, '/pages/withdraw/index')
        await onFirstScreen(page.getByText('您是哪种情况？'), 'the question')
        await onFirstScreen(page.locator('.situations [role="button"]').first(), 'the first situation')
        await page.context().close()
      })

      it('yidi: "去外地看病，医保能用吗？" and its answer, the part without a 备案 included', async () => {
        const page = await phoneAt(app.browser, width, elder)
        const errors = watchErrors(page)
        await open(page, '/pages/yidi/index')
        const answer = page.locator('#yidi-answer')
        await onFirstScreen(answer.getByText('去外地看病，医保能用吗？'), 'the question')
        await onFirstScreen(answer.locator('.yidi-answer__title'), 'the answer')
        // without a 备案: filing before leaving hospital, or paying and claiming at home
        await onFirstScreen(answer.getByText(/^没备案：/), 'what happens without a 备案')
        assert.deepEqual(errors, [])
        await page.context().close()
      })

      it('walkthrough: after every 下一步 the header (region · step) is on screen; 下一步 stays on one line', async () => {
        const page = await phoneAt(app.browser, width, elder)
        await open(page, '/pages/family/index')
        await button(page, /^职工医保$/).click()
        await button(page, /^配偶/).click()
        await button(page, /^和我同一个城市$/).click()
        await seen(page, '✓ 可以办家庭共济').waitFor()
        await page.waitForTimeout(400)
        await inView(page.locator('#verdict .verdict__title').locator('visible=true').first(), 'the answer after the last question')
        await page.locator('.verdict__go').locator('visible=true').first().click()
        await page.waitForTimeout(400)
        const header = page.locator('.walk__label').locator('visible=true').first()
        await inView(header, 'the header on choosing a way')
        await button(page, '准备好了，开始').click()
        for (let step = 1; ; step++) {
          await page.waitForTimeout(400)
          const text = await header.innerText()
          if (!/第 \d+ 步/.test(text)) break
          assert.match(text, new RegExp(`^厦门 · 第 ${step} 步，共 \\d+ 步$`))
          await inView(header, `the header on step ${step}`)
          const next = button(page, /^下一步$/)
            .locator('visible=true')
            .first()
          const lines = await next.evaluate((e) => {
            const style = getComputedStyle(e)
            return Math.round(
              (e.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight)
            )
          })
          assert.ok(lines <= 1, `下一步 is on ${lines} lines`)
          await next.click()
        }
        await seen(page, '办完以后').waitFor()
        await inView(header, 'the header on the last screen')
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling')
        await page.context().close()
      })
    })
  }
}

describe('length and 大字', () => {
  it('the balance page with its details folded is at most 3 screens at 375', async () => {
    const page = await phoneAt(app.browser, 375, false)
    await open(page, '/pages/balance/index')
    const n = await screens(page)
    assert.ok(n <= 3, `${n.toFixed(1)} screens`)
    await page.context().close()
  })

  it('the 大字 switch is on the first screen of home and in the region bar; in 大字 no text is smaller than normal body text', async () => {
    const page = await phoneAt(app.browser, 375, false)
    await open(page, '/pages/index/index')
    await onFirstScreen(page.locator('.elder-switch'), 'the home switch')
    for (const route of ['/pages/balance/index', '/pages/family/index', '/pages/withdraw/index', '/pages/yidi/index']) {
      await open(page, route)
      await onFirstScreen(page.locator('.region-bar .big-text'), `大字 on ${route}`)
    }
    await page.locator('.region-bar .big-text').locator('visible=true').first().click()
    for (const route of ['/pages/index/index', '/pages/balance/index', '/pages/family/index', '/pages/withdraw/index', '/pages/yidi/index']) {
      await open(page, route)
      const small = await page.evaluate(() => {
        const root = Array.from(document.querySelectorAll('.page')).find((e) => (e as HTMLElement).offsetParent !== null)
        if (!root) return ['no page']
        // normal body text is 34 design px (17 CSS px at 375): in 大字 nothing readable may be smaller
        return Array.from(root.querySelectorAll('*'))
          .filter(
            (e) =>
              (e as HTMLElement).offsetParent !== null &&
              Array.from(e.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
          )
          .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 17)
          .map((e) => `${(e.textContent ?? '').trim().slice(0, 12)} (${getComputedStyle(e).fontSize})`)
      })
      assert.deepEqual(small, [], `small text in 大字 on ${route}`)
    }
    await page.context().close()
  })
})
