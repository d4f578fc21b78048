/**
 * What WeChat's framework does around the components, and what glass-easel-miniprogram-adapter leaves out:
 * App() and getApp(), the page stack and getCurrentPages(), page routes and query, and the order of lifecycles
 * (App onLaunch/onShow, page onLoad → onShow → onReady, onHide when covered, onUnload when removed).
 */
import { isRecord } from './call-log'
import type { MountedPage, PageInstance, PageMounter } from './pages'
import { posix } from './path'
import { ApiFailure, type Navigator } from './wx'

/** WeChat keeps at most 10 pages on the stack; navigateTo past that fails. */
export const MAX_STACK = 10

export interface LaunchOptions extends Record<string, unknown> {
  path: string
  query: Record<string, string>
  scene: number
  referrerInfo: Record<string, unknown>
  apiCategory: string
}

export interface StackEntry {
  readonly route: string
  readonly query: Record<string, string>
  readonly page: MountedPage
}

export interface AppShellOptions {
  pages: readonly string[]
  tabBarPages: readonly string[]
  mount: PageMounter
  /** A lifecycle or App() callback threw: WeChat logs it to App.onError and carries on; the harness records it. */
  onAppError: (error: unknown) => void
  /** Loads the page's subpackage if it is not loaded yet (WeChat downloads and injects it before the page). */
  beforeMount?: (route: string) => void
}

export interface ParsedUrl {
  route: string
  query: Record<string, string>
}

/**
 * Resolves a WeChat page URL. Relative URLs are relative to the current page; query values are handed to onLoad
 * as written (WeChat does not decode them).
 */
