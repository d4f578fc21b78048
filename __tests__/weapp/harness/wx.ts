/**
 * The `wx` object the app's code sees: a double that behaves like WeChat where this app depends on it and records
 * every call in a CallLog. Taro copies `wx`'s own keys at start-up (processApis), so every API the app may use
 * must exist on the object before app.js runs; an API the double lacks simply does not exist for the app.
 *
 * Conventions copied from WeChat:
 * - async APIs call success/fail/complete later (never synchronously), and return a Promise only when no callback
 *   was given;
 * - results carry errMsg "<api>:ok" / "<api>:fail <reason>";
 * - sync APIs throw Error("<api>:fail <reason>").
 */
import { CallLog, isRecord, type WxCall } from './call-log'
import { StorageFailure, type WeappStorage } from './storage'
import { createCanvasDouble, type DrawnImage } from './canvas'
import type { WorkerHost } from './worker'

/** A failure WeChat would report through `fail`; `reason` is the text after "<api>:fail ". */
export class ApiFailure extends Error {
  constructor(
    readonly reason: string,
    readonly errno?: number
  ) {
    super(reason)
    this.name = 'ApiFailure'
  }
}

/** Routing is the app shell's job (it owns the page stack); the double only forwards. */
export interface Navigator {
  navigateTo(url: string): Promise<void>
  redirectTo(url: string): Promise<void>
  reLaunch(url: string): Promise<void>
  switchTab(url: string): Promise<void>
  navigateBack(delta: number): Promise<void>
}

export interface OutgoingRequest {
  url: string
  method: string
  header: Record<string, string>
  body: string | undefined
  timeout: number
}

export interface RawResponse {
  statusCode: number
  header: Record<string, string>
  body: string
}

/** How wx.request reaches a server: a real socket to 127.0.0.1 in node, or an in-process handler. */
export type RequestTransport = (req: OutgoingRequest) => Promise<RawResponse>

/**
 * 'agree': the user agreed to the privacy guide earlier, privacy APIs just work.
 * 'decline': not agreed yet. A privacy API first calls the app's onNeedPrivacyAuthorization listener (the app's own
 * prompt decides, e.g. when the test taps its button); with no listener WeChat's own popup is shown and declined.
 */
export type PrivacyMode = 'agree' | 'decline'

export interface WxDoubleOptions {
  storage: WeappStorage
  navigator: Navigator
  log: CallLog
  fontSizeSetting: number
  privacy: PrivacyMode
  /** app.json __usePrivacyCheck__: without it WeChat does not gate privacy APIs on the privacy guide. */
  usePrivacyCheck: boolean
  transport?: RequestTransport
  /** Errors thrown by the app's own callbacks: WeChat reports them to App.onError, the harness to the test. */
  onAppError: (error: unknown) => void
  launchOptions: () => Record<string, unknown>
  /** Whether a WXML selector ('#id', '.class') matches a node on the current page (for pageScrollTo). */
  matchesOnPage?: (selector: string) => boolean
  /** wx.createWorker's thread (worker.ts); without one the app.json has no workers */
  workers?: WorkerHost
  /** Whether app.json declares a workers root (preDownloadSubpackage with packageType 'workers' fails otherwise). */
  hasWorkers?: boolean
}

export interface WxDouble {
  /** The object installed as the global `wx`. */
  readonly wx: Record<string, unknown>
  readonly log: CallLog
  setFontSizeSetting(px: number): void
  /** What the next showModal answers (WeChat: what the user taps). Default: confirm. */
  answerModalsWith(answer: 'confirm' | 'cancel'): void
  /** What the next makePhoneCall does (WeChat shows a sheet the user may cancel). Default: call. */
  answerPhoneCallsWith(answer: 'call' | 'cancel'): void
  readonly clipboard: string
  readonly privacyAuthorized: boolean
  /** Privacy prompts the app was asked to show and has not answered yet. */
  readonly pendingPrivacyRequests: number
  /** The user tapped a <button open-type="agreePrivacyAuthorization"> with this id (see native.ts). */
  notePrivacyButton(id: string): void
  /** Pictures the app drew on an offscreen canvas and saved with canvasToTempFilePath, by temp path. */
  readonly images: ReadonlyMap<string, DrawnImage>
}

