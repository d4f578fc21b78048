/**
 * A small CommonJS loader for the chunks of a weapp build (app.js, taro.js, vendors.js, pages/x/index.js …).
 *
 * WeChat's logic layer is not a browser: it has no window/document, and free names such as `wx`, `Page`,
 * `Component`, `getApp` are globals that WeChat provides. Each file is therefore run as a function whose
 * parameters supply those names, and the browser-only globals are shadowed as `undefined` so the app's
 * code sees what it would see inside WeChat, even though the harness itself runs in jsdom or chromium.
 */
import { posix } from './path'

/** The source text of the build, keyed by path relative to the build folder ('app.js', 'pages/index/index.js'). */
export type SourceFiles = ReadonlyMap<string, string>

export interface LoaderOptions {
  files: SourceFiles
  /** Names the logic layer sees as globals (wx, App, Page, …), passed in as the wrapper's parameters. */
  globals: Readonly<Record<string, unknown>>
  /** Called around each file's execution so the host knows which file is registering a Page/Component. */
  onEnter?: (path: string) => void
  onLeave?: (path: string) => void
  /** The subpackage root a file belongs to, null for the main package (default: everything is main). */
  packageOf?: (path: string) => string | null
  /** Whether WeChat has downloaded and injected a subpackage yet. */
  isPackageLoaded?: (root: string) => boolean
  /**
   * 分包异步化: downloads and injects a subpackage for require.async / require(path, callback). Resolves when the
   * package's files may run; rejects when the download fails.
   */
  loadPackage?: (root: string) => Promise<void>
}

/** What require.async rejects with in WeChat. */
export interface AsyncRequireError {
  mod: string
  errMsg: string
}

export interface Loader {
  /** require() from the build root, e.g. load('app.js'); a module runs once and is cached as in WeChat. */
  load(path: string): unknown
  /** Paths loaded so far, in order (useful when a test wants to know what ran). */
  readonly loaded: readonly string[]
}

/**
 * Browser globals the WeChat logic layer does not have. React's scheduler and Taro pick their code path from
 * `typeof MessageChannel`, `typeof window` …; exposing jsdom's versions would test a path WeChat never takes.
 */
const ABSENT_IN_WECHAT = [
  'window',
  'document',
  'self',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'MessageChannel',
  'setImmediate',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'fetch',
  'XMLHttpRequest'
] as const

interface Module {
  exports: unknown
}

type ModuleFunction = (...args: unknown[]) => void

/**
 * Compiles one file into a function. The Function constructor is the only way to run code text in the same
 * JavaScript realm as glass-easel (node's vm would create objects from another realm, and the browser has no
 * vm at all). This is test tooling that runs the app's own build; WeChat's ban on dynamic code concerns the
 * shipped app, which scripts/check-weapp.ts keeps checking.
 */
function compile(path: string, code: string, params: readonly string[]): ModuleFunction {
  // sourceURL makes stack traces name the built file (e.g. weapp:///pages/index/index.js) instead of "anonymous".
  const body = `${code}\n//# sourceURL=weapp:///${path}`
  // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval
  return new Function(...params, body) as ModuleFunction
}

export function createLoader(options: LoaderOptions): Loader {
  const cache = new Map<string, Module>()
  const loaded: string[] = []
  const globalNames = Object.keys(options.globals)
  const params = ['require', 'module', 'exports', ...globalNames, ...ABSENT_IN_WECHAT.filter((n) => !globalNames.includes(n))]
  const absent = ABSENT_IN_WECHAT.filter((n) => !globalNames.includes(n)).map(() => undefined)
  const globalValues = globalNames.map((n) => options.globals[n])

  function resolve(from: string, request: string): string {
    const base = request.startsWith('.') ? posix.join(posix.dirname(from), request) : posix.normalize(request)
    if (options.files.has(base)) return base
    if (options.files.has(`${base}.js`)) return `${base}.js`
    if (options.files.has(posix.join(base, 'index.js'))) return posix.join(base, 'index.js')
    throw new Error(`weapp loader: cannot find module "${request}" required from ${from}`)
  }

  /**
   * WeChat's rule for subpackages: a file in one can run only once its package is loaded, and only
   * that package's own files may require it (the main package and other subpackages may not).
   */
  function checkPackage(from: string | null, path: string): void {
    const pkg = options.packageOf?.(path) ?? null
    if (pkg === null) return
    if (from !== null && options.packageOf?.(from) !== pkg) {
      throw new Error(`weapp loader: ${from} requires ${path}, which is in subpackage "${pkg}"; only files of that subpackage may`)
    }
    if (options.isPackageLoaded && !options.isPackageLoaded(pkg)) {
      throw new Error(`weapp loader: ${path} is in subpackage "${pkg}", which is not loaded`)
    }
  }

  function run(path: string): unknown {
    const hit = cache.get(path)
    if (hit) return hit.exports
    const code = options.files.get(path)
    if (code === undefined) throw new Error(`weapp loader: ${path} is not in the build`)
    const module: Module = { exports: {} }
    // Cached before running, like node and WeChat, so require cycles see the partial exports instead of looping.
    cache.set(path, module)
    if (path.endsWith('.json')) {
      module.exports = JSON.parse(code) as unknown
      return module.exports
    }
    const localRequire = Object.assign(
      (request: string, onLoad?: unknown, onError?: unknown): unknown => {
        // require(path, callback[, errorCallback]): WeChat's callback form of the asynchronous require
        if (typeof onLoad === 'function') {
          requireAsync(path, request).then(
            (exports) => (onLoad as (e: unknown) => void)(exports),
            (error: unknown) => (typeof onError === 'function' ? (onError as (e: unknown) => void)(error) : undefined)
          )
          return undefined
        }
        const target = resolve(path, request)
        checkPackage(path, target)
        return run(target)
      },
      { async: (request: string) => requireAsync(path, request) }
    )
    const fn = compile(path, code, params)
    options.onEnter?.(path)
    try {
      fn(localRequire, module, module.exports, ...globalValues, ...absent)
    } finally {
      options.onLeave?.(path)
    }
    loaded.push(path)
    return module.exports
  }

  /**
   * require.async: any package may load another package's file; WeChat first downloads and injects that package.
   * Always asynchronous, as in WeChat, even when the package is already there.
   */
  function requireAsync(from: string, request: string): Promise<unknown> {
    let target: string
    try {
      target = resolve(from, request)
    } catch (error) {
      const failure: AsyncRequireError = { mod: request, errMsg: error instanceof Error ? error.message : String(error) }
      return Promise.reject(failure)
    }
    const pkg = options.packageOf?.(target) ?? null
    const ready =
      pkg === null || options.isPackageLoaded?.(pkg) !== false
        ? Promise.resolve()
        : (options.loadPackage?.(pkg) ?? Promise.reject(new Error(`no way to load subpackage "${pkg}"`)))
    return ready.then(
      () => run(target),
      (error: unknown) => {
        const failure: AsyncRequireError = { mod: target, errMsg: error instanceof Error ? error.message : String(error) }
        throw failure
      }
    )
  }

  return {
    load: (path) => {
      const target = resolve('', path)
      checkPackage(null, target)
      return run(target)
    },
    get loaded() {
      return loaded
    }
  }
}
