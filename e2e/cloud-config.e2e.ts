/**
 * The H5 build wired to a test config server (TARO_APP_POLICY_URL=/test-config/policies.json):
 * a newer signed config appears without a restart; a broken one leaves the app working.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { copy, realBundle, signed } from '../__tests__/support/policyFixtures'
import { H5_CLOUD_DIR, startApp } from './support/app'
import { phone, seen, seenHeading, watchErrors } from './support/browser'
import { open } from './support/user'

const MARK = '（测试：云端新版本的厦门提示）'
let respond: (req: IncomingMessage, res: ServerResponse) => void = (_q, res) => res.writeHead(404).end()
let hits = 0

const app = startApp((req, res) => {
  if (!req.url?.startsWith('/test-config/policies.json')) return false
  hits++
  respond(req, res)
  return true
}, H5_CLOUD_DIR)

function newer(): string {
  const b = copy(realBundle())
  b.version += 1
  const xm = b.regions['350200']
  if (!xm) throw new Error('fixture: 350200 missing')
  // first, so it is the one balance note shown above the fold
  xm.notes = [{ id: 'cloud-mark', text: MARK, topics: ['balance'], sources: [xm.sources[0]?.id ?? ''] }, ...(xm.notes ?? [])]
  return signed(b)
}

describe('cloud config in the browser', () => {
  it('shows the embedded data at once, then the newer cloud config without a reload', async () => {
    const body = newer()
    // The answer is held back a moment so the page is seen on the embedded data first.
    respond = (_q, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json', etag: '"t1"' }).end(body), 1200)
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    const errors = watchErrors(page)
    await open(page, app.url, '/pages/balance/index?region=350200')
    await seenHeading(page, '医保余额怎么查').waitFor()
    assert.equal(await page.getByText(MARK).count(), 0, 'the cloud version was not there before the refresh')
    const navigations: string[] = []
    page.on('framenavigated', (f) => navigations.push(f.url()))
    await seen(page, MARK).waitFor()
    assert.deepEqual(navigations, [], 'no reload happened')
    assert.ok(hits >= 1)

    // A portal page afterwards: the app keeps the last good data and calls it a fetch problem, quietly.
    respond = (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>')
    await page.reload()
    await seen(page, MARK).waitFor()
    await seen(page, /暂时没能获取最新政策信息/).waitFor()
    // A signed config with a scam number: refused, and nothing of it on screen.
    const scam = copy(realBundle())
    scam.version += 2
    scam.national.myths[0] = { ...scam.national.myths[0]!, fact: '请拨打 400-123-4567 办理' }
    respond = (_q, res) => res.writeHead(200, { 'content-type': 'application/json', etag: '"scam"' }).end(signed(scam))
    await page.reload()
    await seen(page, MARK).waitFor()
    await seen(page, /没有通过安全检查/).waitFor()
    assert.equal(await page.getByText(/400-123-4567/).count(), 0)
    // and it still works: another guide opens
    await open(page, app.url, '/pages/family/index?region=350200')
    await seenHeading(page, '家庭共济').waitFor()
    assert.deepEqual(errors, [])
    await ctx.close()
  })

  it('a server that is down: a first-time user gets the embedded data and a quiet notice, never a blank page', async () => {
    respond = (_q, res) => res.writeHead(500).end('oops')
    const ctx = await phone(app.browser)
    const page = await ctx.newPage()
    await open(page, app.url, '/pages/withdraw/index?region=420100')
    await seenHeading(page, '余额能取出来吗').waitFor()
    await seen(page, /暂时没能获取最新政策信息/).waitFor()
    await seen(page, '参保人去世').waitFor()
    await ctx.close()
  })
})