/** APIs WeChat gates behind the privacy guide (of those this double implements). */
const PRIVACY_APIS = new Set(['setClipboardData', 'getClipboardData'])

/**
 * Common WeChat APIs this double does not implement. They exist (so Taro wraps them as WeChat would offer them) but
 * fail loudly, so a new feature that needs one shows up as a clear failure instead of "x is not a function".
 */
const NOT_DOUBLED = [
  'getLocation',
  'chooseLocation',
  'openLocation',
  'chooseImage',
  'chooseMedia',
  'previewImage',
  'saveImageToPhotosAlbum',
  'downloadFile',
  'uploadFile',
  'openDocument',
  'login',
  'getUserProfile',
  'requestPayment',
  'requestSubscribeMessage',
  'scanCode',
  'addPhoneContact',
  'openEmbeddedMiniProgram',
  'setNavigationBarColor',
  'startPullDownRefresh',
  'stopPullDownRefresh',
  'showActionSheet',
  'getNetworkType',
  'onNetworkStatusChange',
  'createSelectorQuery',
  'createIntersectionObserver',
  'setScreenBrightness',
  'openSetting',
  'getSetting',
  'authorize'
] as const

type Callback = (res: Record<string, unknown>) => void

function callbackOf(opts: Record<string, unknown>, name: 'success' | 'fail' | 'complete'): Callback | undefined {
  const f = opts[name]
  return typeof f === 'function' ? (res) => (f as (r: unknown) => unknown)(res) : undefined
}

function typeName(value: unknown): string {
  if (value === null) return 'Null'
  if (Array.isArray(value)) return 'Array'
  const t = typeof value
  return t.charAt(0).toUpperCase() + t.slice(1)
}

/** WeChat's parameter check message, e.g. "parameter error: parameter.url should be String instead of Undefined;". */
function requireString(opts: Record<string, unknown>, field: string): string {
  const v = opts[field]
  if (typeof v !== 'string') {
    throw new ApiFailure(`parameter error: parameter.${field} should be String instead of ${typeName(v)};`)
  }
  return v
}

