/**
 * The one content rule: every string a config puts on the screen or the clipboard
 * is checked here, so a leaked key or a careless edit cannot show a scammer's
 * number or address in a step, a note or a source title. The walk is generic (every
 * string under national and region objects) so fields added later are covered
 * without touching this file; only the structural fields named in SKIP are left out.
 */
import { APP_ALLOWLIST, checkAction, type Allowlist } from './allowlist'
import type { Action } from './schema'

export interface ContentContext {
  /** area codes whose 区号-12393 / 区号-12333 may appear in text; 'any' for national text (examples from many cities) */
  areaCodes: readonly string[] | 'any'
  /** area codes a `call` action may dial (the allowlist's own rule) */
  callAreaCodes: readonly string[]
  /** no date in the file may be later than this (the bundle's publishedAt) */
  latestDate?: string
  allowlist?: Allowlist
}

export interface ContentProblem {
  path: string
  message: string
}

const NATIONAL_LINES = ['12393', '12333']

// ---------- normalising ----------

/** Full-width digits, letters and the marks used in numbers and addresses read as their plain forms (not "，": it ends clauses). */
const WIDE = /[\u3000\uff08\uff09\uff0d-\uff1a\uff20-\uff3a\uff41-\uff5a]/g
function foldWidth(text: string): string {
  WIDE.lastIndex = 0
  if (!WIDE.test(text)) return text
  return text.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)))
}

const CN_DIGITS: Record<string, string> = {
  〇: '0', 零: '0', 幺: '1', 一: '1', 壹: '1', 二: '2', 两: '2', 贰: '2', 三: '3', 叁: '3',
  四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9'
}
const CN_CLASS = '〇零幺一壹二两贰三叁四肆五伍六陆七柒八捌九玖'

/** What may sit between the digits of one number as people write it: spaces, dashes, dots, brackets. */
const SEP_CHARS = ' \t\u00a0-‐‑‒–—―.·・()（）/_,~'
const SEP = SEP_CHARS.replace(/[-/\\\]^]/g, (c) => `\\${c}`)
/** A run of ASCII digits joined by separators: "400-123-4567", "138 0013 8000", "0592.12393". */
const DIGIT_RUN = new RegExp(`\\d(?:[${SEP}]*\\d)*`, 'g')
/** The same with Chinese numerals ("幺三八零零…", "138 零零 13 八"). */
const MIXED_RUN = new RegExp(`[\\d${CN_CLASS}](?:[${SEP}]*[\\d${CN_CLASS}])*`, 'g')
/** 12393 / 12333, with an area code or not: set aside when it stands alone and suits the region. */
const OFFICIAL = /(?:0\d{2,3}[-‐‑–— ]?)?123[39]3/g
const CN_ALL = new RegExp(`[${CN_CLASS}]`, 'g')

