/**
 * The share menu: what WeChat does when a user taps "转发" or "分享到朋友圈" in the top-right menu.
 * WeChat calls the page's onShareAppMessage / onShareTimeline and builds the card from what it returns; the
 * path on the card is what a friend opens later, so it is checked the way WeChat would resolve it.
 */
import type { AppShell } from './app-shell'
import { parsePageUrl } from './app-shell'
import { isRecord } from './call-log'
import type { DrawnImage } from './canvas'

export type ShareKind = 'appMessage' | 'timeline'

export interface ShareCard {
  kind: ShareKind
  title: string | undefined
  /** What a friend opens: '/pages/x/index?a=1'. */
  path: string
  route: string
  query: Record<string, string>
  imageUrl: string | undefined
  /** What the card's picture shows, when the app drew it itself (a temp file from canvasToTempFilePath). */
  image: DrawnImage | undefined
}

/** WeChat waits this long for `promise` in onShareAppMessage's result before using the plain fields. */
const SHARE_PROMISE_MS = 3000

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined
}

async function withPromise(value: unknown): Promise<Record<string, unknown>> {
  const base = isRecord(value) ? value : {}
  const p = base.promise
  if (!p || typeof (p as { then?: unknown }).then !== 'function') return base
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), SHARE_PROMISE_MS))
  const resolved: unknown = await Promise.race([p as Promise<unknown>, timeout])
  return isRecord(resolved) ? { ...base, ...resolved } : base
}

export interface ShareTrigger {
  /** 'menu': the top-right menu; 'button': a <button open-type="share"> on the page. */
  from: 'menu' | 'button'
  target?: { id: string; dataset: Record<string, unknown> }
}

/** A local picture must be one the app made this session: WeChat shows nothing for a path that is not there. */
function pictureOf(imageUrl: string | undefined, images: ReadonlyMap<string, DrawnImage>): DrawnImage | undefined {
  if (imageUrl === undefined || !imageUrl.startsWith('wxfile://')) return undefined
  const image = images.get(imageUrl)
  if (!image) throw new Error(`share: imageUrl "${imageUrl}" is not a file this app wrote (canvasToTempFilePath)`)
  return image
}

export async function share(
  shell: AppShell,
  pages: readonly string[],
  kind: ShareKind,
  trigger: ShareTrigger = { from: 'menu' },
  images: ReadonlyMap<string, DrawnImage> = new Map()
): Promise<ShareCard> {
  const top = shell.top
  if (!top) throw new Error('share: no page is open')
  const hasAppMessage = typeof top.page.instance.onShareAppMessage === 'function'
  // The menu items are greyed out unless the page defines the hooks; timeline also needs "send to chat".
  if (!hasAppMessage) {
    throw new Error(`share: ${top.route} does not define onShareAppMessage, so WeChat greys out sharing on this page`)
  }
  if (kind === 'timeline') {
    if (typeof top.page.instance.onShareTimeline !== 'function') {
      throw new Error(`share: ${top.route} does not define onShareTimeline, so WeChat hides "分享到朋友圈"`)
    }
    const res = await withPromise(shell.callTop('onShareTimeline').value)
    const query = str(res.query) ?? ''
    const path = `/${top.route}${query ? `?${query}` : ''}`
    const parsed = parsePageUrl(path, '')
    const imageUrl = str(res.imageUrl)
    return { kind, title: str(res.title), path, route: parsed.route, query: parsed.query, imageUrl, image: pictureOf(imageUrl, images) }
  }
  const res = await withPromise(shell.callTop('onShareAppMessage', { from: trigger.from, target: trigger.target }).value)
  const query = Object.entries(top.query)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const path = str(res.path) ?? `/${top.route}${query ? `?${query}` : ''}`
  if (!path.startsWith('/')) throw new Error(`share: path "${path}" must be a full path starting with "/"`)
  const parsed = parsePageUrl(path, '')
  if (!pages.includes(parsed.route)) {
    throw new Error(`share: path "${path}" points at "${parsed.route}", which is not a page of this app`)
  }
  const imageUrl = str(res.imageUrl)
  return { kind, title: str(res.title), path, route: parsed.route, query: parsed.query, imageUrl, image: pictureOf(imageUrl, images) }
}
