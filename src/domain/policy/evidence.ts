/**
 * Evidence: every fact carries the words of its sources that say it (a citation's `quote`), and
 * what a reader would act on — a quoted name (“…”, 「…」), a menu path (A → B → C), a number —
 * must appear in those words. Checked mechanically by `policies:build`; a fact whose names or
 * numbers its quotes do not contain is refused. The build also warns about facts whose newest
 * source is more than two years old (the app shows their year).
 */
import { citedId, citedQuote } from './citations'
import { OLD_SOURCE_YEARS, newestPublished, oldSourceYear } from './sourceAge'
import { officialName } from './names'
import type { Citation, Source } from './schema'
import { DATE_KEYS, ID_AND_ENUM_KEYS } from './fieldKinds'

export interface Fact {
  /** where it sits in its file, e.g. "family.paths.upsert[0]" */
  path: string
  /** every string the app shows for it */
  texts: string[]
  /** names a copy button puts on the clipboard for the user to search: checked like quoted names */
  copyNames: string[]
  citations: Citation[]
}

/** Keys whose strings are not words of the fact: ids, enums and dates, numbers dialled, addresses. */
const NOT_WORDS: ReadonlySet<string> = new Set([
  ...ID_AND_ENUM_KEYS,
  ...DATE_KEYS,
  'url',
  'number',
  'otherCity',
  // a myth's claim is what the web says, quoted to be corrected: its truth is the fact
  'claim'
])

const isCitationList = (v: unknown): v is Citation[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (c) =>
      typeof c === 'string' ||
      (c !== null && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string' && typeof (c as { quote?: unknown }).quote === 'string')
  )

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

/** A nested object that is a fact of its own (it cites sources): its words belong to it, not to its parent. */
const citesItself = (o: Obj) => isCitationList(o.sources)

function collect(value: unknown, key: string, texts: string[], copyNames: string[]): void {
  if (NOT_WORDS.has(key)) return
  if (typeof value === 'string') {
    texts.push(value)
    return
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, texts, copyNames)
    return
  }
  if (!isObj(value) || citesItself(value)) return
  // a copy button copies the registry's name for its id: that name is what the user will search for
  if (value.kind === 'copy' && typeof value.name === 'string') {
    const entry = officialName(value.name)
    if (entry) copyNames.push(entry.name)
    return
  }
  for (const [k, child] of Object.entries(value)) collect(child, k, texts, copyNames)
}