// Dates and times are ordinary content; they are masked before looking for numbers, but only when
// they stand alone, so "1991-12-3 4567" (a mobile number dressed as a date) is still one run.
const TIME = /\d{1,2}[:：]\d{2}/g
const DATE = /(?:19|20)\d{2}(?:[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?|\s*[-–—~至]\s*(?:19|20)\d{2})(?!\d)/g

/** Is there a digit next to position i, looking in direction step, across separators only? */
function digitNear(text: string, i: number, step: 1 | -1): boolean {
  for (; i >= 0 && i < text.length; i += step) {
    const ch = text.charAt(i)
    if (ch >= '0' && ch <= '9') return true
    if (!SEP_CHARS.includes(ch)) return false
  }
  return false
}

function maskDates(text: string): string {
  if (!/\d/.test(text)) return text
  return text
    .replace(TIME, '¤')
    .replace(DATE, (m: string, offset: number, whole: string) =>
      digitNear(whole, offset - 1, -1) || digitNear(whole, offset + m.length, 1) ? m : '¤'
    )
}

function toDigits(run: string): string {
  let out = ''
  for (const ch of run) {
    if (ch >= '0' && ch <= '9') out += ch
    else if (CN_DIGITS[ch]) out += CN_DIGITS[ch]
  }
  return out
}

function isAllowedNumber(digits: string, areaCodes: ContentContext['areaCodes'], list: Allowlist): boolean {
  if (NATIONAL_LINES.includes(digits)) return true
  if (list.extraPhones.some((p) => p.replace(/\D/g, '') === digits)) return true
  for (const line of NATIONAL_LINES) {
    if (!digits.endsWith(line)) continue
    const code = digits.slice(0, digits.length - line.length)
    if (areaCodes === 'any' ? /^0\d{2,3}$/.test(code) : areaCodes.includes(code)) return true
  }
  return false
}

// ---------- the text rule ----------

/** A phone-like number that is not an allowlisted line, or null. */
export function phoneProblem(text: string, areaCodes: ContentContext['areaCodes'], list: Allowlist = APP_ALLOWLIST): string | null {
  // Official lines standing alone are set aside first (most texts that have digits have only these);
  // one glued to other digits ("400-12393-4567") stays in its run and is judged whole.
  let plain = foldWidth(text).replace(OFFICIAL, (m: string, offset: number, whole: string) =>
    digitNear(whole, offset - 1, -1) || digitNear(whole, offset + m.length, 1) || !isAllowedNumber(toDigits(m), areaCodes, list) ? m : '¤'
  )
  if (!PHONE_HINT.test(plain)) return null
  plain = maskDates(plain)
  for (const m of plain.matchAll(MIXED_RUN)) {
    const run = m[0]
    const cn = run.match(CN_ALL)?.length ?? 0
    if (cn >= 2) {
      const digits = toDigits(run)
      if (digits.length >= 7 && !isAllowedNumber(digits, areaCodes, list)) return `“${run.trim()}”像是用汉字写的电话号码`
    }
    for (const d of cn === 0 ? [run] : run.match(DIGIT_RUN) ?? []) {
      const digits = toDigits(d)
      if (digits.length >= 5 && !isAllowedNumber(digits, areaCodes, list)) {
        return `号码“${d.trim()}”不是官方热线 (文字里只能写 12393、12333 和本地区号加 12393/12333)`
      }
    }
  }
  return null
}

const TLDS =
  'com|cn|net|org|gov|edu|info|top|xyz|vip|cc|co|io|me|tv|biz|site|online|club|shop|store|wang|ltd|tech|app|link|live|fun|icu|cloud|work|ink|pro|mobi|asia|hk|tw|mo|us|uk|jp|kr|ru|de|fr|sg|in|ly|gd|la|ws|so|to|ai|dev|xin|ren|red|kim'
/** "://" anywhere is a web address; a few schemes have no slashes */
const SCHEME = /:\/\/|\b(?:tel|sms|weixin|mailto|javascript):/i
const WWW = /www\s*[.。]/i
const TLD_SET = new Set(TLDS.split('|'))
/** Maximal runs of label characters, and dots: each character is read once, so no input makes the search quadratic. */
const DOMAIN_TOKEN = /[a-z0-9-]+|\s{0,3}[.。]\s{0,3}/gi

/** The first thing shaped like label(.label)+.tld, or null. "gov.cn" alone after a space is advice, not an address. */
function findDomain(plain: string): string | null {
  let start = -1
  let end = -1
  let labels = 0
  let afterDot = false
  for (const m of plain.matchAll(DOMAIN_TOKEN)) {
    const at = m.index ?? 0
    const token = m[0]
    const joined = at === end
    if (/[.。]/.test(token)) {
      afterDot = joined && labels > 0 && !afterDot
      if (!afterDot) labels = 0
    } else {
      if (joined && afterDot) labels++
      else {
        start = at
        labels = 1
      }
      afterDot = false
      const found = plain.slice(start, at + token.length)
      const before = plain.charAt(start - 1)
      // "网址一般以 gov.cn 结尾": the suffix alone, set apart by a space, tells official sites apart;
      // "医保局.gov.cn" or "局gov.cn" is not let through
      const advice = /^gov\s*[.。]\s*cn$/i.test(found) && (before === '' || /\s/.test(before))
      if (labels >= 2 && TLD_SET.has(token.toLowerCase()) && !advice) return found
    }
    end = at + token.length
  }
  return null
}

/** 医保.中国, 提现.公司: Chinese top-level domains (after an ASCII dot; "。公司" ends a sentence) */
const CN_DOMAIN = /[\u4e00-\u9fffa-z0-9]\s*\.\s*(?:中国|公司|网络|在线|网址|网店|中文网)/i
const SPOKEN_DOT = /[a-z0-9]\s*(?:点|dot|\(dot\)|\[\.\])\s*(?:com|cn|net|org)(?![a-z])/i
const IP = /\d{1,3}(?:\s{0,3}[.。]\s{0,3}\d{1,3}){3}/
/** Ways to move a worried reader off the official channels without a digit: an IM account. */
const CONTACT_SOURCE = '微信号|加(?:个)?(?:微信|v信|vx|wx|qq|好友)|qq\\s*[号群]|v信|薇信|威信|扣扣|私聊'
const CONTACT = new RegExp(CONTACT_SOURCE, 'i')

/** Anything that reads as a web address (with or without scheme, www., a bare domain, spelled-out dots), or null. */
export function addressProblem(text: string): string | null {
  const plain = foldWidth(text)
  if (SCHEME.test(plain) || WWW.test(plain)) return '文字里不能写网址 (网址只能放在打开官网的按钮里)'
  const domain = findDomain(plain)
  if (domain) return `文字里不能写网址“${domain}”`
  if (CN_DOMAIN.test(plain) || SPOKEN_DOT.test(plain) || IP.test(plain)) return '文字里不能写网址'
  if (CONTACT.test(plain)) return '文字里不能让人加微信、QQ 等私人联系方式'
  return null
}

/**
 * Cheap gates, one regex each over the raw text, wide enough to let every case the full checks
 * catch through (full-width forms included). Thousands of regions are checked on every download,
 * on phones without a JIT, and most strings have no Latin letter, dot or five digits at all.
 */
const DIGITISH = '0-9\\uff10-\\uff19'
const SEP_RAW = `${SEP}\\u3000\\uff08\\uff09\\uff0c\\uff0d\\uff0e\\uff0f\\uff3f\\uff5e`
const PHONE_HINT = new RegExp(
  `[${DIGITISH}](?:[${SEP_RAW}]*[${DIGITISH}]){4}|[${DIGITISH}${CN_CLASS}](?:[${SEP_RAW}]*[${DIGITISH}${CN_CLASS}]){6}`
)
const ADDRESS_HINT = new RegExp(
  `[a-z0-9\\uff10-\\uff5a]\\s*[.。．]|[:：]\\s*[/／]|www|ｗｗｗ|dot|点\\s*[a-z\\uff41-\\uff5a]|[.．]\\s*(?:中国|公司|网络|在线|网址|网店|中文网)|tel|sms|weixin|mailto|javascript|${CONTACT_SOURCE}`,
  'i'
)

/**
 * Characters no guide needs and a number can hide behind: invisible marks between digits
 * ("400\u200b123…" reads as one number but is three runs), direction overrides that reorder what is
 * shown, odd-width spaces, and digits or letters from other scripts that look like ours
 * (𝟒𝟎𝟎, ⑷, ٤, ¹²³, 𝐰𝐰𝐰).
 */
const HIDDEN =
  /[\u00ad\u061c\u115f\u1160\u180e\u2000-\u200c\u200e\u200f\u2028-\u202f\u205f-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|\u200d|\u17b4|\u17b5|\u180b|\u180c|\u180d|\u180f|\ufe00|\ufe01|\ufe02|\ufe03|\ufe04|\ufe05|\ufe06|\ufe07|\ufe08|\ufe09|\ufe0a|\ufe0b|\ufe0c|\ufe0d|\ufe0e|\ufe0f/
const LOOKALIKE = /\ud835[\udc00-\udfff]|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u2460-\u24ff\u2776-\u2793\u3220-\u3229\u3280-\u3289]/

/** The text rule: one problem with this string, or null. */
export function textProblem(text: string, areaCodes: ContentContext['areaCodes'], list: Allowlist = APP_ALLOWLIST): string | null {
  if (HIDDEN.test(text)) return '文字里有看不见的字符或特殊空格'
  if (LOOKALIKE.test(text)) return '文字里有特殊写法的数字或字母（如 ①、𝟒），请用普通数字'
  return (ADDRESS_HINT.test(text) ? addressProblem(text) : null) ?? (PHONE_HINT.test(text) ? phoneProblem(text, areaCodes, list) : null)
}

const DIAL_WORDS = /拨|致电|打电话|电话|热线|呼叫|来电|\b(?:call|dial|tel)\b/i

/** Only a `call` action may talk about dialling: a copy or link button that says 拨打 pretends to be one. */
export function labelProblem(action: Action): string | null {
  if (action.kind === 'call') return null
  return DIAL_WORDS.test(foldWidth(action.label)) ? `只有打电话的按钮能写“拨打/热线/电话”，这个按钮是 ${action.kind}` : null
}

/** A copy button carries a name to search for, never a number or an address. */
export function copyTextProblem(text: string): string | null {
  if (HIDDEN.test(text) || LOOKALIKE.test(text)) return `复制的内容“${text}”里有特殊字符；只能复制名称`
  const plain = foldWidth(text)
  if ((plain.match(/\d/g)?.length ?? 0) >= 3 || (plain.match(CN_ALL)?.length ?? 0) >= 4) return `复制的内容“${text}”像号码；只能复制名称`
  if (plain.includes('@') || addressProblem(plain)) return `复制的内容“${text}”像网址或账号；只能复制名称`
  return null
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Fields that are not shown as written: ids and id lists, enums, dates (checked as dates),
 * `url` (the link rule) and a call's `number` (the phone rule), which are handled separately.
 */
const SKIP = new Set(['id', 'region', 'remove', 'sources', 'strength', 'kind', 'status', 'form', 'scope', 'relatives', 'topics', 'appId'])

// ---------- the walk ----------

type Segments = Array<string | number>

function joinPath(segments: Segments): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (s !== '') out += out ? `.${s}` : s
  }
  return out
}

