/**
 * What the app will act on. The cloud config is signed, but a leaked key or a
 * careless edit must still not be able to send a worried user to a "代取医保"
 * scammer's number or site, so the allowlist lives in the app, not the config.
 */
import { LINK, linkHost } from './linkHost'
import { officialName } from './names'
import type { Action } from './schema'

export interface Allowlist {
  /** mini-program appIds the app itself ships; anything else is refused */
  appIds: readonly string[]
  /** exact official numbers beyond 12393/12333 (with area code, e.g. "0755-12393") */
  extraPhones: readonly string[]
  /** https hosts beyond *.gov.cn, written plainly (letters, dots and hyphens) */
  extraHosts: readonly string[]
}

export const APP_ALLOWLIST: Allowlist = {
  // No official 医保 mini-program appId has been verified yet (see policies/README.md).
  appIds: [],
  extraPhones: [],
  extraHosts: []
}

/**
 * Why a phone number is refused for a region with these area codes, or null if it is fine:
 * 12393, 12333 (where it may appear is the safety layer's rule) and the region's own 区号-12393.
 * A local 区号-12333 is not offered: 12333 is only the national 人社 line.
 */
export function checkPhone(number: string, areaCodes: readonly string[], list: Allowlist = APP_ALLOWLIST): string | null {
  if (number === '12393' || number === '12333') return null
  if (list.extraPhones.includes(number)) return null
  const m = /^(0\d{2,3})-12393$/.exec(number)
  if (m) {
    if (areaCodes.includes(m[1] ?? '')) return null
    return `电话 ${number} 的区号不属于本地区`
  }
  return `电话 ${number} 不是官方热线 (只允许 12393、12333 和本地区号加 12393)`
}

/**
 * A link a button may open: https, a host under .gov.cn (or an extra host) written in letters,
 * dots and hyphens (no digit that could carry a number, no account, no port), and a path of plain
 * ASCII letters, digits and / . _ - with no query or fragment. The button shows its label and host.
 * Parsed by hand: WeChat's JS engine has no URL class on every base library.
 */
const HOST_LABELS = /^(?:[a-z](?:[a-z-]{0,61}[a-z])?\.)+[a-z]{2,}$/

export function checkLink(url: string, list: Allowlist = APP_ALLOWLIST): string | null {
  if (!url.startsWith('https://')) return `网址 ${url} 不是 https`
  const m = LINK.exec(url)
  if (!m) return `网址 ${url} 只能由小写域名和简单路径组成（字母、数字和 / . _ -），不带账号、端口、数字域名、问号或 #`
  const host = m[1] ?? ''
  if (!HOST_LABELS.test(host)) return `网址 ${url} 的域名写法不对`
  if (host.endsWith('.gov.cn') || list.extraHosts.includes(host)) return null
  return `网址 ${url} 不是政府官方域名`
}

// The host a link button shows lives in ./linkHost with the link's form, so pages need not load this checker.
export { linkHost }

export function checkAction(action: Action, areaCodes: readonly string[], list: Allowlist = APP_ALLOWLIST): string | null {
  switch (action.kind) {
    case 'call':
      return checkPhone(action.number, areaCodes, list)
    case 'link':
      return checkLink(action.url, list)
    case 'miniProgram':
      return list.appIds.includes(action.appId) ? null : `小程序 ${action.appId} 不在本程序认可的名单里`
    case 'copy':
      return officialName(action.name) ? null : `复制的名称 ${action.name} 不在本程序的官方名称名单里（src/domain/policy/names.ts）`
  }
}
