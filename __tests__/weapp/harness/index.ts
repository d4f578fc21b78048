/**
 * Public surface for jest: run the real weapp build (dist/weapp) on glass-easel in jsdom.
 *
 *   const weapp = createWeapp()                 // reads WEAPP_DIR or dist/weapp
 *   await weapp.open('/pages/index/index')
 *   await weapp.tapText('家人能用吗')
 *   expect(weapp.currentPage().route).toBe('pages/family/index')
 *
 * Reading and compiling the build happens once per folder and is cached: a test file may build many harnesses
 * (a fresh user, an app that was killed) without paying for the WebAssembly compiler again.
 */
import { readWeappDir, weappDir } from './files'
import type { SourceFiles } from './loader'
import { httpTransport, handlerTransport, type RequestHandler } from './request'
import { compileTemplates, type CompiledTemplates } from './templates'
import { bootWeapp, type BootOptions, type Weapp } from './weapp'
import type { PrivacyMode } from './wx'

export interface CreateWeappOptions {
  /** The build folder; default WEAPP_DIR or <repo>/dist/weapp. */
  dir?: string
  storage?: BootOptions['storage']
  fontSizeSetting?: number
  privacy?: PrivacyMode
  /** Answers wx.request in-process. */
  requestHandler?: RequestHandler
  /** Sends wx.request to a real test server, e.g. 'http://127.0.0.1:43210' (the app's https origin is replaced). */
  requestOrigin?: string
  host?: HTMLElement
}

interface Build {
  files: SourceFiles
  templates: CompiledTemplates
}

const builds = new Map<string, Build>()

/** Reads and compiles a build folder (cached). Template compiler errors fail here, as WeChat's upload would. */
export function loadBuild(dir = weappDir()): Build {
  const hit = builds.get(dir)
  if (hit) return hit
  const files = readWeappDir(dir)
  const templates = compileTemplates(files)
  if (templates.problems.length > 0) {
    throw new Error(`The template compiler rejected the build at ${dir}:\n${templates.problems.join('\n')}`)
  }
  const build = { files, templates }
  builds.set(dir, build)
  return build
}

export function createWeapp(options: CreateWeappOptions = {}): Weapp {
  const build = loadBuild(options.dir ?? weappDir())
  const transport = options.requestOrigin
    ? httpTransport(options.requestOrigin)
    : options.requestHandler
      ? handlerTransport(options.requestHandler)
      : undefined
  return bootWeapp({
    files: build.files,
    templates: build.templates.source,
    storage: options.storage,
    fontSizeSetting: options.fontSizeSetting,
    privacy: options.privacy,
    transport,
    host: options.host
  })
}

export { WeappStorage, ITEM_LIMIT_BYTES, TOTAL_LIMIT_BYTES, STORAGE_FAIL } from './storage'
export { CallLog, type WxCall } from './call-log'
export { bootWeapp, type Weapp, type CurrentPage } from './weapp'
export type { ShareCard, ShareKind } from './share'
export type { PrivacyMode } from './wx'
export type { RequestHandler } from './request'
export { weappDir } from './files'
