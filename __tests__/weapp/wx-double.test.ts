/**
 * The wx double on its own: it must fail where WeChat fails, with WeChat's messages, or tests on it would pass
 * code that breaks on a phone.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CallLog, ITEM_LIMIT_BYTES, STORAGE_FAIL, TOTAL_LIMIT_BYTES, WeappStorage } from './harness'
import { httpTransport, handlerTransport } from './harness/request'
import { createWxDouble, type Navigator, type PrivacyMode, type RequestTransport, type WxDouble } from './harness/wx'

type Api = (arg?: unknown, ...rest: unknown[]) => unknown

const noNavigation: Navigator = {
  navigateTo: async () => undefined,
  redirectTo: async () => undefined,
  reLaunch: async () => undefined,
  switchTab: async () => undefined,
  navigateBack: async () => undefined
}

function double(opts: { privacy?: PrivacyMode; transport?: RequestTransport; storage?: WeappStorage; fontSizeSetting?: number } = {}): {
  d: WxDouble
  api: (name: string) => Api
  appErrors: unknown[]
} {
  const appErrors: unknown[] = []
  const d = createWxDouble({
    storage: opts.storage ?? new WeappStorage(),
    navigator: noNavigation,
    log: new CallLog(),
    fontSizeSetting: opts.fontSizeSetting ?? 17,
    privacy: opts.privacy ?? 'agree',
    usePrivacyCheck: true,
    transport: opts.transport,
    onAppError: (e) => appErrors.push(e),
    launchOptions: () => ({})
  })
  const api = (name: string): Api => {
    const f = d.wx[name]
    if (typeof f !== 'function') throw new Error(`wx.${name} missing`)
    return f as Api
  }
  return { d, api, appErrors }
}

/** wx.request returns a RequestTask, never a Promise (as in WeChat): collect its callback instead. */
function viaCallbacks(f: Api, opts: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => void f({ ...opts, success: resolve, fail: reject }))
}

const mb = (n: number): string => 'a'.repeat(Math.floor(n))

