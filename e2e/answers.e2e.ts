/**
 * Answers that leave nobody stuck, in a real browser on the H5 build, at 320 px in normal type and 大字: a
 * search with no match, a myth answered claim → fact → legal way (law folded), and the copy sheet.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { startApp } from './support/app'
import { screenshot, seen, seenHeading, watchErrors } from './support/browser'
import { axeSerious, open } from './support/user'

const app = startApp()

/** A phone of 320 × 568 with a region already chosen and 大字 on or off. */
async function phoneWith(browser: Browser, region: string | null, elder: boolean): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 320, height: 568 }, deviceScaleFactor: 1, locale: 'zh-CN' })
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
  const stored = (state: unknown) => JSON.stringify({ data: JSON.stringify({ state, version: 1 }) })
  await ctx.addInitScript(
    ([r, s]) => {
      localStorage.setItem('yibao-region', r)
      localStorage.setItem('yibao-settings', s)
    },
    [stored({ region, recent: [], asked: true }), stored({ elder: elder ? 'on' : 'off' })] as const
  )
  return ctx.newPage()
}

/** Visible elements a finger taps that are shorter than 48 CSS px. */
async function smallTargets(page: Page, within: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll(`${sel} [role="button"], ${sel} [role="link"], ${sel} taro-button-core`))
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 48)
        .map(({ e, r }) => `${(e.textContent ?? '').trim().slice(0, 20)} (${Math.round(r.height)}px)`),
    within
  )
}

for (const elder of [false, true]) {
  const mode = elder ? '大字' : 'normal'

  describe(`search never dead-ends (320 px, ${mode})`, () => {
    it('厦门, nothing found: says so, lists what the app covers, offers 0592-12393; axe clean', async () => {
      const page = await phoneWith(app.browser, '350200', elder)
      const errors = watchErrors(page)
      await open(page, app.url, '/pages/index/index')
      await page.locator('.search__input input').locator('visible=true').first().fill('火星签证')
      await seen(page, '没有找到“火星签证”。').waitFor()
      await seen(page, '本程序讲的是：').waitFor()
      const call = page.locator('.search__reply [role="button"]').filter({ hasText: '拨打 0592-12393' }).locator('visible=true')
      assert.equal(await call.count(), 1)
      assert.deepEqual(await axeSerious(page), [])
      assert.deepEqual(await smallTargets(page, '.search'), [])
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'scrolls sideways')
      if (elder) await screenshot(page, 'search-no-match-elder-320')
      assert.deepEqual(errors, [])
      await page.context().close()
    })

    it('新农合 lands on content about it and says plainly what the app does not cover', async () => {
      const page = await phoneWith(app.browser, null, elder)
      await open(page, app.url, '/pages/index/index')
      await page.locator('.search__input input').locator('visible=true').first().fill('新农合')
      await page.locator('.search__hit').locator('visible=true').first().waitFor()
      await seen(page, '新农合、城乡居民医保怎么交费、怎么报销，本程序没有讲。').waitFor()
      assert.equal(await page.locator('.search__reply [role="button"]').filter({ hasText: '拨打 12393' }).locator('visible=true').count(), 1)
      await page.context().close()
    })
  })

  describe(`myths read kindly (320 px, ${mode})`, () => {
    it('each card: the claim as its heading, then the fact and the legal way; the law opens on a tap', async () => {
      const page = await phoneWith(app.browser, '350200', elder)
      await open(page, app.url, '/pages/withdraw/index')
      await seenHeading(page, '网上这些说法不对').waitFor()
      const card = page.locator('#myth-swipe-for-cash').locator('visible=true').first()
      const heading = card.getByRole('heading', { level: 3 })
      assert.match(await heading.innerText(), /^网上说：/)
      const top = async (text: string | RegExp) => (await card.getByText(text).first().boundingBox())?.y ?? Infinity
      const claimAt = (await heading.boundingBox())?.y ?? Infinity
      const factAt = await top(/是套现，是违法的/)
      const insteadAt = await top('合法的办法')
      assert.ok(claimAt < factAt && factAt < insteadAt, `claim ${claimAt}, fact ${factAt}, legal way ${insteadAt}`)
      assert.equal(await card.getByText(/罚款/).count(), 0, 'the penalties wait behind the fold')
      const law = card.locator('[role="button"][aria-expanded]').filter({ hasText: '法律规定和处罚' })
      await law.click()
      await card.getByText(/罚款/).first().waitFor()
      assert.deepEqual(await axeSerious(page), [])
      if (elder) await screenshot(page, 'myth-card-elder-320')
      await page.context().close()
    })
  })

  describe(`copy feedback (320 px, ${mode})`, () => {
    it('copying the checklist shows a sheet in large type with the next taps; it fits, passes axe, and closes', async () => {
      const page = await phoneWith(app.browser, '420100', elder)
      const errors = watchErrors(page)
      await open(page, app.url, '/pages/withdraw/index?situation=death')
      await page.locator('[role="button"]').filter({ hasText: '复制清单（发到家人群里）' }).locator('visible=true').first().click()
      const sheet = page.getByRole('dialog', { name: '已复制“材料清单”' }).locator('visible=true')
      await sheet.waitFor()
      const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '')
      assert.match(copied, /^【湖北 · 武汉 · 医保个人账户余额提取：参保人去世】/)
      assert.doesNotMatch(copied, /[☐☑]/)
      // the whole sheet, its button included, is on the screen
      const box = await sheet.boundingBox()
      assert.ok(box && box.y >= 0 && box.y + box.height <= 568 + 1, `sheet at ${JSON.stringify(box)}`)
      const size = await sheet
        .locator('.copy-done__step')
        .first()
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
      assert.ok(size >= (elder ? 20 : 16), `step text ${size}px`)
      // the screen reader starts at the title
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy-done-title')
      assert.deepEqual(await axeSerious(page), [])
      assert.deepEqual(await smallTargets(page, '.copy-done'), [])
      if (elder) await screenshot(page, 'copy-sheet-elder-320')
      await sheet.locator('[role="button"]').filter({ hasText: '知道了' }).click()
      assert.equal(await page.getByRole('dialog').locator('visible=true').count(), 0)
      assert.deepEqual(errors, [])
      await page.context().close()
    })
  })
}
