/**
 * A fake of the parts of @tarojs/taro the app uses. APIs are jest.fn() so tests
 * can assert on calls; storage is in memory; router params and share hooks are
 * settable/readable through the helpers at the bottom.
 */
import { useEffect } from 'react'

type Params = Record<string, string | undefined>
type ShareContent = { title?: string; path?: string; query?: string; imageUrl?: string; promise?: Promise<ShareContent> }

/** A 2D offscreen canvas that remembers what was written on it (jsdom has no canvas to draw on). */
interface FakeCanvas {
  width: number
  height: number
  texts: string[]
  getContext(type: string): unknown
}

function fakeCanvas(width: number, height: number): FakeCanvas {
  const canvas: FakeCanvas = {
    width,
    height,
    texts: [],
    getContext: (type) => {
      if (type !== '2d') return null
      const ctx = {
        font: '10px sans-serif',
        fillStyle: '#000',
        textBaseline: 'alphabetic',
        fillRect: () => undefined,
        fillText: (text: string) => void canvas.texts.push(text),
        // CJK a full em, the rest a little over half (close to a phone's sans-serif)
        measureText: (text: string) => {
          const px = Number(/(\d+)px/.exec(ctx.font)?.[1] ?? 10)
          let w = 0
          for (const ch of text) w += /[\u2e80-\uffef“”‘’…—]/.test(ch) ? px : px * 0.56
          return { width: w }
        }
      }
      return ctx
    }
  }
  return canvas
}

let drawnCount = 0

const state = {
  images: new Map<string, { width: number; height: number; texts: string[] }>(),
  storage: new Map<string, unknown>(),
  params: {} as Params,
  path: '/pages/index/index',
  shareAppMessage: null as null | ((opts?: unknown) => ShareContent),
  shareTimeline: null as null | (() => ShareContent),
  fontSizeSetting: 17,
  privacyListener: null as null | ((resolve: (o: { event: string; buttonId?: string }) => void) => void),
  showListeners: [] as Array<() => void>,
  scene: 1001,
  stackDepth: 2
}

/** Taro's lifecycle hooks run once per page, not on every render: mirror that. */
function useOnMount(fn: () => void | (() => void)): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- lifecycle callbacks run once, like Taro's
  useEffect(fn, [])
}

const ok = <T extends object>(extra?: T) => Promise.resolve({ errMsg: 'ok', ...(extra ?? {}) })

const Taro = {
  getStorageSync: jest.fn((key: string) => (state.storage.has(key) ? state.storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    state.storage.set(key, value)
  }),
  removeStorageSync: jest.fn((key: string) => {
    state.storage.delete(key)
  }),
  getStorageInfoSync: jest.fn(() => ({ keys: [...state.storage.keys()], currentSize: 0, limitSize: 10240 })),
  navigateTo: jest.fn((_o: { url: string }) => ok()),
  redirectTo: jest.fn((_o: { url: string }) => ok()),
  navigateBack: jest.fn((_o?: { delta?: number }) => ok()),
  makePhoneCall: jest.fn((_o: { phoneNumber: string }) => ok()),
  setClipboardData: jest.fn((_o: { data: string }) => ok()),
  showToast: jest.fn((_o: { title: string; icon?: string }) => ok()),
  hideToast: jest.fn(() => ok()),
  navigateToMiniProgram: jest.fn((_o: { appId: string; path?: string }) => ok()),
  createOffscreenCanvas: jest.fn((o: { type?: string; width?: number; height?: number }) => fakeCanvas(o.width ?? 300, o.height ?? 150)),
  canvasToTempFilePath: jest.fn((o: { canvas?: FakeCanvas; destWidth?: number; destHeight?: number }) => {
    if (!o.canvas) return Promise.reject({ errMsg: 'canvasToTempFilePath:fail canvas is required' })
    // temp paths stay unique for the whole run, as WeChat's do for a session (pictures are cached by path)
    const tempFilePath = `wxfile://tmp/card-${++drawnCount}.png`
    state.images.set(tempFilePath, { width: o.destWidth ?? o.canvas.width, height: o.destHeight ?? o.canvas.height, texts: [...o.canvas.texts] })
    return ok({ tempFilePath })
  }),
  request: jest.fn(),
  getAppBaseInfo: jest.fn(() => ({ fontSizeSetting: state.fontSizeSetting, SDKVersion: '3.0.0' })),
  onNeedPrivacyAuthorization: jest.fn((listener: typeof state.privacyListener) => {
    state.privacyListener = listener
  }),
  /** two pages by default, so Back has somewhere to go; setStackDepth(1) for a page opened from a link */
  getCurrentPages: jest.fn(() => Array.from({ length: state.stackDepth }, () => ({}))),
  pageScrollTo: jest.fn((_o: { selector?: string; scrollTop?: number; duration?: number }) => ok()),
  getLaunchOptionsSync: jest.fn(() => ({ scene: state.scene, path: state.path, query: state.params })),
  useRouter: () => ({ params: state.params, path: state.path }),
  useLaunch: (fn: () => void) => useOnMount(fn),
  useDidShow: (fn: () => void) =>
    useOnMount(() => {
      fn()
      state.showListeners.push(fn)
      return () => {
        state.showListeners = state.showListeners.filter((f) => f !== fn)
      }
    }),
  useShareAppMessage: (fn: (opts?: unknown) => ShareContent) => {
    state.shareAppMessage = fn
  },
  useShareTimeline: (fn: () => ShareContent) => {
    state.shareTimeline = fn
  },
  useReady: (fn: () => void) => useOnMount(fn)
}

export default Taro
export const { useRouter, useLaunch, useDidShow, useShareAppMessage, useShareTimeline, useReady } = Taro

// ---- helpers for tests ----
export function resetTaroFake(): void {
  // state.images is kept: the app keeps drawn pictures by path for its session, and paths never repeat
  state.storage.clear()
  state.params = {}
  state.path = '/pages/index/index'
  state.shareAppMessage = null
  state.shareTimeline = null
  state.fontSizeSetting = 17
  state.privacyListener = null
  state.showListeners = []
  state.scene = 1001
  state.stackDepth = 2
}
export function setStackDepth(depth: number): void {
  state.stackDepth = depth
}
/** 1154: opened from Moments (单页模式) */
export function setScene(scene: number): void {
  state.scene = scene
}
export function setRoute(path: string, params: Params = {}): void {
  state.path = path
  state.params = params
}
export const fakeStorage = state.storage
export function setFontSizeSetting(px: number): void {
  state.fontSizeSetting = px
}
export function shareOf(): { app: ShareContent | null; timeline: ShareContent | null } {
  return { app: state.shareAppMessage?.() ?? null, timeline: state.shareTimeline?.() ?? null }
}
/** The chat card as WeChat builds it: waits for the page's `promise` (a picture being drawn) as WeChat does. */
export async function sharedCard(): Promise<ShareContent & { image?: { width: number; height: number; texts: string[] } }> {
  const content = (state.shareAppMessage?.() ?? {}) as ShareContent & { promise?: Promise<ShareContent> }
  const { promise, ...plain } = content
  const card = promise ? { ...plain, ...(await promise) } : plain
  return { ...card, image: card.imageUrl ? state.images.get(card.imageUrl) : undefined }
}
export function triggerPrivacyRequest(resolve: (o: { event: string; buttonId?: string }) => void): void {
  state.privacyListener?.(resolve)
}
export function fireDidShow(): void {
  for (const f of state.showListeners) f()
}