/** WeChat measures button texts in Chinese characters: two ASCII characters count as one. */
function chineseLength(s: string): number {
  let n = 0
  for (const ch of s) n += (ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1
  return n
}

function toQuery(data: unknown): string {
  if (!isRecord(data)) return ''
  return Object.entries(data)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`)
    .join('&')
}

export function createWxDouble(options: WxDoubleOptions): WxDouble {
  const { storage, navigator, log } = options
  let fontSizeSetting = options.fontSizeSetting
  let modalAnswer: 'confirm' | 'cancel' = 'confirm'
  let phoneAnswer: 'call' | 'cancel' = 'call'
  let clipboard = ''
  let privacyAuthorized = options.privacy === 'agree' || !options.usePrivacyCheck
  let pendingPrivacy = 0
  const agreeButtonsTapped = new Set<string>()
  const canvas = createCanvasDouble((reason) => new ApiFailure(reason))
  const privacyListeners: ((resolve: (answer: unknown) => void) => void)[] = []

  /** Runs an app callback; an exception in it is the app's bug, reported like WeChat's App.onError would. */
  function invoke(cb: Callback | undefined, res: Record<string, unknown>): void {
    if (!cb) return
    try {
      cb(res)
    } catch (error) {
      options.onAppError(error)
    }
  }

  function settleCall(call: WxCall, outcome: 'ok' | 'fail', errMsg: string): void {
    call.outcome = outcome
    call.errMsg = errMsg
  }

  function failure(api: string, error: unknown): Record<string, unknown> {
    if (error instanceof ApiFailure) {
      const res: Record<string, unknown> = { errMsg: `${api}:fail ${error.reason}` }
      if (error.errno !== undefined) res.errno = error.errno
      return res
    }
    // Not a WeChat-style failure: a bug in the double or in a navigation target. Surface it.
    options.onAppError(error)
    return { errMsg: `${api}:fail ${error instanceof Error ? error.message : String(error)}` }
  }

  /**
   * Wraps an implementation as a WeChat async API. `task` is what WeChat returns synchronously (RequestTask …).
   */
  function asyncApi(
    api: string,
    impl: (opts: Record<string, unknown>, call: WxCall) => Promise<Record<string, unknown>> | Record<string, unknown>,
    task?: () => Record<string, unknown>
  ): (arg?: unknown) => unknown {
    return (arg?: unknown) => {
      const opts = isRecord(arg) ? arg : {}
      const call = log.record(api, arg)
      const success = callbackOf(opts, 'success')
      const fail = callbackOf(opts, 'fail')
      const complete = callbackOf(opts, 'complete')
      const promise = new Promise<Record<string, unknown>>((resolve) => {
        // WeChat never calls back synchronously; code that relies on it would break on a phone.
        setTimeout(resolve, 0)
      })
        .then(() => impl(opts, call))
        .then(
          (result) => {
            const res = { errMsg: `${api}:ok`, ...result }
            settleCall(call, 'ok', String(res.errMsg))
            invoke(success, res)
            invoke(complete, res)
            return res
          },
          (error: unknown) => {
            const res = failure(api, error)
            settleCall(call, 'fail', String(res.errMsg))
            invoke(fail, res)
            invoke(complete, res)
            throw res
          }
        )
      if (!success && !fail && !complete && !task) return promise
      // The failure already went to `fail`; keep it from also surfacing as an unhandled rejection.
      promise.catch(() => undefined)
      return task ? task() : undefined
    }
  }

  function syncApi<A extends unknown[], R>(api: string, impl: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      const call = log.record(api, args.length <= 1 ? args[0] : args)
      try {
        const result = impl(...args)
        call.outcome = 'sync'
        return result
      } catch (error) {
        const reason = error instanceof StorageFailure || error instanceof ApiFailure ? error.reason : String(error)
        settleCall(call, 'fail', `${api}:fail ${reason}`)
        throw new Error(`${api}:fail ${reason}`)
      }
    }
  }

  async function ensurePrivacy(api: string, call: WxCall): Promise<void> {
    if (privacyAuthorized || !PRIVACY_APIS.has(api)) return
    let agreed = false
    if (privacyListeners.length > 0) {
      pendingPrivacy += 1
      try {
        agreed = await new Promise<boolean>((resolve) => {
          const answer = (res: unknown): void => {
            if (!isRecord(res) || res.event !== 'agree') return resolve(false)
            // WeChat only accepts "agree" with the id of an agreePrivacyAuthorization button the user tapped.
            const ok = typeof res.buttonId === 'string' && agreeButtonsTapped.has(res.buttonId)
            if (!ok) call.notes.push(`agree ignored: buttonId ${String(res.buttonId)} is not an agreePrivacyAuthorization button the user tapped`)
            resolve(ok)
          }
          for (const listener of privacyListeners) listener(answer)
        })
      } finally {
        pendingPrivacy -= 1
      }
    }
    if (!agreed) throw new ApiFailure('privacy permission is not authorized', 104)
    privacyAuthorized = true
  }

  const appBaseInfo = (): Record<string, unknown> => ({
    SDKVersion: '3.8.0',
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.54',
    theme: 'light',
    fontSizeSetting
  })
  const windowInfo = (): Record<string, unknown> => ({
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    // A page with the default navigation bar: screen minus status bar (47) and bar (44).
    windowHeight: 753,
    statusBarHeight: 47,
    screenTop: 91,
    safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 }
  })
  const deviceInfo = (): Record<string, unknown> => ({
    brand: 'iPhone',
    model: 'iPhone 14',
    system: 'iOS 17.5',
    platform: 'ios',
    benchmarkLevel: 1
  })

  const wx: Record<string, unknown> = {
    // Storage
    setStorageSync: syncApi('setStorageSync', (key: unknown, data: unknown) => storage.set(key, data)),
    getStorageSync: syncApi('getStorageSync', (key: unknown) =>
      // WeChat returns '' for a key that was never set.
      typeof key === 'string' && storage.has(key) ? storage.get(key) : ''
    ),
    removeStorageSync: syncApi('removeStorageSync', (key: unknown) => storage.remove(String(key))),
    clearStorageSync: syncApi('clearStorageSync', () => storage.clear()),
    getStorageInfoSync: syncApi('getStorageInfoSync', () => storage.info()),
    setStorage: asyncApi('setStorage', (o) => {
      storage.set(o.key, o.data)
      return {}
    }),
    getStorage: asyncApi('getStorage', (o) => ({ data: storage.get(requireString(o, 'key')) })),
    removeStorage: asyncApi('removeStorage', (o) => {
      storage.remove(requireString(o, 'key'))
      return {}
    }),
    clearStorage: asyncApi('clearStorage', () => {
      storage.clear()
      return {}
    }),
    getStorageInfo: asyncApi('getStorageInfo', () => storage.info()),

    // Routing (the shell owns the page stack)
    navigateTo: asyncApi('navigateTo', async (o) => {
      await navigator.navigateTo(requireString(o, 'url'))
      return { eventChannel: createEventChannel() }
    }),
    redirectTo: asyncApi('redirectTo', async (o) => {
      await navigator.redirectTo(requireString(o, 'url'))
      return {}
    }),
    reLaunch: asyncApi('reLaunch', async (o) => {
      await navigator.reLaunch(requireString(o, 'url'))
      return {}
    }),
    switchTab: asyncApi('switchTab', async (o) => {
      await navigator.switchTab(requireString(o, 'url'))
      return {}
    }),
    navigateBack: asyncApi('navigateBack', async (o) => {
      const delta = typeof o.delta === 'number' && o.delta >= 1 ? Math.floor(o.delta) : 1
      await navigator.navigateBack(delta)
      return {}
    }),

    // Interaction
    showToast: asyncApi('showToast', (o, call) => {
      const title = requireString(o, 'title')
      const icon = typeof o.icon === 'string' ? o.icon : 'success'
      // WeChat shows at most 7 Chinese characters with an icon, two lines without one.
      if (icon !== 'none' && chineseLength(title) > 7) call.notes.push(`title cut to 7 characters by WeChat: "${title}"`)
      return {}
    }),
    hideToast: asyncApi('hideToast', () => ({})),
    showLoading: asyncApi('showLoading', (o) => {
      requireString(o, 'title')
      return {}
    }),
    hideLoading: asyncApi('hideLoading', () => ({})),
    showModal: asyncApi('showModal', (o) => {
      const confirmText = typeof o.confirmText === 'string' ? o.confirmText : '确定'
      const cancelText = typeof o.cancelText === 'string' ? o.cancelText : '取消'
      if (chineseLength(confirmText) > 4) throw new ApiFailure('confirmText length should not larger than 4 Chinese characters')
      if (chineseLength(cancelText) > 4) throw new ApiFailure('cancelText length should not larger than 4 Chinese characters')
      const showCancel = o.showCancel !== false
      const confirm = modalAnswer === 'confirm' || !showCancel
      return { confirm, cancel: !confirm }
    }),
    pageScrollTo: asyncApi('pageScrollTo', (o, call) => {
      const selector = typeof o.selector === 'string' ? o.selector : undefined
      if (selector === undefined && typeof o.scrollTop !== 'number') {
        throw new ApiFailure('parameter error: one of parameter.scrollTop or parameter.selector is required;')
      }
      // Nothing scrolls in jsdom; what a test can check is that the target exists on the page.
      if (selector !== undefined && options.matchesOnPage && !options.matchesOnPage(selector)) {
        call.notes.push(`no node on the current page matches "${selector}": WeChat would not scroll`)
      }
      return {}
    }),
    setNavigationBarTitle: asyncApi('setNavigationBarTitle', (o) => {
      requireString(o, 'title')
      return {}
    }),
    vibrateShort: asyncApi('vibrateShort', () => ({})),

    // Canvas: offscreen 2D canvases and their pictures (canvas.ts)
    createOffscreenCanvas: syncApi('createOffscreenCanvas', (arg: unknown) => canvas.createOffscreenCanvas(arg)),
    canvasToTempFilePath: asyncApi('canvasToTempFilePath', (o) => canvas.toTempFile(o)),

    // Device
    makePhoneCall: asyncApi('makePhoneCall', (o) => {
      const phoneNumber = requireString(o, 'phoneNumber')
      if (phoneNumber.trim() === '') throw new ApiFailure('parameter error: parameter.phoneNumber should not be empty;')
      if (phoneAnswer === 'cancel') throw new ApiFailure('cancel')
      return {}
    }),
    setClipboardData: asyncApi('setClipboardData', async (o, call) => {
      const data = requireString(o, 'data')
      await ensurePrivacy('setClipboardData', call)
      clipboard = data
      return {}
    }),
    getClipboardData: asyncApi('getClipboardData', async (_o, call) => {
      await ensurePrivacy('getClipboardData', call)
      return { data: clipboard }
    }),

    navigateToMiniProgram: asyncApi('navigateToMiniProgram', (o) => {
      requireString(o, 'appId')
      // WeChat asks the user to confirm leaving; the double confirms. Tests assert on the logged appId.
      return {}
    }),

    // Network
    request: asyncApi(
      'request',
      async (o) => {
        const url = requireString(o, 'url')
        // Release builds may only call https hosts configured in the admin console.
        if (!/^https:\/\//.test(url) || !options.transport) throw new ApiFailure('url not in domain list')
        const method = (typeof o.method === 'string' ? o.method : 'GET').toUpperCase()
        const header: Record<string, string> = { 'content-type': 'application/json' }
        if (isRecord(o.header)) for (const [k, v] of Object.entries(o.header)) header[k.toLowerCase()] = String(v)
        let target = url
        let body: string | undefined
        if (method === 'GET') {
          const q = typeof o.data === 'string' ? o.data : toQuery(o.data)
          if (q) target += (url.includes('?') ? '&' : '?') + q
        } else if (o.data !== undefined) {
          const json = (header['content-type'] ?? '').includes('json')
          body = typeof o.data === 'string' ? o.data : json ? JSON.stringify(o.data) : toQuery(o.data)
        }
        const timeout = typeof o.timeout === 'number' ? o.timeout : 60000
        let raw: RawResponse
        try {
          raw = await options.transport({ url: target, method, header, body, timeout })
        } catch (error) {
          // Network trouble is an ordinary failure in WeChat ("request:fail timeout"), not a crash.
          throw new ApiFailure(error instanceof Error ? error.message : String(error))
        }
        let data: unknown = raw.body
        // dataType 'json' (the default) parses when it can and otherwise hands back the text, as WeChat does.
        if (o.dataType === undefined || o.dataType === 'json') {
          try {
            data = JSON.parse(raw.body) as unknown
          } catch {
            data = raw.body
          }
        }
        // Any HTTP status is a *success* in WeChat: a 404 arrives in `success` with statusCode 404.
        return { data, statusCode: raw.statusCode, header: raw.header, cookies: [] }
      },
      () => ({
        abort: () => undefined,
        onHeadersReceived: () => undefined,
        offHeadersReceived: () => undefined,
        onChunkReceived: () => undefined,
        offChunkReceived: () => undefined
      })
    ),

    // Workers (app.json "workers"; a worker root that is a subpackage is downloaded first)
    createWorker: syncApi('createWorker', (path: unknown, opts: unknown) => {
      if (!options.workers) throw new ApiFailure('app.json has no "workers" entry')
      try {
        return options.workers.create(path, opts)
      } catch (error) {
        throw new ApiFailure(error instanceof Error ? error.message.replace(/^createWorker:fail /, '') : String(error))
      }
    }),
    preDownloadSubpackage: asyncApi(
      'preDownloadSubpackage',
      (o) => {
        if (o.packageType !== 'workers') throw new ApiFailure('the harness downloads only the workers subpackage this way')
        if (!options.workers || !options.hasWorkers) throw new ApiFailure('app.json has no "workers" entry')
        options.workers.download()
        return {}
      },
      () => ({ onProgressUpdate: () => undefined })
    ),

    // Privacy (app.json __usePrivacyCheck__)
    onNeedPrivacyAuthorization: syncApi('onNeedPrivacyAuthorization', (listener: unknown) => {
      if (typeof listener === 'function') {
        privacyListeners.push((resolve) => (listener as (r: (answer: unknown) => void) => void)(resolve))
      }
    }),
    getPrivacySetting: asyncApi('getPrivacySetting', () => ({
      needAuthorization: !privacyAuthorized,
      privacyContractName: '《小程序隐私保护指引》'
    })),
    requirePrivacyAuthorize: asyncApi('requirePrivacyAuthorize', async (_o, call) => {
      await ensurePrivacy('setClipboardData', call)
      return {}
    }),
    openPrivacyContract: asyncApi('openPrivacyContract', () => ({})),

    // Share menu
    showShareMenu: asyncApi('showShareMenu', () => ({})),
    hideShareMenu: asyncApi('hideShareMenu', () => ({})),
    updateShareMenu: asyncApi('updateShareMenu', () => ({})),

    // Base information
    getAppBaseInfo: syncApi('getAppBaseInfo', appBaseInfo),
    getWindowInfo: syncApi('getWindowInfo', windowInfo),
    getDeviceInfo: syncApi('getDeviceInfo', deviceInfo),
    getSystemSetting: syncApi('getSystemSetting', () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait'
    })),
    // Deprecated by WeChat but still read by Taro (canIUseWebp) and by older libraries.
    getSystemInfoSync: syncApi('getSystemInfoSync', () => ({ ...deviceInfo(), ...windowInfo(), ...appBaseInfo() })),
    getSystemInfo: asyncApi('getSystemInfo', () => ({ ...deviceInfo(), ...windowInfo(), ...appBaseInfo() })),
    getLaunchOptionsSync: syncApi('getLaunchOptionsSync', () => options.launchOptions()),
    getEnterOptionsSync: syncApi('getEnterOptionsSync', () => options.launchOptions()),
    canIUse: syncApi('canIUse', (schema: unknown) => typeof schema === 'string' && typeof wx[schema.split('.')[0] ?? ''] === 'function'),
    nextTick: syncApi('nextTick', (fn: unknown) => {
      if (typeof fn === 'function') void Promise.resolve().then(() => (fn as () => void)())
    }),

    // App-level event registration: accepted and logged; the harness does not emit these events.
    onAppShow: syncApi('onAppShow', () => undefined),
    offAppShow: syncApi('offAppShow', () => undefined),
    onAppHide: syncApi('onAppHide', () => undefined),
    offAppHide: syncApi('offAppHide', () => undefined),
    onError: syncApi('onError', () => undefined),
    offError: syncApi('offError', () => undefined),
    onUnhandledRejection: syncApi('onUnhandledRejection', () => undefined),
    onThemeChange: syncApi('onThemeChange', () => undefined),
    onMemoryWarning: syncApi('onMemoryWarning', () => undefined),

    env: { USER_DATA_PATH: 'wxfile://usr' }
  }

  for (const api of NOT_DOUBLED) {
    wx[api] = (arg?: unknown) => {
      const call = log.record(api, arg)
      const message = `wx.${api} has no double in the weapp harness: add one to __tests__/weapp/harness/wx.ts`
      settleCall(call, 'fail', message)
      options.onAppError(new Error(message))
      throw new Error(message)
    }
  }

  return {
    wx,
    log,
    setFontSizeSetting: (px) => {
      fontSizeSetting = px
    },
    answerModalsWith: (answer) => {
      modalAnswer = answer
    },
    answerPhoneCallsWith: (answer) => {
      phoneAnswer = answer
    },
    get clipboard() {
      return clipboard
    },
    get privacyAuthorized() {
      return privacyAuthorized
    },
    get pendingPrivacyRequests() {
      return pendingPrivacy
    },
    notePrivacyButton: (id) => {
      agreeButtonsTapped.add(id)
    },
    images: canvas.images
  }
}

function createEventChannel(): Record<string, unknown> {
  return { emit: () => undefined, on: () => undefined, once: () => undefined, off: () => undefined }
}
