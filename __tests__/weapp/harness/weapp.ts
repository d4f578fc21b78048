/**
 * Boots a weapp build on glass-easel and gives tests a user's handle on it. Environment-agnostic: it needs a
 * DOM (jsdom in jest, the page in chromium) but no file system; index.ts adds the node-only parts.
 *
 * Order, as in WeChat: the main package's templates and JSON are registered, `wx` and the other globals exist,
 * app.js runs (it requires runtime/taro/vendors/common), then each used component's JS, then each main-package
 * page's JS. A subpackage is loaded the same way (its JSON and templates, components, pages) only when one of its
 * pages is first opened, by navigation, a share link or a cold start; before that none of its files can run.
 * Pages are mounted only when navigated to.
 */
import * as glassEasel from 'glass-easel'
import { MiniProgramEnv } from 'glass-easel-miniprogram-adapter'
import { AppShell, type StackEntry } from './app-shell'
import { CallLog } from './call-log'
import { createBackend, findByText, findField, tapElement, typeInto, visibleText } from './dom'
import { afterTap } from './native'
import { createLoader, type SourceFiles } from './loader'
import { createPageMounter, type PageInstance } from './pages'
import { allPages, componentLoadOrder, instantiateTemplates, packageOfPath, readAppJson, registerStatic, subPackagesOf } from './registry'
import { share, type ShareCard, type ShareKind } from './share'
import { WeappStorage } from './storage'
import { createAppTimers } from './timers'
import { createWxDouble, type PrivacyMode, type RequestTransport, type WxDouble } from './wx'
import { createWorkerHost, workerConfigOf, type WorkerHost } from './worker'

export interface BootOptions {
  files: SourceFiles
  /** Output of compileTemplates(files).source. */
  templates: string
  /** Pass the storage of an earlier harness to model the app being killed and opened again. */
  storage?: WeappStorage
  /** WeChat's font size setting in px (wx.getAppBaseInfo().fontSizeSetting); 17 is WeChat's standard size. */
  fontSizeSetting?: number
  privacy?: PrivacyMode
  transport?: RequestTransport
  /** Where pages are attached; a fresh <div> in document.body by default. */
  host?: HTMLElement
}

export interface OpenOptions {
  /** WeChat scene: 1001 from the mini-program list (default), 1007 from a share card in a chat. */
  scene?: number
}

export interface CurrentPage {
  route: string
  query: Record<string, string>
  instance: PageInstance
  element: HTMLElement
}

export interface Weapp {
  /** First call: cold start on `url` (App.onLaunch …). Later calls: wx.reLaunch(url). Waits until the app is idle. */
  open(url: string, options?: OpenOptions): Promise<void>
  currentPage(): CurrentPage
  /** Routes on the page stack, bottom first. */
  stack(): string[]
  /** The text a user sees on the current page. */
  text(): string
  /** The element on the current page that shows `text` (see dom.findByText). */
  find(text: string): Element
  /** Taps what shows `text` on the current page and waits until the app is idle. */
  tapText(text: string): Promise<void>
  tap(element: Element): Promise<void>
  /** Types `value` into the text field whose placeholder contains `hint` (replacing what was there). */
  type(hint: string, value: string): Promise<void>
  /** The user presses the back button. */
  back(): Promise<void>
  /** The user picks "转发" (appMessage) or "分享到朋友圈" (timeline) from the page menu. */
  share(kind?: ShareKind): Promise<ShareCard>
  /** Cards shared so far, from the menu (share()) or from <button open-type="share"> taps, oldest first. */
  readonly shares: ShareCard[]
  /** open-types the user tapped that the harness does not model (contact, getPhoneNumber …). */
  readonly unsupportedOpenTypes: string[]
  /** How many times WeChat's feedback page was opened (<button open-type="feedback">). */
  readonly feedbackOpened: number
  /** The user switches away from WeChat and back. */
  background(): Promise<void>
  foreground(): Promise<void>
  /** Waits until no navigation, short app timer, DOM change or wx call is in flight. */
  settle(): Promise<void>
  /**
   * Subpackage roots loaded so far, in order (WeChat downloads and injects one when a page in it opens, or when
   * code asks for one of its files with require.async: 分包异步化).
   */
  readonly loadedPackages: readonly string[]
  /** Downloads of these subpackages fail from now on (a dropped connection); [] lets them succeed again. */
  failDownloads(roots: readonly string[]): void
  /** The config-check worker: WeChat reclaims it (iOS, memory pressure); counts of workers and messages. */
  readonly worker: WorkerHost
  /** Build files whose code has run, in order. */
  readonly loadedFiles: readonly string[]
  /** Every wx call the app made. */
  readonly wx: CallLog
  readonly wxDouble: WxDouble
  readonly storage: WeappStorage
  /** Exceptions from the app's code (event handlers, lifecycles, timers). Actions fail when new ones appear. */
  readonly errors: unknown[]
  /** glass-easel warnings (e.g. an attribute that is neither property nor event). */
  readonly warnings: string[]
  /** Unloads every page and stops the app's timers: the process is gone. Storage survives. */
  destroy(): void
}