export function parsePageUrl(url: string, fromRoute: string): ParsedUrl {
  const [rawPath = '', rawQuery = ''] = url.split('?', 2)
  const route = rawPath.startsWith('/') ? posix.normalize(rawPath) : posix.join(posix.dirname(fromRoute), rawPath)
  const query: Record<string, string> = {}
  for (const part of rawQuery.split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    if (eq < 0) query[part] = ''
    else query[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return { route, query }
}

export class AppShell implements Navigator {
  private app: Record<string, unknown> | undefined
  private readonly entries: StackEntry[] = []
  private queue: Promise<void> = Promise.resolve()
  private pending = 0
  private launch: LaunchOptions | undefined
  private hiddenApp = false

  constructor(private readonly options: AppShellOptions) {}

  /** The globals app.js expects; created once so Taro can capture them at start-up. */
  globals(): Record<string, unknown> {
    return {
      App: (config: unknown) => {
        if (this.app) throw new Error('App() may only be called once')
        // WeChat uses the object itself as the app instance (Taro keeps methods on its prototype).
        this.app = isRecord(config) ? config : {}
      },
      getApp: () => this.app,
      getCurrentPages: () => this.entries.map((e) => e.page.instance)
    }
  }

  get stack(): readonly StackEntry[] {
    return this.entries
  }

  get top(): StackEntry | undefined {
    return this.entries[this.entries.length - 1]
  }

  /** Navigations that have been asked for and not finished (taps can queue several, as on a phone). */
  get busy(): boolean {
    return this.pending > 0
  }

  get launchOptions(): LaunchOptions {
    return this.launch ?? { path: '', query: {}, scene: 1001, referrerInfo: {}, apiCategory: 'default' }
  }

  get launched(): boolean {
    return this.launch !== undefined
  }

  /** Cold start on `url`: App.onLaunch and onShow, then the page. `scene` 1007 is a chat share card, 1001 the list. */
  start(url: string, scene: number): Promise<void> {
    return this.enqueue(async () => {
      if (!this.app) throw new Error('app.js did not call App()')
      const { route, query } = this.checkRoute(url, '')
      this.launch = { path: route, query, scene, referrerInfo: {}, apiCategory: 'default' }
      this.callApp('onLaunch', { ...this.launch })
      this.callApp('onShow', { ...this.launch })
      await this.push(route, query)
    })
  }

  /** The user leaves WeChat (home button) and comes back: App and top page onHide, then onShow. */
  async background(): Promise<void> {
    await this.enqueue(async () => {
      const top = this.top
      if (top) this.callPage(top.page, 'onHide')
      this.callApp('onHide')
      this.hiddenApp = true
    })
  }

  async foreground(): Promise<void> {
    await this.enqueue(async () => {
      if (!this.hiddenApp) return
      this.hiddenApp = false
      this.callApp('onShow', { ...this.launchOptions, scene: 1089 })
      const top = this.top
      if (top) this.callPage(top.page, 'onShow')
    })
  }

  navigateTo(url: string): Promise<void> {
    return this.enqueue(async () => {
      const { route, query } = this.checkRoute(url)
      if (this.options.tabBarPages.includes(route)) throw new ApiFailure('can not navigateTo a tabbar page')
      if (this.entries.length >= MAX_STACK) throw new ApiFailure('webview count limit exceed')
      const below = this.top
      if (below) {
        this.callPage(below.page, 'onHide')
        below.page.hide()
      }
      await this.push(route, query)
    })
  }

  redirectTo(url: string): Promise<void> {
    return this.enqueue(async () => {
      const { route, query } = this.checkRoute(url)
      if (this.options.tabBarPages.includes(route)) throw new ApiFailure('can not redirectTo a tabbar page')
      this.popTop()
      await this.push(route, query)
    })
  }

  reLaunch(url: string): Promise<void> {
    return this.enqueue(async () => {
      const { route, query } = this.checkRoute(url)
      while (this.entries.length > 0) this.popTop()
      await this.push(route, query)
    })
  }

  switchTab(url: string): Promise<void> {
    return this.enqueue(async () => {
      const { route } = this.checkRoute(url)
      if (!this.options.tabBarPages.includes(route)) throw new ApiFailure('can not switch to no-tabBar page')
      while (this.entries.length > 0) this.popTop()
      await this.push(route, {})
    })
  }

  navigateBack(delta: number): Promise<void> {
    return this.enqueue(async () => {
      if (this.entries.length <= 1) throw new ApiFailure('cannot navigate back at first page.')
      const n = Math.min(delta, this.entries.length - 1)
      for (let i = 0; i < n; i++) this.popTop()
      const top = this.top
      if (top) {
        top.page.show()
        this.callPage(top.page, 'onShow')
      }
    })
  }

  /** Tears every page down (onUnload), e.g. before a rebuilt harness takes over the document. */
  destroy(): void {
    while (this.entries.length > 0) this.popTop()
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    this.pending += 1
    const run = this.queue.then(step)
    // One failed navigation must not block the ones after it.
    this.queue = run.then(
      () => undefined,
      () => undefined
    )
    return run.finally(() => {
      this.pending -= 1
    })
  }

  private checkRoute(url: string, from = this.top?.route ?? ''): ParsedUrl {
    const parsed = parsePageUrl(url, from)
    if (!this.options.pages.includes(parsed.route)) {
      throw new ApiFailure(`page "${parsed.route}" is not found`)
    }
    return parsed
  }

  private async push(route: string, query: Record<string, string>): Promise<void> {
    this.options.beforeMount?.(route)
    const page = this.options.mount(route)
    // WeChat sets these before onLoad; Taro reads `route` to build its router state.
    page.instance.route = route
    page.instance.__route__ = route
    page.instance.options = { ...query }
    this.entries.push({ route, query, page })
    this.callPage(page, 'onLoad', { ...query })
    this.callPage(page, 'onShow')
    // onReady fires after the view's first render, which WeChat reports asynchronously.
    await new Promise<void>((resolve) => setTimeout(resolve, 0))
    if (this.entries.some((e) => e.page === page)) this.callPage(page, 'onReady')
  }

  private popTop(): void {
    const entry = this.entries.pop()
    if (!entry) return
    this.callPage(entry.page, 'onUnload')
    entry.page.destroy()
  }

  private callApp(name: string, ...args: unknown[]): void {
    const app = this.app
    if (!app) return
    const fn = app[name]
    if (typeof fn !== 'function') return
    const callback = fn as (...a: unknown[]) => unknown
    try {
      callback.apply(app, args)
    } catch (error) {
      this.options.onAppError(error)
    }
  }

  private callPage(page: MountedPage, name: string, ...args: unknown[]): unknown {
    const fn: unknown = page.instance[name]
    if (typeof fn !== 'function') return undefined
    try {
      return (fn as (...a: unknown[]) => unknown).apply(page.instance, args)
    } catch (error) {
      this.options.onAppError(error)
      return undefined
    }
  }

  /** Calls a page handler that returns a value (share hooks). Exposed for share.ts. */
  callTop(name: string, ...args: unknown[]): { defined: boolean; value: unknown } {
    const top = this.top
    if (!top) throw new Error('no page is open')
    const defined = typeof top.page.instance[name] === 'function'
    return { defined, value: defined ? this.callPage(top.page, name, ...args) : undefined }
  }
}

export type { PageInstance }