/** Every fact in a national or region file: each object that cites sources, with the words it shows. */
export function factsOf(policy: object): Fact[] {
  const out: Fact[] = []
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`))
      return
    }
    if (!isObj(value)) return
    // national balance: the two account cards rest on accountsSources
    if (isCitationList(value.accountsSources) && isObj(value.accounts)) {
      const texts: string[] = []
      collect(value.accounts, 'accounts', texts, [])
      out.push({ path: path ? `${path}.accounts` : 'accounts', texts, copyNames: [], citations: value.accountsSources })
    }
    if (citesItself(value)) {
      const texts: string[] = []
      const copyNames: string[] = []
      for (const [k, child] of Object.entries(value)) collect(child, k, texts, copyNames)
      out.push({ path, texts, copyNames, citations: value.sources as Citation[] })
    }
    for (const [k, child] of Object.entries(value)) {
      if (k === 'sources' && (path === '' || isCitationList(child))) continue
      walk(child, path ? `${path}.${k}` : k)
    }
  }
  walk(policy, '')
  return out
}

// ---------- what a fact must be able to show from its quotes ----------

const FULL_WIDTH = /[\uff01-\uff5e]/g
/** Compare words, not typography: no spaces, half-width, lower-case Latin (APP / App / app). */
export function plain(s: string): string {
  return s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase()
}

/** “name” and 「name」 in a text. */
export function quotedNames(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/“([^”]+)”|「([^」]+)」/g)) {
    const name = (m[1] ?? m[2] ?? '').trim()
    // “A → B” is a menu path written as one name: its items are checked one by one (menuItems)
    if (name && !name.includes('→')) out.push(name)
  }
  return out
}

/** What separates one menu item from the words around it; quote marks are taken off the item. */
const AROUND = /[\s，。；：、！？（）()《》【】“”「」,;:]/

/** The items of every menu path "A → B → C" in a text: each must be in the quotes. */
export function menuItems(text: string): string[] {
  if (!text.includes('→')) return []
  const parts = text.split(/\s*→\s*/)
  return parts
    .map((part, i) => {
      let item = part
      if (i === 0) {
        // a quoted first item (点“我的”→…) is the last quoted name; otherwise the last word
        const quoted = /[“「【]([^“”「」【】]*)[”」】]\s*$/.exec(part)
        item = quoted ? (quoted[1] ?? '') : (part.split(AROUND).pop() ?? '')
      } else if (i === parts.length - 1) {
        const quoted = /^\s*[“「【]([^“”「」【】]*)[”」】]/.exec(part)
        item = quoted ? (quoted[1] ?? '') : (part.split(AROUND)[0] ?? '')
      } else item = part.replace(/[“”「」【】]/g, '')
      return item.trim()
    })
    .filter((item) => item.length > 0)
}

/** The official lines (12393 / 12333, with or without an area code) are the app's own advice, not a source's claim. */
const OFFICIAL_LINE = /(?:0\d{2,3}\s*[-‐‑–—]\s*)?123[39]3/g

/** The numbers in a fact (as values: 01 and 1 are the same day). */
export function numbersIn(text: string): string[] {
  const plainText = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(OFFICIAL_LINE, ' ')
  return [...plainText.matchAll(/\d+(?:\.\d+)?/g)].map((m) => String(Number(m[0])))
}

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 }

/** 三 → 3, 十六 → 16, 二十二 → 22, 一千五百 → 1500: what a source writes in words counts as its number. */
export function chineseNumber(run: string): number | null {
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const ch of run) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch] ?? 0
    else if (ch === '万') {
      section = (section + (digit ?? 0)) * 10000
      total += section
      section = 0
      digit = null
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * (CN_UNIT[ch] ?? 1)
      digit = null
    } else return null
  }
  return total + section + (digit ?? 0)
}

/** Every number a quote states, in digits or in words. */
export function numbersInQuote(quote: string): Set<string> {
  const out = new Set(numbersIn(quote))
  // a quote may name the line itself ("拨打 0358-12393"): its parts are numbers it states too
  for (const m of quote.matchAll(/\d+/g)) out.add(String(Number(m[0])))
  for (const m of quote.matchAll(/[零〇一二两三四五六七八九十百千万]+/g)) {
    const n = chineseNumber(m[0])
    if (n !== null) out.add(String(n))
  }
  return out
}

/** The parts of a source's own date: a fact may give the year and month its source was published in. */
function dateParts(publishedOn: string | undefined): string[] {
  return publishedOn ? publishedOn.split('-').map((p) => String(Number(p))) : []
}

export interface EvidenceProblem {
  path: string
  message: string
}

/**
 * What a fact shows that none of its quotes says. A fact without any quote (bare ids only)
 * can still show plain prose; any name, menu item or number in it is then a problem.
 */
export function evidenceProblems(fact: Fact, sources: readonly Source[]): EvidenceProblem[] {
  const byId = new Map(sources.map((s) => [s.id, s]))
  const quotes = fact.citations.map(citedQuote).filter((q): q is string => q !== undefined)
  const said = plain(quotes.join('\n'))
  const numbers = new Set<string>()
  for (const q of quotes) for (const n of numbersInQuote(q)) numbers.add(n)
  for (const c of fact.citations) for (const n of dateParts(byId.get(citedId(c))?.publishedOn)) numbers.add(n)

  const missing = new Set<string>()
  const problems: EvidenceProblem[] = []
  const need = (what: string, label: (w: string) => string) => {
    if (missing.has(what)) return
    missing.add(what)
    problems.push({ path: fact.path, message: label(what) })
  }
  for (const text of fact.texts) {
    for (const name of quotedNames(text)) if (!said.includes(plain(name))) need(`“${name}”`, (w) => `${w}不在它引用的来源原文（quote）里`)
    for (const item of menuItems(text)) if (!said.includes(plain(item))) need(`菜单“${item}”`, (w) => `${w}不在它引用的来源原文（quote）里`)
    for (const n of numbersIn(text)) if (!numbers.has(n)) need(`数字 ${n}`, (w) => `${w} 不在它引用的来源原文（quote）里，也不是来源的发布日期`)
  }
  for (const name of fact.copyNames) if (!said.includes(plain(name))) need(`复制的名称“${name}”`, (w) => `${w}不在它引用的来源原文（quote）里`)
  return problems
}

/** A fact has evidence when every source it cites comes with the words that say it. */
export const hasEvidence = (fact: Fact): boolean => fact.citations.every((c) => citedQuote(c) !== undefined)

// ---------- the two dates ----------

// The dates' arithmetic lives in ./sourceAge, so the source line on every page need not load the build's checks.
export { OLD_SOURCE_YEARS, latestDayOf, newestPublished, oldSourceYear } from './sourceAge'

/** Warnings for the build: facts resting only on sources older than two years, or on undated ones. */
export function dateWarnings(fileName: string, policy: { sources: readonly Source[] }, today: Date): string[] {
  const byId = new Map(policy.sources.map((s) => [s.id, s]))
  const out: string[] = []
  for (const fact of factsOf(policy)) {
    const cited = fact.citations.map((c) => byId.get(citedId(c))).filter((s): s is Source => s !== undefined)
    const year = oldSourceYear(cited, today)
    if (newestPublished(cited) === null) out.push(`${fileName}: ${fact.path} 的来源都没有发布日期（publishedOn），无法判断新旧`)
    else if (year !== null)
      out.push(`${fileName}: ${fact.path} 最新的来源是 ${year} 年的（超过 ${OLD_SOURCE_YEARS} 年），页面会写明“${year} 年的资料”，请找更新的来源`)
  }
  return out
}

export interface EvidenceCount {
  withEvidence: number
  withoutEvidence: number
}

export function evidenceCount(policy: object): EvidenceCount {
  const facts = factsOf(policy)
  const withEvidence = facts.filter(hasEvidence).length
  return { withEvidence, withoutEvidence: facts.length - withEvidence }
}

/** Every evidence problem in a file, for the build. */
export function fileEvidenceProblems(policy: { sources: readonly Source[] }): EvidenceProblem[] {
  return factsOf(policy).flatMap((f) => evidenceProblems(f, policy.sources))
}
