/**
 * The one content rule: every string a config puts on the screen or the clipboard may only use
 * what the app already knows to be safe, so a leaked key or a careless edit cannot show a
 * scammer's number, account or advice. It is an allowlist, not a list of disguises:
 *  - characters: CJK ideographs, Chinese punctuation, ASCII digits, a few ASCII symbols, and
 *    Latin letters only as whole listed words (vocabulary.ts);
 *  - numbers: quantities with a unit, dates, times, document numbers, official hotlines (numbers.ts);
 *  - names to search for or copy: the registry in names.ts;
 *  - links and phone numbers in actions: allowlist.ts;
 * and, as a net under those, scam wording outside the myths (wording.ts).
 *
 * The walk is generic (every string under national and region objects) so fields added later are
 * covered without touching this file; only the ids and enums named in fieldKinds.ts are left out.
 * Text is judged as the page shows it: the fields of one card (a channel, a binding path, a
 * situation, a myth, a note, a source) are read together, joined by a space, and so are the items
 * of a list outside a card.
 */
import { APP_ALLOWLIST, checkAction, type Allowlist } from './allowlist'
import { NAMES_WITH_LETTERS, unknownNameIn } from './names'
import { numberProblem, type Finding } from './numbers'
import type { Action } from './schema'
import { httpsHost } from './sourceTrust'
import { ASCII_DIGIT, CHAR, CN_NUMERAL, PLAIN } from './charTable'
import { BETWEEN_DIGITS, LATIN_WORDS } from './vocabulary'
import { DATE_KEYS, ID_AND_ENUM_KEYS } from './fieldKinds'
import { SCAM_WORD_FIRST, scamTablesAt, scamWording, scamWordingPossibleWith } from './wording'

export interface ContentContext {
  /** area codes whose 区号-12393 may appear in text; 'any' for national text (examples from many cities) */
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

// ---------- characters ----------

// Module-local copies: an imported binding is a getter in bundled code.
const DOT_AND_COLON = BETWEEN_DIGITS
const WORDS = LATIN_WORDS
const SCAM_FIRST = SCAM_WORD_FIRST
const isAsciiDigit = (c: string) => c >= '0' && c <= '9'
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')

function codePoint(text: string, i: number): string {
  const cp = text.codePointAt(i) ?? 0
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

/** For the message only (the rule refuses them all alike): marks and spaces an author cannot see. */
function looksBlank(cp: number): boolean {
  return (
    cp <= 0x20 ||
    (cp >= 0x7f && cp <= 0xa0) ||
    (cp >= 0x300 && cp <= 0x36f) ||
    cp === 0x34f ||
    (cp >= 0x2000 && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202f) ||
    (cp >= 0x205f && cp <= 0x206f) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    cp === 0x2800 ||
    cp === 0x3000 ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp >= 0xe0000
  )
}

/** Letters covered by an official name with letters (i厦门) at this spot. */
function insideLetteredName(text: string, start: number, end: number): boolean {
  return NAMES_WITH_LETTERS.some((name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at <= start && end <= at + name.length) return true
    }
    return false
  })
}

/**
 * The first character (or Latin word) of text that is not on the allowlist, or null. What is allowed
 * anywhere (CJK, Chinese punctuation, digits, a few ASCII symbols: charTable.ts) is passed over by
 * table; the rest is looked at closely.
 */
