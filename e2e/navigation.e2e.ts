import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startApp } from './support/app'
import { phone, screenshot, seen, seenHeading, watchErrors } from './support/browser'

const app = startApp()

describe('walking the app shell', () => {
  it('opens home, each task page, and comes back', async () => {
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await page.goto(`${app.url}/`)
    await seen(page, '余额怎么查').waitFor()
    await screenshot(page, 'home')
    for (const [card, heading] of [
      ['余额怎么查', '医保余额怎么查'],
      ['家人能用吗', '家庭共济'],
      ['钱能取出来吗', '余额能取出来吗'],
      ['去外地看病', '去外地看病']
    ] as const) {
      await seen(page, card).click()
      await seenHeading(page, heading).waitFor()
      assert.match(page.url(), /#\/pages\/(balance|family|withdraw|yidi)\/index/)
      await page.goBack()
      await seen(page, '余额怎么查').waitFor()
    }
    assert.deepEqual(errors, [])
    await ctx.close()
  })
})
