/** Whole journeys as a new user would take them, in a real browser on the H5 build. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startApp } from './support/app'
import { phone, screenshot, seen, seenHeading, watchErrors } from './support/browser'
import { chooseRegion, open } from './support/user'

const app = startApp()

describe('journeys', () => {
  it('厦门: pick the city, find how to ask by phone, the call is offered', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await open(page, app.url, '/pages/index/index')
    await seen(page, '您的医保是哪个省办的？').waitFor()
    await seen(page, '以后再说，先看全国通用的').click()
    await chooseRegion(page, app.url, 'xm', '厦门')
    await open(page, app.url, '/pages/index/index')
    await seen(page, '福建 · 厦门').waitFor()
    await seen(page, '余额怎么查').click()
    await seenHeading(page, '医保余额怎么查').waitFor()
    await seen(page, '本程序看不到您的余额').waitFor()
    await seen(page, '拨打 0592-12393').waitFor()
    await screenshot(page, 'balance-xiamen')
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('天津: the family walkthrough survives a reload mid-way and goes to the end', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    await chooseRegion(page, app.url, '天津', '天津')
    await open(page, app.url, '/pages/family/index')
    await seenHeading(page, '家庭共济').waitFor()
    await seen(page, '天津').waitFor()
    const pathButtons = page.locator('.path-option').locator('visible=true')
    const firstPath = (await pathButtons.first().innerText()).trim()
    await pathButtons.first().click()
    await seen(page, /· 开始前准备$/).waitFor()
    await seen(page, '准备好了，开始').click()
    const label = await page.locator('.walk__label').locator('visible=true').first().innerText()
    const total = Number(/共 (\d+) 步/.exec(label)?.[1])
    assert.ok(total >= 2, `walkthrough has ${total} steps`)
    await seen(page, '下一步').click()
    await seen(page, `天津 · 第 2 步，共 ${total} 步`).waitFor()
    await screenshot(page, 'family-walkthrough')

    await page.reload()
    await seen(page, `天津 · 第 2 步，共 ${total} 步`).waitFor()
    assert.match(await page.locator('.walk__path').locator('visible=true').first().innerText(), new RegExp(firstPath.slice(0, 4)))

    for (let step = 3; step <= total; step++) {
      await seen(page, '下一步').click()
      await seen(page, `天津 · 第 ${step} 步，共 ${total} 步`).waitFor()
    }
    await seen(page, '下一步').click()
    await seen(page, /· 办完了$/).waitFor()
    await seen(page, '想解除怎么办').waitFor()
    await seen(page, '完成').click()
    await seen(page, '选一种您方便的办法：').waitFor()
    await ctx.close()
  })

  it('参保人去世: ticks on the checklist are kept after a reload', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    await chooseRegion(page, app.url, 'wh', '武汉')
    await open(page, app.url, '/pages/withdraw/index')
    await seen(page, '参保人去世').click()
    const items = page.locator('.checklist__item').locator('visible=true')
    const total = await items.count()
    assert.ok(total >= 3)
    await items.nth(0).click()
    await items.nth(2).click()
    await seen(page, /^已准备 2 \/ \d+ 项，点一下打勾$/).waitFor()
    await screenshot(page, 'withdraw-checklist')

    await page.reload()
    // the situation is remembered (shown ticked); tapping it again changes nothing
    await seen(page, /^(✓ )?参保人去世$/).click()
    await seen(page, /^已准备 2 \/ \d+ 项，点一下打勾$/).waitFor()
    assert.equal(await items.nth(0).getAttribute('aria-checked'), 'true')
    assert.equal(await items.nth(1).getAttribute('aria-checked'), 'false')
    assert.equal(await items.nth(2).getAttribute('aria-checked'), 'true')
    await ctx.close()
  })

  // Every place with one area code gets its own line, whether or not a file was written for it.
  for (const [code, name, number] of [
    ['630200', '海东', '0972-12393'],
    ['410200', '开封', '0371-12393'], // the data package still says 0378
    ['500000', '重庆', '023-12393'],
    ['150100', '呼和浩特', '0471-12393']
  ] as const) {
    it(`${name}: the balance guide offers its own ${number}`, async () => {
      const ctx = await phone(app.browser)
      const page = await ctx.newPage()
      const errors = watchErrors(page)
      await open(page, app.url, `/pages/balance/index?region=${code}`)
      await seenHeading(page, '医保余额怎么查').waitFor()
      await seen(page, `拨打 ${number}`).waitFor()
      // the local line takes the plain 12393 row's place; its how-to says a bare 12393 works locally
      assert.equal(await page.getByText('拨打 12393', { exact: true }).count(), 0)
      await page.getByText('打电话前准备什么').first().click()
      await seen(page, /直接拨 12393 也行/).waitFor()
      assert.deepEqual(errors, [])
      await ctx.close()
    })
  }

  it('济源 (a county-level 医保 area) can be chosen, and its guide dials 0391-12393', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    await chooseRegion(page, app.url, '济源', '济源')
    await open(page, app.url, '/pages/balance/index')
    await seen(page, '河南 · 济源').waitFor()
    await seen(page, '拨打 0391-12393').waitFor()
    await ctx.close()
  })

  it('医保钱包: a giver finds the walkthrough for a relative in another province', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await open(page, app.url, '/pages/family/index')
    await seenHeading(page, '家庭共济').waitFor()
    await page.locator('.path-option').locator('visible=true').filter({ hasText: '医保钱包' }).first().click()
    await seen(page, '准备好了，开始').click()
    await seen(page, '开通您的医保钱包').waitFor()
    await seen(page, '下一步').click()
    await seen(page, '家人开通他的医保钱包').waitFor()
    await seen(page, '下一步').click()
    await seen(page, '申请转账').waitFor()
    assert.ok(
      (await page
        .getByText(/2000 元/)
        .locator('visible=true')
        .count()) > 0,
      'the 2000 元 limit is shown'
    )
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('去外地看病: a 成都 grandmother living in 深圳 — the answer, which 备案, filing step by step after a reload, the claim list', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await chooseRegion(page, app.url, 'cd', '成都')
    await open(page, app.url, '/pages/index/index')
    await seen(page, '去外地看病').click()
    await seenHeading(page, '去外地看病').waitFor()
    await seen(page, '去外地看病，医保能用吗？').waitFor()
    await seen(page, /^能用/).waitFor()
    await seen(page, '拨打 028-12393').waitFor()
    await screenshot(page, 'yidi-answer')

    await seen(page, '在那边长住：养老、跟子女住、带孙子').click()
    await seen(page, '不是，或拿不准').click()
    await seen(page, '✓ 办“跨省异地长期居住”里的“异地长期居住人员”').waitFor()
    await seen(page, '下一步：怎么办备案').click()
    await page.locator('.path-option').locator('visible=true').filter({ hasText: '国家医保服务平台 APP' }).first().click()
    await seen(page, '准备好了，开始').click()
    await seen(page, /^成都 · 第 1 步，共 \d+ 步$/).waitFor()
    await seen(page, '下一步').click()
    await seen(page, /^成都 · 第 2 步，共 \d+ 步$/).waitFor()
    await screenshot(page, 'yidi-walkthrough')
    await page.reload()
    await seen(page, /^成都 · 第 2 步，共 \d+ 步$/).waitFor()

    await seen(page, /^没能直接结算：回参保地报销要带的材料/).click()
    const items = page.locator('#claim .checklist__item').locator('visible=true')
    await items.nth(0).click()
    await seen(page, /^已准备 1 \/ \d+ 项，点一下打勾$/).waitFor()
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('every page renders; screenshots for the README', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await chooseRegion(page, app.url, '厦门', '厦门')
    for (const [name, route, heading] of [
      ['home', '/pages/index/index', '医保指南'],
      ['balance', '/pages/balance/index', '医保余额怎么查'],
      ['family', '/pages/family/index', '家庭共济'],
      ['withdraw', '/pages/withdraw/index?situation=death', '余额能取出来吗'],
      ['yidi', '/pages/yidi/index', '去外地看病'],
      ['region', '/pages/region/index', '选择参保地'],
      ['about', '/pages/about/index', '关于医保指南']
    ] as const) {
      await open(page, app.url, route)
      await seenHeading(page, heading).waitFor()
      await screenshot(page, `page-${name}`)
    }
    assert.deepEqual(errors, [])
    await ctx.close()
  })
})