export function characterProblem(text: string, inMyth = false, from = 0): Finding | null {
  const n = text.length
  // from: where the first character not allowed anywhere is, when the caller has already looked
  for (let i = from; i < n; i++) {
    if ((CHAR[text.charCodeAt(i)] as number) & PLAIN) continue
    const c = text.charAt(i)
    if (DOT_AND_COLON.includes(c)) {
      if (isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) continue
      return { at: i, message: `“${c}”只能写在两个数字中间（如 10.5%、22:00）` }
    }
    if (isLetter(c)) {
      let end = i
      while (end < text.length && isLetter(text.charAt(end))) end++
      const word = text.slice(i, end)
      const listed = Object.prototype.hasOwnProperty.call(WORDS, word) ? WORDS[word] : undefined
      if ((listed && (inMyth || !listed.mythsOnly)) || insideLetteredName(text, i, end)) {
        i = end - 1
        continue
      }
      const words = Object.keys(WORDS).filter((w) => !WORDS[w]?.mythsOnly)
      return { at: i, message: `英文“${word}”不在允许的词里（只能写 ${words.join('、')} 和名单里的官方名称）` }
    }
    const cp = text.codePointAt(i) ?? 0
    const what = looksBlank(cp) ? '看不见的字符' : `字符“${String.fromCodePoint(cp)}”`
    return { at: i, message: `不能用${what}（${codePoint(text, i)}）：只能用汉字、中文标点、数字和少数符号` }
  }
  return null
}

// ---------- grouping: text as the page shows it ----------

type Segments = Array<string | number>

function joinPath(segments: Segments): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else if (s !== '') out += out ? `.${s}` : s
  }
  return out
}

/**
 * One card's (or one list's) shown fields, read together joined by a space. Paths are joined only for a
 * problem, and kept at all only when the walk is asked for them (the exact pass; the quick one needs none).
 */
class Group {
  readonly fields: string[] = []
  readonly paths: Segments[] = []
  constructor(
    readonly inMyth: boolean,
    private readonly withPaths = true
  ) {}
  add(path: Segments, s: string): void {
    this.fields.push(s)
    if (this.withPaths) this.paths.push(path.slice())
  }
}

// ---------- single strings ----------

/** Every text rule on one string read on its own (a title, a label). One problem, or null. */
export function textProblem(text: string, areaCodes: ContentContext['areaCodes'], inMyth = false): string | null {
  const g = new Group(inMyth)
  g.add([], text)
  return groupProblems(g, areaCodes)[0]?.message ?? null
}

const DIAL_WORDS = /拨|致电|打电话|电话|热线|呼叫|来电/

/** Only a `call` action may talk about dialling: a link button that says 拨打 pretends to be one. */
export function labelProblem(action: Action): string | null {
  if (action.kind === 'call' || action.kind === 'copy') return null
  return DIAL_WORDS.test(action.label) ? `只有打电话的按钮能写“拨打/热线/电话”，这个按钮是 ${action.kind}` : null
}

/** https only, a plain host (no account or port), nothing that is not a URL character. */
export function sourceUrlProblem(url: string): string | null {
  if (!httpsHost(url) || !/^https:\/\/[a-z0-9.-]+(?:[/?#][\x21-\x7e]*)?$/i.test(url)) {
    return `来源网址 ${url} 应为 https，且不带账号或端口`
  }
  return null
}

/** The text rules on a group: characters and names field by field, numbers and wording on the joined text. */
function groupProblems(g: Group, areaCodes: ContentContext['areaCodes']): ContentProblem[] {
  const out: ContentProblem[] = []
  const bad = new Set<number>()
  const report = (field: number, message: string) => {
    if (bad.has(field)) return
    bad.add(field)
    out.push({ path: joinPath(g.paths[field] ?? []), message })
  }
  const { fields } = g
  const text = fields.length === 1 ? (fields[0] ?? '') : fields.join(' ')
  // Characters and names are searched once over the joined text; only a group with a problem is read field by field, to name each one.
  if (characterProblem(text, g.inMyth) || unknownNameIn(text)) {
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f] ?? ''
      const c = characterProblem(field, g.inMyth)
      if (c) report(f, c.message)
      const name = unknownNameIn(field)
      if (name) report(f, `“${name.name}”不在官方名称名单里（src/domain/policy/names.ts），不能让人去搜索或关注`)
    }
    // a field refused for its characters is not read again for its numbers
    if (bad.size > 0) return out
  }
  const boundaries: number[] = []
  for (let f = 0, at = 0; f < fields.length - 1; f++) boundaries.push((at += (fields[f] ?? '').length + (f > 0 ? 1 : 0)))
  const fieldAt = (offset: number) => {
    let f = 0
    while (f < boundaries.length && (boundaries[f] ?? 0) < offset) f++
    return f
  }
  const n = numberProblem(text, { areaCodes, saysRenShe: text.includes('人社') }, boundaries)
  if (n) report(fieldAt(n.at), n.message)
  if (!g.inMyth) {
    const w = scamWording(text)
    if (w) report(fieldAt(w.at), w.message)
  }
  return out
}