describe('storage double', () => {
  test('1 MB per key: sync throws, async fails, both with WeChat’s message', async () => {
    const { api, d } = double()
    expect(() => api('setStorageSync')('big', mb(ITEM_LIMIT_BYTES + 10))).toThrow(`setStorageSync:fail ${STORAGE_FAIL.itemTooLarge}`)
    await expect(api('setStorage')({ key: 'big', data: mb(ITEM_LIMIT_BYTES + 10) })).rejects.toEqual({
      errMsg: 'setStorage:fail exceed storage item max length'
    })
    // Just under the limit is fine.
    api('setStorageSync')('ok', mb(ITEM_LIMIT_BYTES - 10))
    expect(d.log.last('setStorageSync')?.outcome).toBe('sync')
    expect(d.log.of('setStorageSync')[0]?.errMsg).toBe('setStorageSync:fail exceed storage item max length')
  })

  test('multi-byte text counts in UTF-8 bytes: 400k Chinese characters are over 1 MB', () => {
    const { api } = double()
    expect(() => api('setStorageSync')('zh', '医'.repeat(400_000))).toThrow(/exceed storage item max length/)
  })

  test('10 MB in all: the write that crosses it fails, replacing a value does not count twice', async () => {
    const storage = new WeappStorage()
    const { api } = double({ storage })
    const chunk = mb(1_000_000)
    for (let i = 0; i < 10; i++) api('setStorageSync')(`k${i}`, chunk)
    expect(storage.usedBytes()).toBeLessThanOrEqual(TOTAL_LIMIT_BYTES)
    const fail = jest.fn()
    const complete = jest.fn()
    api('setStorage')({ key: 'k10', data: mb(600_000), fail, complete })
    await new Promise((r) => setTimeout(r, 10))
    expect(fail).toHaveBeenCalledWith({ errMsg: 'setStorage:fail exceed storage max size 10MB' })
    expect(complete).toHaveBeenCalledTimes(1)
    expect(() => api('setStorageSync')('k10', mb(600_000))).toThrow('setStorageSync:fail exceed storage max size 10MB')
    // Overwriting k0 with the same size fits: the old value is released first.
    expect(() => api('setStorageSync')('k0', chunk)).not.toThrow()
    expect(storage.has('k10')).toBe(false)
    expect(api('getStorageInfoSync')()).toMatchObject({ limitSize: 10240, keys: expect.arrayContaining(['k0', 'k9']) })
  })

  test('reads: missing key is "" (sync) or "data not found" (async); values are copies; Date survives', async () => {
    const { api } = double()
    expect(api('getStorageSync')('nope')).toBe('')
    await expect(api('getStorage')({ key: 'nope' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
    const progress = { step: 2, done: ['a'] }
    api('setStorageSync')('progress', progress)
    progress.done.push('b')
    const read = api('getStorageSync')('progress') as { done: string[] }
    expect(read).toEqual({ step: 2, done: ['a'] })
    read.done.push('c')
    expect(api('getStorageSync')('progress')).toEqual({ step: 2, done: ['a'] })
    const when = new Date('2025-01-02T03:04:05Z')
    api('setStorageSync')('when', when)
    expect(api('getStorageSync')('when')).toEqual(when)
    await expect(api('getStorage')({ key: 'progress' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: { step: 2, done: ['a'] } })
  })

  test('a non-string key is a parameter error', () => {
    const { api } = double()
    expect(() => api('setStorageSync')(undefined, 1)).toThrow(
      'setStorageSync:fail parameter error: parameter.key should be String instead of Undefined;'
    )
  })

  test('storage outlives the double that wrote it (the app being killed)', () => {
    const storage = new WeappStorage()
    double({ storage }).api('setStorageSync')('region', '110000')
    expect(double({ storage }).api('getStorageSync')('region')).toBe('110000')
  })
})

describe('async conventions', () => {
  test('callbacks run later, never during the call; no callback means a Promise', async () => {
    const { api } = double()
    const success = jest.fn()
    const returned = api('showToast')({ title: '已复制', success })
    expect(returned).toBeUndefined()
    expect(success).not.toHaveBeenCalled()
    await new Promise((r) => setTimeout(r, 5))
    expect(success).toHaveBeenCalledWith({ errMsg: 'showToast:ok' })
    await expect(api('showToast')({ title: '已复制' })).resolves.toEqual({ errMsg: 'showToast:ok' })
  })

  test('an exception in the app’s success callback is reported, not swallowed', async () => {
    const { api, appErrors } = double()
    api('showToast')({
      title: 'x',
      success: () => {
        throw new Error('app bug')
      }
    })
    await new Promise((r) => setTimeout(r, 5))
    expect(appErrors).toEqual([new Error('app bug')])
  })

  test('the log notes a toast title WeChat would cut off', async () => {
    const { api, d } = double()
    await api('showToast')({ title: '清单已经保存到手机里了' })
    await api('showToast')({ title: '清单已经保存到手机里了', icon: 'none' })
    expect(d.log.of('showToast').map((c) => c.notes.length)).toEqual([1, 0])
  })

  test('showModal answers as set and refuses button texts over 4 Chinese characters', async () => {
    const { api, d } = double()
    await expect(api('showModal')({ title: '提示', content: '确定?' })).resolves.toMatchObject({ confirm: true, cancel: false })
    d.answerModalsWith('cancel')
    await expect(api('showModal')({ title: '提示' })).resolves.toMatchObject({ confirm: false, cancel: true })
    await expect(api('showModal')({ title: '提示', confirmText: '我知道了啊' })).rejects.toEqual({
      errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters'
    })
  })

  test('makePhoneCall records the number; the user may cancel the sheet', async () => {
    const { api, d } = double()
    await api('makePhoneCall')({ phoneNumber: '12393' })
    d.answerPhoneCallsWith('cancel')
    await expect(api('makePhoneCall')({ phoneNumber: '12393' })).rejects.toEqual({ errMsg: 'makePhoneCall:fail cancel' })
    expect(d.log.argsOf('makePhoneCall').map((a) => a.phoneNumber)).toEqual(['12393', '12393'])
  })

  test('getAppBaseInfo reports the font size setting, which can change', () => {
    const { api, d } = double({ fontSizeSetting: 24 })
    expect(api('getAppBaseInfo')()).toMatchObject({ fontSizeSetting: 24 })
    d.setFontSizeSetting(17)
    expect(api('getAppBaseInfo')()).toMatchObject({ fontSizeSetting: 17 })
  })

  test('an API without a double fails loudly', () => {
    const { api, appErrors } = double()
    expect(() => api('getLocation')({})).toThrow(/no double in the weapp harness/)
    expect(appErrors).toHaveLength(1)
  })
})

describe('privacy (app.json __usePrivacyCheck__)', () => {
  test('agreed: the clipboard works', async () => {
    const { api, d } = double({ privacy: 'agree' })
    await api('setClipboardData')({ data: '清单' })
    expect(d.clipboard).toBe('清单')
  })

  test('declined with no prompt of the app’s own: WeChat’s popup is declined, errno 104', async () => {
    const { api, d } = double({ privacy: 'decline' })
    await expect(api('setClipboardData')({ data: '清单' })).rejects.toEqual({
      errMsg: 'setClipboardData:fail privacy permission is not authorized',
      errno: 104
    })
    expect(d.clipboard).toBe('')
  })

  test('declined: the app’s onNeedPrivacyAuthorization listener decides', async () => {
    const { api, d } = double({ privacy: 'decline' })
    const answers: ((a: unknown) => void)[] = []
    api('onNeedPrivacyAuthorization')((resolve: (a: unknown) => void) => answers.push(resolve))
    const first = api('setClipboardData')({ data: 'one' }) as Promise<unknown>
    await new Promise((r) => setTimeout(r, 5))
    expect(d.pendingPrivacyRequests).toBe(1)
    answers[0]?.({ event: 'disagree' })
    await expect(first).rejects.toMatchObject({ errno: 104 })
    // "agree" counts only with the id of an agreePrivacyAuthorization button the user really tapped.
    const ignored = api('setClipboardData')({ data: 'ignored' }) as Promise<unknown>
    await new Promise((r) => setTimeout(r, 5))
    answers[1]?.({ event: 'agree', buttonId: 'privacy-agree' })
    await expect(ignored).rejects.toMatchObject({ errno: 104 })
    expect(d.log.last('setClipboardData')?.notes[0]).toMatch(/not an agreePrivacyAuthorization button/)
    const second = api('setClipboardData')({ data: 'two' }) as Promise<unknown>
    await new Promise((r) => setTimeout(r, 5))
    d.notePrivacyButton('privacy-agree')
    answers[2]?.({ event: 'agree', buttonId: 'privacy-agree' })
    await expect(second).resolves.toEqual({ errMsg: 'setClipboardData:ok' })
    expect(d.clipboard).toBe('two')
    expect(d.privacyAuthorized).toBe(true)
  })
})

describe('request', () => {
  let server: Server
  let origin = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith('/policies')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: req.url, host: req.headers.host }))
      } else res.writeHead(404).end('not here')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  test('goes to the test server on 127.0.0.1 with the app’s path; a 404 is still "success"', async () => {
    const { api } = double({ transport: httpTransport(origin) })
    await expect(viaCallbacks(api('request'), { url: 'https://yibao.example.com/policies/110000.json', data: { v: 2 } })).resolves.toEqual(
      expect.objectContaining({
        errMsg: 'request:ok',
        statusCode: 200,
        data: { path: '/policies/110000.json?v=2', host: 'yibao.example.com' }
      })
    )
    await expect(viaCallbacks(api('request'), { url: 'https://yibao.example.com/missing' })).resolves.toMatchObject({
      statusCode: 404,
      data: 'not here'
    })
  })

  test('plain http, or no server configured, fails like a domain missing from the admin console', async () => {
    const { api } = double({ transport: httpTransport(origin) })
    await expect(viaCallbacks(api('request'), { url: 'http://yibao.example.com/x' })).rejects.toEqual({
      errMsg: 'request:fail url not in domain list'
    })
    await expect(viaCallbacks(double().api('request'), { url: 'https://yibao.example.com/x' })).rejects.toEqual({
      errMsg: 'request:fail url not in domain list'
    })
  })

  test('an in-process handler answers too, and the call returns a RequestTask', async () => {
    const { api } = double({ transport: handlerTransport((req) => ({ data: { method: req.method, body: req.body } })) })
    const success = jest.fn()
    const task = api('request')({ url: 'https://yibao.example.com/a', method: 'POST', data: { a: 1 }, success }) as Record<string, unknown>
    expect(typeof task.abort).toBe('function')
    await new Promise((r) => setTimeout(r, 10))
    expect(success).toHaveBeenCalledWith(expect.objectContaining({ data: { method: 'POST', body: '{"a":1}' } }))
  })

  test('only loopback servers are accepted as targets', () => {
    expect(() => httpTransport('http://10.0.0.5:80')).toThrow(/127\.0\.0\.1/)
  })
})

