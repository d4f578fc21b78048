/**
 * The official names the app will put on the clipboard, and the names and in-app search words a
 * text may tell people to search for. A worried reader types what we show into a search box, so a
 * made-up name (国家医保服务中心, a scammer's account) is as dangerous as a made-up number. The list
 * lives in the app: a config refers to an entry by id (`{ "kind": "copy", "name": "yue-yibao" }`)
 * and cannot add one. Adding a name is a reviewed release: check it is the official app, mini-program
 * or account of a 医保 or government body, then add it here.
 */

export type SearchPlace = '应用商店' | '微信' | '支付宝'

export interface OfficialName {
  /** exactly as the app, mini-program or official account names itself */
  name: string
  /** where people search for it; the copy button says so. Empty: the files name no one place. */
  searchIn: readonly SearchPlace[]
}

const n = (name: string, ...searchIn: SearchPlace[]): OfficialName => ({ name, searchIn })

/** Official apps, mini-programs and accounts, by the id a config uses. */
export const OFFICIAL_NAMES: Readonly<Record<string, OfficialName>> = {
  // national
  'national-platform': n('国家医保服务平台', '应用商店'),
  // 国家医保局's own 备案 mini-program (launched 2019, reported by the press)
  'national-yidi-beian': n('国家异地就医备案', '微信'),
  'e-voucher': n('医保电子凭证', '微信'),
  'alipay-code': n('医保码', '支付宝'),
  // provinces and cities, as today's files name them
  jingtong: n('京通', '微信', '支付宝'),
  'jin-yibao': n('津医保', '应用商店'),
  jishiban: n('吉事办', '微信'),
  'hebei-zhihui-yibao': n('河北智慧医保', '微信', '支付宝'),
  'shanxi-yibao': n('山西医保', '微信'),
  mengsuban: n('蒙速办', '应用商店', '微信', '支付宝'),
  'neimenggu-yibao': n('内蒙古医保', '应用商店', '微信'),
  'shenyang-zhihui-yibao': n('沈阳智慧医保', '应用商店', '微信', '支付宝'),
  'dalian-ybj': n('大连市医保局', '微信'),
  'jilin-yibao-gonggong': n('吉林医保公共服务', '微信'),
  'longjiang-yibao': n('龙江医保', '微信', '支付宝'),
  'haerbin-yibao': n('哈尔滨医保', '微信'),
  suishenban: n('随申办'),
  'suishenban-shiminyun': n('随申办市民云'),
  'jiangsu-yibaoyun': n('江苏医保云'),
  'suzhou-yibao': n('苏州医保', '微信'),
  zheliban: n('浙里办'),
  'zheli-yibao': n('浙里医保'),
  'anhui-yibao-gonggong': n('安徽医保公共服务', '微信'),
  wanshitong: n('皖事通'),
  minzhengtong: n('闽政通', '应用商店'),
  'fujian-yiliao-baozhang': n('福建医疗保障', '微信'),
  'xiamen-yiliao-baozhang': n('厦门医疗保障', '微信'),
  'i-xiamen': n('i厦门'),
  'jiangxi-yiliao-baozhang': n('江西医疗保障', '微信'),
  ganfutong: n('赣服通'),
  aishandong: n('爱山东'),
  'lu-yibao': n('鲁医保'),
  'jinan-yibao': n('济南医保', '微信'),
  'linyi-yibao': n('临沂医保'),
  'linyi-bianmin-yibao': n('临沂便民医保', '微信'),
  'henan-yibao': n('河南医保'),
  yushiban: n('豫事办'),
  zhenghaoban: n('郑好办'),
  'hubei-yiliao-baozhang': n('湖北医疗保障', '微信'),
  'hubei-zhihui-yibao': n('湖北智慧医保'),
  'xiang-yibao': n('湘医保'),
  'yue-yibao': n('粤医保', '微信'),
  'shenzhen-yibao': n('深圳医保', '微信'),
  suihaoban: n('穗好办'),
  'nanning-yibao': n('南宁医保', '微信'),
  ainanning: n('爱南宁', '应用商店'),
  'nanning-zhihui-shebao': n('南宁智慧社保'),
  'hainan-yibao': n('海南医保'),
  'chongqing-ybj': n('重庆市医疗保障局', '微信'),
  'chongqing-yibao': n('重庆医保'),
  'guizhou-yibao': n('贵州医保'),
  'yunnan-yibao': n('云南医保', '微信'),
  'xizang-yibao': n('西藏医保'),
  'shaanxi-yibao': n('陕西医保', '应用商店'),
  'wode-ningxia': n('我的宁夏', '应用商店'),
  'xinjiang-yibao-platform': n('新疆医保服务平台', '应用商店', '微信', '支付宝')
}