// ---------- the walk ----------

/**
 * Not read as text here: ids and enums (fieldKinds), dates (checked as dates), `url` (the link or source rule)
 * and a call's `number` (the phone rule).
 */
const STRUCTURAL = ID_AND_ENUM_KEYS
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

const isCard = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string'

/**
 * Every problem in a national or region object, with a path a config author can find. A file is read
 * quickly first (quickClean: all of a file's text in a few passes, no paths); only one that is not
 * plainly clean is read card by card, which names each problem and where it is.
 */
export function contentProblems(value: unknown, ctx: ContentContext): ContentProblem[] {
  const quick = collect(value, ctx, false)
  if (quick.problems.length === 0 && quickClean(quick.groups, ctx.areaCodes)) return []
  return contentProblemsCardByCard(value, ctx)
}

/** The reading that names every problem: each card's text in turn, with paths. contentProblems without its quick look. */
export function contentProblemsCardByCard(value: unknown, ctx: ContentContext): ContentProblem[] {
  const exact = collect(value, ctx, true)
  for (const g of exact.groups) if (g.fields.length > 0) exact.problems.push(...groupProblems(g, ctx.areaCodes))
  return exact.problems
}

/** The walk: the checks on structure (dates, addresses, actions) as it goes, and the text in the groups it is shown in. */
function collect(value: unknown, ctx: ContentContext, withPaths: boolean): { problems: ContentProblem[]; groups: Group[] } {
  const list = ctx.allowlist ?? APP_ALLOWLIST
  const out: ContentProblem[] = []
  const groups: Group[] = []
  const segments: Segments = []
  const here = () => joinPath(segments)
  const report = (message: string | null) => {
    if (message) out.push({ path: here(), message })
  }

  const visitDate = (s: string) => {
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(s)) return report(`日期“${s}”应写成 YYYY-MM-DD`)
    if (ctx.latestDate && s > ctx.latestDate.slice(0, s.length)) report(`日期 ${s} 晚于发布日期 ${ctx.latestDate}`)
  }

  const visitString = (s: string, key: string, group: Group) => {
    // a date written anywhere is read as a date (the length and the dash first: a regex per string is most of a walk)
    if (DATE_KEYS.has(key) || (s.length === 10 && s.charCodeAt(4) === 45 && ISO_DATE.test(s))) return visitDate(s)
    if (STRUCTURAL.has(key)) return
    if (key === 'url') return report(sourceUrlProblem(s))
    group.add(segments, s)
  }

  const visitAction = (action: Record<string, unknown>, group: Group) => {
    if (typeof action.kind !== 'string') return walk(action, '', group)
    const a = action as unknown as Action
    report(checkAction(a, ctx.callAreaCodes, list) ?? labelProblem(a))
    for (const key in action) {
      const s = action[key]
      // the number, address, app id and copied name are each checked by the action rule above
      if (key === 'kind' || key === 'url' || key === 'number' || key === 'appId' || (a.kind === 'copy' && key === 'name')) continue
      segments.push(key)
      if (typeof s === 'string') group.add(segments, s)
      else walk(s, key, group)
      segments.pop()
    }
  }

  /** group: the card this value is shown in, or null outside any card (each container then reads as one) */
  function walk(value: unknown, key: string, group: Group | null): void {
    if (value === null || typeof value !== 'object') return
    const inMyth = segments[0] === 'myths'
    const own = group ?? new Group(inMyth, withPaths)
    if (!group) groups.push(own)
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        segments.push(i)
        const item: unknown = value[i]
        if (typeof item === 'string') visitString(item, key, own)
        else if (key === 'actions' && item && typeof item === 'object' && !Array.isArray(item)) visitAction(item as Record<string, unknown>, own)
        else if (!group && isCard(item)) {
          const card = new Group(inMyth, withPaths)
          groups.push(card)
          walk(item, key, card)
        } else walk(item, key, group)
        segments.pop()
      }
      return
    }
    const record = value as Record<string, unknown>
    for (const k in record) {
      segments.push(k)
      const child = record[k]
      if (typeof child === 'string') visitString(child, k, own)
      else walk(child, k, group)
      segments.pop()
    }
  }

  walk(value, '', null)
  return { problems: out, groups }
}

