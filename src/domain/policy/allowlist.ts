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