/** https only, no account or port, and no phone-like number in the host (the host is shown). */
export function sourceUrlProblem(url: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)(?:[/?#]\S*)?$/i.exec(url)
  if (!m) return `来源网址 ${url} 应为 https，且不带账号或端口`
  return phoneProblem(m[1] ?? '', []) ? `来源网址 ${url} 的域名里有号码` : null
}

// The host a source is shown as lives in ./sourceHost, so pages showing it need not load the content rule.
export { sourceHost } from './sourceHost'

/** Every problem in a national or region object, with a path a config author can find. */
export function contentProblems(value: unknown, ctx: ContentContext): ContentProblem[] {
  const list = ctx.allowlist ?? APP_ALLOWLIST
  const out: ContentProblem[] = []
  const segments: Segments = []
  const report = (message: string | null, key?: string | number) => {
    if (!message) return
    if (key !== undefined) segments.push(key)
    out.push({ path: joinPath(segments), message })
    if (key !== undefined) segments.pop()
  }

  const visitString = (s: string, key: string) => {
    if (ISO_DATE.test(s)) {
      if (ctx.latestDate && s > ctx.latestDate) report(`日期 ${s} 晚于发布日期 ${ctx.latestDate}`)
      return
    }
    if (SKIP.has(key)) return
    if (key === 'url') return report(sourceUrlProblem(s))
    report(textProblem(s, ctx.areaCodes, list))
  }

  const visitAction = (action: Record<string, unknown>) => {
    if (typeof action.kind !== 'string') return walk(action, '')
    const a = action as unknown as Action
    report(checkAction(a, ctx.callAreaCodes, list) ?? (a.kind === 'copy' ? copyTextProblem(a.text) : null) ?? labelProblem(a))
    for (const key in action) {
      const s = action[key]
      if (key === 'kind' || key === 'url' || key === 'number' || key === 'appId') continue
      if (typeof s === 'string') {
        segments.push(key)
        report(textProblem(s, ctx.areaCodes, list))
        segments.pop()
      } else {
        segments.push(key)
        walk(s, key)
        segments.pop()
      }
    }
  }

  function walk(value: unknown, key: string): void {
    if (typeof value === 'string') return visitString(value, key)
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        segments.push(i)
        const item: unknown = value[i]
        if (key === 'actions' && item && typeof item === 'object' && !Array.isArray(item)) visitAction(item as Record<string, unknown>)
        else walk(item, key)
        segments.pop()
      }
      return
    }
    const record = value as Record<string, unknown>
    for (const k in record) {
      segments.push(k)
      walk(record[k], k)
      segments.pop()
    }
  }

  walk(value, '')
  return out
}
