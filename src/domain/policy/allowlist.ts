/**
 * What the app will act on. The cloud config is signed, but a leaked key or a
 * careless edit must still not be able to send a worried user to a "代取医保"
 * scammer's number or site, so the allowlist lives in the app, not the config.
 */
import type { Action } from './schema'

export interface Allowlist {
  /** mini-program appIds the app itself ships; anything else is refused */
  appIds: readonly string[]
  /** exact official numbers beyond 12393/12333 (with area code, e.g. "0755-12393") */
  extraPhones: readonly string[]
  /** https hosts beyond *.gov.cn */
  extraHosts: readonly string[]
}

export const APP_ALLOWLIST: Allowlist = {
  // No official 医保 mini-program appId has been verified yet (see policies/README.md).
  appIds: [],
  extraPhones: [],
  extraHosts: []
}

const NATIONAL_LINES = new Set(['12393', '12333'])

/** Why a phone number is refused for a region with these area codes, or null if it is fine. */
export function checkPhone(number: string, areaCodes: readonly string[], list: Allowlist = APP_ALLOWLIST): string | null {
  if (NATIONAL_LINES.has(number)) return null
  if (list.extraPhones.includes(number)) return null
  const m = /^(0\d{2,3})-(\d+)$/.exec(number)
  if (m && NATIONAL_LINES.has(m[2] ?? '')) {
    if (areaCodes.includes(m[1] ?? '')) return null
    return `电话 ${number} 的区号不属于本地区`
  }
  return `电话 ${number} 不是官方热线 (只允许 12393、12333 和本地区号加 12393/12333)`
}

// WeChat's JS engine has no URL class on every base library, so parse by hand:
// scheme, then a bare host (no user:pass@, no :port), then an optional path.
const LINK = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([/?#][^\s]*)?$/i

export function checkLink(url: string, list: Allowlist = APP_ALLOWLIST): string | null {
  const m = LINK.exec(url)
  if (!m) return `网址 ${url} 无法识别`
  if ((m[1] ?? '').toLowerCase() !== 'https') return `网址 ${url} 不是 https`
  const authority = (m[2] ?? '').toLowerCase()
  if (!/^[a-z0-9.-]+$/.test(authority)) return `网址 ${url} 带有账号或端口`
  const host = authority.replace(/\.$/, '')
  if (host.endsWith('.gov.cn') || list.extraHosts.includes(host)) return null
  return `网址 ${url} 不是政府官方域名`
}

export function checkAction(action: Action, areaCodes: readonly string[], list: Allowlist = APP_ALLOWLIST): string | null {
  switch (action.kind) {
    case 'call':
      return checkPhone(action.number, areaCodes, list)
    case 'link':
      return checkLink(action.url, list)
    case 'miniProgram':
      return list.appIds.includes(action.appId) ? null : `小程序 ${action.appId} 不在本程序认可的名单里`
    case 'copy':
      return null
  }
}

/** Every action in a policy fragment, wherever it sits, with a path for the error message. */
export function collectActions(value: unknown, path = ''): Array<{ path: string; action: Action }> {
  const out: Array<{ path: string; action: Action }> = []
  walkActions(value, [path], (segments, action) => out.push({ path: joinPath(segments), action }))
  return out
}

// Paths are kept as segments and joined only when needed: the phone checks thousands of
// regions on every download and almost all of them are fine.
function joinPath(segments: ReadonlyArray<string | number>): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (s !== '') out += out ? `.${s}` : s
  }
  return out
}

function walkActions(value: unknown, segments: Array<string | number>, visit: (segments: Array<string | number>, action: Action) => void): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      segments.push(i)
      walkActions(value[i], segments, visit)
      segments.pop()
    }
    return
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const child = record[key]
    segments.push(key)
    if (key === 'actions' && Array.isArray(child)) {
      for (let i = 0; i < child.length; i++) {
        segments.push(i)
        visit(segments, child[i] as Action)
        segments.pop()
      }
    } else walkActions(child, segments, visit)
    segments.pop()
  }
}

export function actionProblems(
  value: unknown,
  areaCodes: readonly string[],
  list: Allowlist = APP_ALLOWLIST
): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = []
  walkActions(value, [], (segments, action) => {
    const message = checkAction(action, areaCodes, list)
    if (message) out.push({ path: joinPath(segments), message })
  })
  return out
}
