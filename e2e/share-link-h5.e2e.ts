/** In a browser there is no WeChat share sheet: 「发给家人」 copies the card's title (the answer) with the link. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startApp } from './support/app'
import { phone, seen } from './support/browser'
import { open } from './support/user'

const app = startApp()

describe('发给家人 in the browser', () => {
  it('copies the step’s own instruction with a link that opens the same step; the one who opens it is not asked to send it on', async () => {
    const ctx = await phone(app.browser)
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
    const page = await ctx.newPage()
    await open(page, app.url, '/pages/family/index')
    await page.locator('.path-option').locator('visible=true').filter({ hasText: '医保服务窗口' }).first().click()
    await seen(page, '准备好了，开始').click()
    await seen(page, '下一步').click()
    const title = (await page.locator('.walk__title').locator('visible=true').first().innerText()).trim()
    await seen(page, '复制链接发给家人（打开就是这一步）').click()
    // copied, or, where the clipboard is refused, shown to copy by hand: either way the title, then the link.
    // The copy is asynchronous: wait for one of the two instead of reading once right after the tap.
    let text = ''
    for (let tries = 0; !text && tries < 50; tries++) {
      const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '')
      const shown = await page
        .locator('.manual-copy__text')
        .locator('visible=true')
        .allInnerTexts()
        .catch(() => [])
      text = copied || shown.join('\n')
      if (!text) await page.waitForTimeout(100)
    }
    const [first, link] = text.split('\n')
    assert.equal(first, `家庭共济第 2 步：${title}`)
    assert.match(link ?? '', /#\/pages\/family\/index\?path=counter&step=2$/)

    const other = await ctx.newPage()
    await other.goto(link ?? '')
    await seen(other, '您的家人发给您这一步：').waitFor()
    assert.equal(
      await other
        .getByText(/发给家人/)
        .locator('visible=true')
        .count(),
      0
    )
    await ctx.close()
  })
})
