/** In a browser there is no WeChat share sheet: 「发给家人」 copies the page's own link instead of doing nothing. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startApp } from './support/app'
import { phone, seen } from './support/browser'
import { open } from './support/user'

const app = startApp()

describe('发给家人 in the browser', () => {
  it('copies a link that opens the same step', async () => {
    const ctx = await phone(app.browser)
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url })
    const page = await ctx.newPage()
    await open(page, app.url, '/pages/family/index?region=120000&path=counter&step=2')
    await seen(page, '复制链接发给家人（打开就是这一步）').click()
    // copied (toast), or, where the clipboard is refused, shown to copy by hand: either way the link
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '')
    const shown = await page.locator('.manual-copy').locator('visible=true').allInnerTexts().catch(() => [])
    const link = copied || shown.join(' ')
    assert.match(link, /#\/pages\/family\/index\?region=120000&path=counter&step=2/)
    await ctx.close()
  })
})