describe('offscreen canvas double', () => {
  type Ctx = { font: string; fillText(t: string, x: number, y: number): void; measureText(t: string): { width: number } }
  type Canvas = { width: number; height: number; getContext(type: string): Ctx | null }

  test('a 2D canvas records what is written and measures text; canvasToTempFilePath keeps it under a temp path', async () => {
    const { api, d } = double()
    const canvas = api('createOffscreenCanvas')({ type: '2d', width: 1000, height: 800 }) as Canvas
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D context')
    ctx.font = 'bold 84px sans-serif'
    expect(ctx.measureText('家庭共济').width).toBe(4 * 84)
    ctx.fillText('家庭共济', 48, 40)
    const res = (await api('canvasToTempFilePath')({ canvas, destWidth: 1000, destHeight: 800 })) as { tempFilePath: string; errMsg: string }
    expect(res.errMsg).toBe('canvasToTempFilePath:ok')
    expect(d.images.get(res.tempFilePath)).toMatchObject({ width: 1000, height: 800, texts: ['家庭共济'], sizes: [84] })
  })

  test('as in WeChat, a canvas created without type 2d is a webgl one and gives no 2D context', () => {
    const { api } = double()
    const canvas = api('createOffscreenCanvas')({ width: 100, height: 100 }) as Canvas
    expect(canvas.getContext('2d')).toBeNull()
  })

  test('canvasToTempFilePath fails without an offscreen canvas of the app’s, with WeChat’s message shape', async () => {
    const { api, d } = double()
    await expect(api('canvasToTempFilePath')({ canvas: { width: 10, height: 10 } })).rejects.toEqual({
      errMsg: 'canvasToTempFilePath:fail parameter error: parameter.canvas should be a Canvas;'
    })
    await expect(api('canvasToTempFilePath')({})).rejects.toMatchObject({ errMsg: expect.stringMatching(/^canvasToTempFilePath:fail /) })
    expect(d.images.size).toBe(0)
  })
})