const SETTLE_LIMIT_MS = 5000

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`
  if (typeof error === 'object' && error !== null && 'errMsg' in error) return JSON.stringify(error)
  return String(error)
}

export function bootWeapp(options: BootOptions): Weapp {
  const { files } = options
  const appJson = readAppJson(files)
  const pages = allPages(appJson)
  const packages = subPackagesOf(appJson)
  const packageOf = (path: string): string | null => packageOfPath(packages, path)
  const mainPages = pages.filter((p) => packageOf(p) === null)
  const loadedPackages: string[] = []
  let failingDownloads: readonly string[] = []
  // Work started by WeChat on the app's behalf (a subpackage download, a worker message): the app is not idle.
  const inFlight = new Set<Promise<unknown>>()
  const track = (work: Promise<unknown>): void => {
    inFlight.add(work)
    const done = () => inFlight.delete(work)
    work.then(done, done)
  }
  const tabBarPages = (appJson.tabBar?.list ?? []).map((t) => t.pagePath.replace(/^\//, ''))
  const doc = document
  const host = options.host ?? doc.body.appendChild(doc.createElement('div'))
  host.setAttribute('data-weapp', '')

  const errors: unknown[] = []
  const warnings: string[] = []
  const onAppError = (error: unknown): void => {
    errors.push(error)
  }
  const errorListener = (error: unknown): boolean => {
    errors.push(error)
    // false: handled here, so glass-easel does not also print it.
    return false
  }
  const warningListener = (message: string): boolean => {
    warnings.push(message)
    return false
  }
  glassEasel.addGlobalErrorListener(errorListener)
  glassEasel.addGlobalWarningListener(warningListener)

  // View layer: adapter environment, compiled templates, DOM backend.
  const env = new MiniProgramEnv()
  const codeSpace = env.createCodeSpace('', true)
  const templateGroups = instantiateTemplates(options.templates)
  registerStatic(codeSpace, files, templateGroups, (path) => packageOf(path) === null)
  const backend = createBackend(doc)
  const associated = env.associateBackend(backend.context)

  // Logic layer: page stack, wx, timers.
  const storage = options.storage ?? new WeappStorage()
  const log = new CallLog()
  // Set once the loader exists (below): the shell asks for a page's package before mounting it.
  let loadPackageOf: (route: string) => void = () => undefined
  const shell = new AppShell({
    pages,
    tabBarPages,
    mount: createPageMounter(associated, codeSpace, host),
    onAppError,
    beforeMount: (route) => loadPackageOf(route)
  })
  const workers = createWorkerHost({
    files,
    config: workerConfigOf(appJson as unknown as Record<string, unknown>),
    onAppError,
    track: (w) => track(w)
  })
  const wxDouble = createWxDouble({
    workers,
    hasWorkers: workerConfigOf(appJson as unknown as Record<string, unknown>) !== null,
    storage,
    navigator: shell,
    log,
    fontSizeSetting: options.fontSizeSetting ?? 17,
    privacy: options.privacy ?? 'agree',
    usePrivacyCheck: appJson.__usePrivacyCheck__ === true,
    transport: options.transport,
    onAppError,
    launchOptions: () => shell.launchOptions,
    matchesOnPage: (selector) => {
      const root = shell.top?.page.component.getShadowRoot()
      // `>>>` crosses into Taro's `comp` instances, where deep nodes live.
      return !!root && (root.querySelector(selector) !== null || root.querySelector(`>>> ${selector}`) !== null)
    }
  })
  const timers = createAppTimers(onAppError)

  // WeChat's Page/Component are globals that register "the file being loaded"; Taro calls them from inside the
  // taro.js chunk, so they must look the path up when called, not when the file was evaluated.
  let currentPath = 'app'
  const registration = <T>(use: (env: Parameters<Parameters<typeof codeSpace.componentEnv>[1]>[0]) => T): T =>
    codeSpace.componentEnv(currentPath, use)
  const logicGlobals: Record<string, unknown> = {
    wx: wxDouble.wx,
    ...shell.globals(),
    Page: (def: Record<string, unknown>) => registration((e) => e.Page(def)),
    Component: (def?: Record<string, unknown>) => registration((e) => (def === undefined ? e.Component() : e.Component(def))),
    Behavior: (def?: Record<string, unknown>) => registration((e) => (def === undefined ? e.Behavior() : e.Behavior(def))),
    requirePlugin: (name: string) => {
      throw new Error(`requirePlugin("${name}"): the weapp harness has no plugins`)
    },
    ...timers.globals,
    console
  }
  // webpack's runtime and Taro read the global object (__webpack_require__.g); give them WeChat's, not jsdom's.
  const sandboxGlobal: Record<string, unknown> = { ...logicGlobals }
  sandboxGlobal.globalThis = sandboxGlobal
  sandboxGlobal.global = sandboxGlobal
  // Set once loadPackageOf exists (below).
  let injectPackage: (root: string) => void = () => undefined
  const loader = createLoader({
    files,
    globals: { ...logicGlobals, globalThis: sandboxGlobal, global: sandboxGlobal },
    packageOf,
    isPackageLoaded: (root) => loadedPackages.includes(root),
    // 分包异步化: the download takes a turn of the event loop at least, then the package is injected.
    loadPackage: (root) => {
      const download = new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          if (failingDownloads.includes(root)) return reject(new Error(`loadSubpackage:fail ${root}: network error`))
          try {
            injectPackage(root)
            resolve()
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)))
          }
        }, 0)
      )
      track(download)
      return download
    }
  })

  const load = (path: string): void => {
    currentPath = path
    try {
      loader.load(`${path}.js`)
    } finally {
      currentPath = 'app'
    }
  }
  const loadedComponents = new Set<string>()
  const loadPages = (list: string[]): void => {
    for (const comp of componentLoadOrder(files, list, loadedComponents)) {
      load(comp)
      loadedComponents.add(comp)
    }
    for (const page of list) load(page)
  }
  injectPackage = (root) => {
    if (loadedPackages.includes(root)) return
    loadedPackages.push(root)
    registerStatic(codeSpace, files, templateGroups, (path) => packageOf(path) === root)
    loadPages(packages.find((p) => p.root === root)?.pages ?? [])
  }
  loadPackageOf = (route) => {
    const root = packageOf(route)
    if (root !== null) injectPackage(root)
  }
  try {
    load('app')
    loadPages(mainPages)
  } catch (error) {
    glassEasel.removeGlobalErrorListener(errorListener)
    glassEasel.removeGlobalWarningListener(warningListener)
    throw new Error(`The weapp build failed to load: ${describe(error)}`)
  }
  if (errors.length > 0) {
    throw new Error(`The weapp build reported errors while loading:\n${errors.map(describe).join('\n')}`)
  }

  // DOM changes are one of the signals that the app is still working after an action.
  let mutations = 0
  const view = doc.defaultView
  const observer = view ? new view.MutationObserver(() => (mutations += 1)) : undefined
  observer?.observe(host, { subtree: true, childList: true, characterData: true, attributes: true })

  const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
  const frame = (): Promise<void> =>
    new Promise((resolve) => (view?.requestAnimationFrame ? view.requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16)))

  async function settle(): Promise<void> {
    const started = Date.now()
    let quiet = 0
    while (Date.now() - started < SETTLE_LIMIT_MS) {
      const before = mutations + log.all.length
      await macrotask()
      const idle = !shell.busy && timers.pendingShort === 0 && inFlight.size === 0 && mutations + log.all.length === before
      quiet = idle ? quiet + 1 : 0
      if (quiet >= 3) {
        // One more frame: glass-easel runs setData callbacks on requestAnimationFrame.
        await frame()
        if (!shell.busy && timers.pendingShort === 0 && inFlight.size === 0 && mutations + log.all.length === before) return
        quiet = 0
      }
    }
    throw new Error(
      `The app did not become idle within ${SETTLE_LIMIT_MS} ms (navigating: ${shell.busy}, short timers: ${timers.pendingShort}, downloads and worker messages: ${inFlight.size}).\nwx calls:\n${log.toString()}`
    )
  }

  /** Runs a user action; exceptions the app raised meanwhile fail the action, as a crash fails a user. */
  async function act(what: string, action: () => Promise<void> | void): Promise<void> {
    const known = errors.length
    let thrown: unknown
    try {
      await action()
    } catch (error) {
      thrown = error
    }
    await settle()
    const fresh = errors.slice(known)
    if (fresh.length > 0) {
      throw new Error(`${what}: the app threw ${fresh.length} error(s):\n${fresh.map(describe).join('\n---\n')}`)
    }
    if (thrown !== undefined) throw thrown instanceof Error ? thrown : new Error(`${what}: ${describe(thrown)}`)
  }

  function top(): StackEntry {
    const entry = shell.top
    if (!entry) throw new Error('No page is open: call open(url) first')
    return entry
  }

  const shares: ShareCard[] = []
  const unsupportedOpenTypes: string[] = []
  let feedbackOpened = 0
  /** A user's tap: the DOM events, then what WeChat's built-in button does by itself (share, privacy agree). */
  async function userTap(el: Element): Promise<void> {
    tapElement(el)
    await afterTap(el, {
      share: async (target) => {
        shares.push(await share(shell, pages, 'appMessage', { from: 'button', target }, wxDouble.images))
      },
      agreePrivacy: (id) => wxDouble.notePrivacyButton(id),
      feedback: () => {
        feedbackOpened++
      },
      unsupported: (openType) => unsupportedOpenTypes.push(openType)
    })
  }

  let destroyed = false

  return {
    open: (url, openOptions = {}) => act(`open(${url})`, () => (shell.launched ? shell.reLaunch(url) : shell.start(url, openOptions.scene ?? 1001))),
    currentPage: () => {
      const entry = top()
      return { route: entry.route, query: entry.query, instance: entry.page.instance, element: entry.page.element }
    },
    stack: () => shell.stack.map((e) => e.route),
    text: () => visibleText(top().page.element),
    find: (text) => findByText(top().page.element, text),
    tapText: (text) => act(`tapText(${text})`, () => userTap(findByText(top().page.element, text))),
    tap: (element) => act('tap', () => userTap(element)),
    type: (hint, value) => act(`type(${hint})`, () => typeInto(findField(top().page.element, hint), value)),
    back: () =>
      act('back', async () => {
        // The back button on the first page leaves the mini-program; there is nothing to go back to here.
        if (shell.stack.length <= 1) throw new Error('back(): already on the first page')
        await shell.navigateBack(1)
      }),
    share: async (kind = 'appMessage') => {
      let card: ShareCard | undefined
      await act(`share(${kind})`, async () => {
        card = await share(shell, pages, kind, { from: 'menu' }, wxDouble.images)
      })
      if (!card) throw new Error('share: no card')
      shares.push(card)
      return card
    },
    background: () => act('background', () => shell.background()),
    foreground: () => act('foreground', () => shell.foreground()),
    settle,
    shares,
    unsupportedOpenTypes,
    get feedbackOpened() {
      return feedbackOpened
    },
    loadedPackages,
    failDownloads: (roots) => {
      failingDownloads = [...roots]
    },
    worker: workers,
    get loadedFiles() {
      return loader.loaded
    },
    wx: log,
    wxDouble,
    storage,
    errors,
    warnings,
    destroy: () => {
      if (destroyed) return
      destroyed = true
      shell.destroy()
      workers.stop()
      timers.dispose()
      backend.dispose()
      observer?.disconnect()
      glassEasel.removeGlobalErrorListener(errorListener)
      glassEasel.removeGlobalWarningListener(warningListener)
      host.remove()
    }
  }
}
