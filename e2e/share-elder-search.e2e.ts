/** Shared links, 长辈模式 with the accessibility check, and search — in a real browser on the H5 build. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { startApp } from './support/app'
import { phone, screenshot, seen, seenHeading, watchErrors } from './support/browser'
import { axeSerious, chooseRegion, open } from './support/user'

const app = startApp()

const PAGES = [
  ['home', '/pages/index/index', '医保指南'],
  ['balance', '/pages/balance/index?region=350200', '医保余额怎么查'],
  ['family', '/pages/family/index?region=120000&path=counter&step=2', '家庭共济 · 天津'],
  ['withdraw', '/pages/withdraw/index?region=420100&situation=death', '余额能取出来吗'],
  ['yidi', '/pages/yidi/index?region=440300&path=national-app&step=2', '去外地看病 · 深圳'],
  ['region', '/pages/region/index', '选择参保地'],
  ['about', '/pages/about/index', '关于医保指南']
] as const

const stepLabel = (page: Page) => page.locator('.walk__label').locator('visible=true').first().innerText()

describe('shared links', () => {
  it('a fresh user opening a shared walkthrough step lands on that region, page and step', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await open(page, app.url, '/pages/family/index?region=120000&path=counter&step=3')
    await seenHeading(page, '家庭共济 · 天津').waitFor()
    assert.match(await stepLabel(page), /^天津 · 第 3 步，共 \d+ 步$/)
    // a reader with no region of her own yet: whose rules these are, and a way to choose hers (nothing chosen for her)
    await seen(page, '家人发来的是天津的办法，家庭共济按出钱那个人的参保地办。').waitFor()
    await seen(page, '选我自己的地区').waitFor()
    assert.equal(await page.evaluate(() => localStorage.getItem('yibao-region')), null)
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('a user with another region sees whose guide it is, can switch, and keeps their own progress', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    await chooseRegion(page, app.url, '厦门', '厦门')
    // the reader's own progress: 厦门, national app path, step 1
    await open(page, app.url, '/pages/family/index')
    await page.locator('.path-option').locator('visible=true').first().click()
    await seen(page, '准备好了，开始').click()
    await seen(page, /· 第 1 步，共 \d+ 步$/).waitFor()

    await open(page, app.url, '/pages/family/index?region=120000&path=counter&step=4')
    await seen(page, /^家人发来的是天津的办法/).waitFor()
    assert.equal(await page.getByText(/参保地改成/).count(), 0, 'nothing asks her to change her 参保地')
    assert.match(await stepLabel(page), /^天津 · 第 4 步/)
    // whose guide it is: the place on top, the step the link opened at, then the quiet line right under it
    const top = (selector: string) =>
      page
        .locator(selector)
        .locator('visible=true')
        .first()
        .evaluate((e) => e.getBoundingClientRect().top)
    const [heading, step, line] = [await top('.task-header'), await top('.walk__label'), await top('#shared-banner')]
    assert.ok(heading >= 0 && heading < step && step < line, `heading ${heading}, step ${step}, quiet line ${line}`)
    await screenshot(page, 'shared-link-other-region')
    await seen(page, '看我自己地区（厦门）的').click()
    await seen(page, '福建 · 厦门').waitFor()
    // the same way exists in 厦门: the step the family member pointed at is kept
    assert.match(await stepLabel(page), /^厦门 · 第 4 步/)
    await ctx.close()
  })

  for (const [link, explanation, heading] of [
    ['/pages/family/index?region=999999&path=counter&step=2', '链接里的地区已不存在或写错了，先按您自己的地区显示。', '家庭共济'],
    ['/pages/family/index?region=120000&path=counter&step=999', '链接里的步骤不对，已从头开始。', '家庭共济'],
    ['/pages/family/index?region=120000&path=counter&step=abc', '链接里的步骤不对，已从头开始。', '家庭共济'],
    ['/pages/family/index?path=no-such-way', '链接里的办理方式在本地区没有，请在下面重新选择。', '家庭共济'],
    ['/pages/withdraw/index?situation=%E5%A4%A7%E7%97%85', '链接里的情形看不懂，请重新选择。', '余额能取出来吗'],
    ['/pages/withdraw/index?region=350200&situation=major-illness', '链接里的情形在本地区没有，请在下面重新选择。', '余额能取出来吗']
  ] as const) {
    it(`a malformed link opens the nearest sensible page: ${link}`, async () => {
      const ctx = await phone(app.browser)
      const page = await ctx.newPage()
      const errors = watchErrors(page)
      await open(page, app.url, link)
      // a link to a step opens under its place (家庭共济 · 天津); the others under the plain heading
      await seenHeading(page, new RegExp(`^${heading}( · .+)?$`)).waitFor()
      await seen(page, explanation).waitFor()
      assert.deepEqual(errors, [])
      await ctx.close()
    })
  }
})

describe('长辈模式 and accessibility', () => {
  it('every page passes axe (no serious/critical) in normal and elder mode; elder text ≥ 1.3×, tap targets ≥ 48 px, no sideways scrolling', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const normalSize: Record<string, number> = {}
    for (const [name, route, heading] of PAGES) {
      await open(page, app.url, route)
      await seenHeading(page, heading).waitFor()
      assert.deepEqual(await axeSerious(page), [], `axe on ${name}`)
      normalSize[name] = await bodyFontSize(page)
    }
    await open(page, app.url, '/pages/index/index')
    await seen(page, '字太小？点这里换大字').click()
    await seen(page, '大字已打开，点这里变回小字').waitFor()
    for (const [name, route, heading] of PAGES) {
      await open(page, app.url, route)
      await seenHeading(page, heading).waitFor()
      assert.ok(await page.locator('.page.elder').locator('visible=true').count(), `${name} is in elder mode`)
      assert.deepEqual(await axeSerious(page), [], `axe on ${name} (elder)`)
      const size = await bodyFontSize(page)
      assert.ok(size >= 1.3 * (normalSize[name] ?? Infinity) - 0.01, `${name}: ${size}px vs ${normalSize[name]}px`)
      const small = await smallTapTargets(page)
      assert.deepEqual(small, [], `${name}: tap targets under 48 px`)
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${name} scrolls sideways`)
      await screenshot(page, `elder-${name}`)
    }
    await ctx.close()
  })
})

describe('search', () => {
  for (const [query, expected, heading] of [
    ['死亡', '余额提取：参保人去世', '余额能取出来吗'],
    ['家人', '绑定家人：医保服务窗口', '家庭共济'],
    ['12393', '12393', '医保余额怎么查'],
    ['提取', '余额提取：参保人去世', '余额能取出来吗'],
    ['去儿子那边看病', '去外地看病，医保能用吗？先办异地就医备案', '去外地看病'],
    ['异地住院怎么报销', '去外地看病，医保能用吗？先办异地就医备案', '去外地看病']
  ] as const) {
    it(`"${query}" finds ${expected} and opens it`, async () => {
      const ctx = await phone(app.browser)
      const page = await ctx.newPage()
      await chooseRegion(page, app.url, '天津', '天津')
      await open(page, app.url, '/pages/index/index')
      await page.locator('.search__input input').locator('visible=true').first().fill(query)
      const hit = page.locator('.search__hit').locator('visible=true').filter({ hasText: expected }).first()
      await hit.waitFor()
      await hit.click()
      await seenHeading(page, heading).waitFor()
      if (query === '死亡' || query === '提取') await seen(page, /要带的材料$/).waitFor()
      if (query === '家人') await seen(page, /· 开始前准备$/).waitFor()
      if (heading === '去外地看病') await seen(page, '去外地看病，医保能用吗？').waitFor()
      await ctx.close()
    })
  }
})

async function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = Array.from(document.querySelectorAll('.page')).find((e) => (e as HTMLElement).offsetParent !== null)
    return root ? parseFloat(getComputedStyle(root).fontSize) : 0
  })
}

async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('taro-button-core, [role="button"], [role="link"], [role="checkbox"], .search__input, .region-search'))
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 48)
      .map(({ e, r }) => `${(e.textContent ?? '').trim().slice(0, 20)} (${Math.round(r.height)}px)`)
  )
}
