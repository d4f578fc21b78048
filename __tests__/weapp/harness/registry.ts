/**
 * Hands a build's static parts to glass-easel-miniprogram-adapter the way WeChat's loader would: every .json as a
 * component static config and every compiled template, then tells in which order the JS of components and pages
 * must run (a component before the pages and components that use it).
 */
import type { CodeSpace } from 'glass-easel-miniprogram-adapter'
import type * as glassEasel from 'glass-easel'
import { isRecord } from './call-log'
import type { SourceFiles } from './loader'
import { posix } from './path'

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list?: { pagePath: string }[] }
  window?: Record<string, unknown>
  __usePrivacyCheck__?: boolean
}

/** Files at the root that are not component configs. */
const NOT_COMPONENT_JSON = new Set(['app.json', 'project.config.json', 'project.private.config.json', 'sitemap.json'])

export function readAppJson(files: SourceFiles): AppJson {
  const text = files.get('app.json')
  if (text === undefined) throw new Error('app.json is missing from the build')
  const parsed: unknown = JSON.parse(text)
  if (!isRecord(parsed) || !Array.isArray(parsed.pages) || !parsed.pages.every((p) => typeof p === 'string')) {
    throw new Error('app.json has no "pages" list')
  }
  return parsed as unknown as AppJson
}

export interface SubPackage {
  /** e.g. 'pages/family', no trailing slash */
  root: string
  /** full routes, e.g. 'pages/family/index' */
  pages: string[]
}

/** The subpackages and their page routes. */
export function subPackagesOf(app: AppJson): SubPackage[] {
  return (app.subPackages ?? app.subpackages ?? []).map((s) => {
    const root = posix.normalize(s.root).replace(/\/$/, '')
    return { root, pages: s.pages.map((p) => posix.join(root, p)) }
  })
}

/** The subpackage root a build file (or route) belongs to; null for the main package. */
export function packageOfPath(packages: readonly SubPackage[], path: string): string | null {
  return packages.find((p) => path.startsWith(`${p.root}/`))?.root ?? null
}

/** Every page route, sub-packages included, as WeChat numbers them (no leading slash). */
export function allPages(app: AppJson): string[] {
  const subs = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => posix.join(s.root, p)))]
}

export function staticConfig(files: SourceFiles, path: string): Record<string, unknown> {
  const text = files.get(`${path}.json`)
  if (text === undefined) return {}
  const parsed: unknown = JSON.parse(text)
  return isRecord(parsed) ? parsed : {}
}

function usingComponents(files: SourceFiles, path: string): string[] {
  const using = staticConfig(files, path).usingComponents
  if (!isRecord(using)) return []
  return Object.values(using)
    .filter((v): v is string => typeof v === 'string' && !v.includes('://'))
    .map((v) => (v.startsWith('/') ? posix.normalize(v) : posix.join(posix.dirname(path), v)))
}

/**
 * Components reachable from the pages, dependencies first. Taro's `comp` uses itself (recursive templates),
 * so already-visited paths are skipped rather than treated as an error.
 */
export function componentLoadOrder(files: SourceFiles, pages: string[], loaded: ReadonlySet<string> = new Set()): string[] {
  const order: string[] = []
  const seen = new Set<string>([...pages, ...loaded])
  const visit = (path: string): void => {
    for (const dep of usingComponents(files, path)) {
      if (seen.has(dep)) continue
      seen.add(dep)
      visit(dep)
      if (!files.has(`${dep}.js`)) throw new Error(`${path}.json uses "${dep}", but ${dep}.js is not in the build`)
      order.push(dep)
    }
  }
  for (const page of pages) visit(page)
  return order
}

/**
 * Evaluates the compiler's output. It is generated code (an object literal of functions), so it can only be
 * brought to life by evaluating it; see loader.ts on why the Function constructor is used.
 */
export function instantiateTemplates(source: string): Record<string, glassEasel.template.ProcGenGroup> {
  // eslint-disable-next-line no-new-func, @typescript-eslint/no-implied-eval
  const groups: unknown = new Function(`return ${source}`)()
  if (!isRecord(groups)) throw new Error('the template compiler produced no template groups')
  return groups as Record<string, glassEasel.template.ProcGenGroup>
}

/** Registers every component config and template before any JS runs (Component() reads them on register). */
export function registerStatic(
  codeSpace: CodeSpace,
  files: SourceFiles,
  groups: Record<string, glassEasel.template.ProcGenGroup>,
  /** which paths to register now (a subpackage's are registered when it loads) */
  include: (path: string) => boolean = () => true
): void {
  for (const file of files.keys()) {
    if (!file.endsWith('.json') || NOT_COMPONENT_JSON.has(file)) continue
    const path = posix.stripExt(file)
    if (!include(path)) continue
    // Only JSON that sits beside a template is a page or component config.
    if (!files.has(`${path}.wxml`)) continue
    codeSpace.addComponentStaticConfig(path, staticConfig(files, path))
  }
  for (const [path, content] of Object.entries(groups)) {
    if (!include(path)) continue
    codeSpace.addCompiledTemplate(path, {
      groupList: groups,
      content,
      // Taro writes events the legacy way (bindtap="eh" on <view>). glass-easel only treats such attributes on
      // native nodes as event bindings with this flag; without it taps never reach the page (undocumented).
      fallbackListenerOnNativeNode: true
    })
  }
}