/**
 * Words a text may tell people to type into an official app's own search box: the service names
 * those apps use. Not app names: nothing here can be copied.
 */
export const IN_APP_SEARCH_WORDS: readonly string[] = [
  '医保',
  '共济',
  '家庭共济',
  '医保个人账户家庭共济',
  '家庭个账共济',
  '个人账户共济',
  // the 备案 service inside the national and provincial apps
  '异地就医备案',
  '异地备案'
]

const NAME_SET = new Set(Object.values(OFFICIAL_NAMES).map((x) => x.name))
const WORD_SET = new Set(IN_APP_SEARCH_WORDS)

export const officialName = (id: string): OfficialName | undefined =>
  Object.prototype.hasOwnProperty.call(OFFICIAL_NAMES, id) ? OFFICIAL_NAMES[id] : undefined

/** The names that contain Latin letters (i厦门): the character rule lets their letters through. */
export const NAMES_WITH_LETTERS: readonly string[] = [...NAME_SET].filter((x) => /[A-Za-z]/.test(x))

function places(list: readonly SearchPlace[]): string {
  if (list.length === 0) return '去搜索'
  if (list.length === 1) return list[0] === '应用商店' ? '去应用商店搜索' : `在${list[0]}里搜索`
  return `去${list.slice(0, -1).join('、')}或${list[list.length - 1] ?? ''}搜索`
}

/** A copy button's label, made from the entry: it always names what it copies. */
export function copyLabel(entry: OfficialName): string {
  return `复制“${entry.name}”，${places(entry.searchIn)}`
}

/**
 * A quote is “ and one to thirty characters that are not quotes, then ” (/“([^“”]{1,30})”/g): the offset
 * of the closing ” of the one that opens at at, or -1 where none does.
 */
function quoteEnd(text: string, at: number): number {
  const last = Math.min(text.length, at + 32) // “ and at most 30 characters, then ”
  for (let j = at + 1; j < last; j++) {
    const c = text.charCodeAt(j)
    if (c === CLOSE) return j > at + 1 ? j : -1
    if (c === OPEN) return -1
  }
  return -1
}
const OPEN = 0x201c
const CLOSE = 0x201d

/** name without a trailing “APP” or “ APP”, as name.replace(/ ?APP$/, '') gives it. */
function withoutApp(name: string): string {
  if (!name.endsWith('APP')) return name
  return name.slice(0, name.length - (name.charCodeAt(name.length - 4) === 32 ? 4 : 3))
}

/**
 * Where a text names something to search for or follow — “X” after 搜/搜索/输入/查找/关注/下载, or
 * right before or after APP, 小程序, 公众号 and the like — X must be an official name or an in-app
 * search word. Returns the first offender with its offset, or null.
 */
// a menu step in between (关注后点击“…”) makes the quote a menu item, not a name to search for
const VERB_BEFORE = /(?:搜索|搜|输入|查找|关注|下载)[^，。；！？“”点选进在]{0,12}$/
const KIND_AFTER = /^ ?(?:APP|微信公众号|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端|网站|官网)/
const KIND_BEFORE = /(?:APP|微信公众号|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端) ?$/

/** The words that make a quote a name to search for: without one, nothing to check. */
const CONTEXT = /搜|输入|查找|关注|下载|APP|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端|网站|官网/

export function unknownNameIn(text: string): { at: number; name: string } | null {
  if (!text.includes('“') || !CONTEXT.test(text)) return null
  // the quotes found by hand: a regular expression per quote was most of this function's time
  for (let at = text.indexOf('“'); at >= 0;) {
    const end = quoteEnd(text, at)
    if (end < 0) {
      at = text.indexOf('“', at + 1)
      continue
    }
    const name = text.slice(at + 1, end)
    const next = end + 1
    // “贵州医保APP” is the registered 贵州医保
    if (NAME_SET.has(name) || WORD_SET.has(name) || NAME_SET.has(withoutApp(name))) {
      at = text.indexOf('“', next)
      continue
    }
    const before = text.slice(Math.max(0, at - 14), at)
    const after = text.slice(next, next + 6)
    // “贵州医保”公众号“我的”: the 公众号 belongs to the name before it; “我的” is a menu inside it
    const kind = KIND_BEFORE.exec(before)
    const kindOfThisQuote = kind !== null && before.charAt(kind.index - 1) !== '”'
    if (VERB_BEFORE.test(before) || KIND_AFTER.test(after) || kindOfThisQuote) return { at, name }
    at = text.indexOf('“', next)
  }
  return null
}