/**
 * True when every group surely passes groupProblems: the same rules, answering only yes or no (no
 * paths, nothing allocated for a message), each run only on a card that has what it looks at. One look
 * at each character says whether the card has any character the rule would look at closely, any
 * number and any quote; most cards have no Latin letter and many no number or quote. Scam wording
 * reads only the cards with a word of its tables where it could find something. False sends the file
 * to the reading that also says what is wrong and where.
 */
function quickClean(groups: readonly Group[], areaCodes: ContentContext['areaCodes']): boolean {
  for (const g of groups) {
    const { fields } = g
    if (fields.length === 0) continue
    const text = fields.length === 1 ? (fields[0] ?? '') : fields.join(' ')
    // One look at each character: what the rules below would look at, where the first of it is, and the
    // scam tables with a word in the text.
    let seen = 0
    let closeAt = 0
    let numeralAt = 0
    let tables = 0
    const n = text.length
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      // most characters are plain CJK that no rule below looks at: one load says so
      if (LOOK[c] === 0) continue
      const k = CHAR[c] as number
      if ((k & PLAIN) === 0) {
        if ((seen & CLOSE_LOOK) === 0) closeAt = i
        seen |= CLOSE_LOOK
      }
      if (k & NUMERALS) {
        if ((seen & NUMERALS) === 0) numeralAt = i
        seen |= k & NUMERALS
      }
      if (c === OPEN_QUOTE) seen |= QUOTE
      if ((SCAM_FIRST[c] as number) & ~tables) tables = scamTablesAt(text, i, tables)
    }
    if (seen & CLOSE_LOOK && characterProblem(text, g.inMyth, closeAt)) return false
    if (seen & QUOTE && unknownNameIn(text)) return false
    if (seen & NUMERALS) {
      let boundaries: number[] = NO_BOUNDARIES
      if (fields.length > 1) {
        boundaries = []
        for (let f = 0, at = 0; f < fields.length - 1; f++) boundaries.push((at += (fields[f] ?? '').length + (f > 0 ? 1 : 0)))
      }
      if (numberProblem(text, { areaCodes, saysRenShe: text.includes('人社') }, boundaries, numeralAt)) return false
    }
    if (!g.inMyth && scamWordingPossibleWith(text, tables) && scamWording(text)) return false
  }
  return true
}
const NO_BOUNDARIES: number[] = []

/** flags of quickClean's look, beside charTable's digit flags */
const NUMERALS = ASCII_DIGIT | CN_NUMERAL
const CLOSE_LOOK = 64
const QUOTE = 128
const OPEN_QUOTE = 0x201c
/** non-zero for a character quickClean's look does anything with: not plain, a numeral, an opening quote, a scam word's first */
const LOOK = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  const k = CHAR[c] as number
  LOOK[c] = (k & PLAIN) === 0 || k & NUMERALS || c === OPEN_QUOTE || SCAM_FIRST[c] ? 1 : 0
}
