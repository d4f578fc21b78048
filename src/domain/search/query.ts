/**
 * Matching a query against search entries (index.ts builds them from a policy; words.ts holds the
 * words). Its own module so the home page, in the main package, can search without the policy code.
 */
import type { ShareTarget } from '../share/link'
import { DEATH, ELSEWHERE_GROUPS, FILLERS, KEYWORDS, RELATIVE_GROUPS, WEAK, WEAK_KEYWORDS } from './words'

export interface SearchEntry {
  title: string
  /** where the words are found: the title plus the card's body */
  text: string
  /**
   * Where to land: the page plus a card, situation or binding path. Never a
   * region (the page would take the hit for a family member's shared link) nor
   * a step (it would overwrite the user's own walkthrough progress).
   */
  target: ShareTarget
  /** what kind of thing it is, shown beside the title */
  section: '余额查询' | '家庭共济' | '余额提取' | '异地就医' | '误区'
}

type Word = { kind: 'keyword'; group: number } | { kind: 'filler' } | { kind: 'weak' }

const DICTIONARY: ReadonlyMap<string, Word> = (() => {
  const d = new Map<string, Word>()
  for (const w of FILLERS) d.set(w, { kind: 'filler' })
  for (const w of WEAK) d.set(w, { kind: 'weak' })
  // keywords last: where a word is both, it means something
  KEYWORDS.forEach((k, group) => {
    for (const w of k.says) d.set(w, { kind: 'keyword', group })
  })
  return d
})()
const LONGEST = Math.max(...Array.from(DICTIONARY.keys(), (w) => w.length))

interface Term {
  /** what the content may say, the most telling first */
  alternatives: string[]
  /** how much a match counts: a death outweighs anything else asked with it */
  weight: number
}

/** A death in the query decides the answer: it counts twice as much as any other term. */
const DEATH_WEIGHT = 2

function normalize(query: string): string {
  let q = query
  try {
    q = q.normalize('NFKC') // full-width digits and letters, e.g. １２３９３
  } catch {
    // very old runtimes: use it as typed
  }
  // keep letters, digits and Chinese; everything else separates words
  return q.toLowerCase().replace(/[^0-9a-z\u3400-\u9fff]+/g, ' ')
}

/** Literal leftovers: runs of Chinese, or of letters/digits, of at least 2 characters. */
function literalChunks(text: string): string[] {
  return (text.match(/[\u3400-\u9fff]+|[0-9a-z]+/g) ?? []).filter((c) => c.length >= 2)
}

/**
 * The query as terms, each a list of what the content may say. Known words
 * are found anywhere (the longest at each place, left to right), fillers are
 * dropped, and what is left is used literally. Weak words count only when
 * nothing else does.
 */
function queryTerms(query: string): { terms: Term[]; beyond: string[] } {
  const q = normalize(query)
  const beyond: string[] = []
  const strong = new Map<string, Term>()
  const weak = new Map<string, Term>()
  let rest = ''
  const flush = () => {
    for (const c of literalChunks(rest)) if (!strong.has(`=${c}`)) strong.set(`=${c}`, { alternatives: [c], weight: 1 })
    rest = ''
  }
  let i = 0
  while (i < q.length) {
    let found: { word: string; meaning: Word } | null = null
    for (let len = Math.min(LONGEST, q.length - i); len >= 1 && !found; len--) {
      const word = q.slice(i, i + len)
      const meaning = DICTIONARY.get(word)
      if (meaning) found = { word, meaning }
    }
    if (!found) {
      rest += q[i]
      i++
      continue
    }
    flush()
    i += found.word.length
    const { word, meaning: m } = found
    if (m.kind === 'filler') continue
    if (m.kind === 'weak') {
      weak.set(`=${word}`, { alternatives: [word], weight: 1 })
      continue
    }
    const k = KEYWORDS[m.group]
    const into = WEAK_KEYWORDS.has(word) ? weak : strong
    if (!k || into.has(`#${m.group}`)) continue
    if (k.beyond && !beyond.includes(k.beyond)) beyond.push(k.beyond)
    // what was typed counts too, after the content's own words
    const alternatives = k.find.includes(word) || word.length < 2 ? [...k.find] : [...k.find, word]
    into.set(`#${m.group}`, { alternatives, weight: m.group === DEATH ? DEATH_WEIGHT : 1 })
  }
  flush()
  // "父亲去世", "我妈走了": the relative is who died, not who to share with; the death decides.
  // "去儿子那边看病": the relative is where the person goes, not whom to share with; seeing a doctor elsewhere decides.
  if (strong.has(`#${DEATH}`) || ELSEWHERE_GROUPS.some((g) => strong.has(`#${g}`))) for (const g of RELATIVE_GROUPS) strong.delete(`#${g}`)
  const terms = strong.size > 0 ? strong : weak
  return { terms: Array.from(terms.values()), beyond }
}

const TITLE_WEIGHT = 3
const TEXT_WEIGHT = 1
/** a hit on a term's first (most telling) alternative counts fully, on the others this much */
const OTHER_ALTERNATIVE = 0.75

function termScore(alternatives: readonly string[], title: string, text: string): number {
  let best = 0
  alternatives.forEach((alt, i) => {
    const factor = i === 0 ? 1 : OTHER_ALTERNATIVE
    if (title.includes(alt)) best = Math.max(best, TITLE_WEIGHT * factor)
    else if (text.includes(alt)) best = Math.max(best, TEXT_WEIGHT * factor)
  })
  return best
}

/**
 * Entries matching at least one term of the query, best first: each matched
 * term adds to the score, more when it is in the title (or section). Ties keep the guide's
 * own order. Nothing for an empty query or one with nothing to look for.
 */
export function searchGuide(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  return rank(entries, queryTerms(query).terms, limit)
}

export interface SearchAnswer {
  /** the nearest answers, best first */
  hits: SearchEntry[]
  /** what the query asks that this app does not answer (words.ts `beyond`), in the order asked */
  beyond: string[]
}

/** The hits and, for words like 报销 or 住院, what the app does not answer about them. */
export function answerSearch(entries: readonly SearchEntry[], query: string, limit = 8): SearchAnswer {
  const { terms, beyond } = queryTerms(query)
  return { hits: rank(entries, terms, limit), beyond }
}

function rank(entries: readonly SearchEntry[], terms: readonly Term[], limit: number): SearchEntry[] {
  if (terms.length === 0) return []
  const scored: Array<{ e: SearchEntry; score: number; i: number }> = []
  entries.forEach((e, i) => {
    // the section is shown beside the title: a word there counts as much
    const title = `${e.section} ${e.title}`.toLowerCase()
    const text = e.text.toLowerCase()
    let score = 0
    for (const t of terms) score += t.weight * termScore(t.alternatives, title, text)
    if (score > 0) scored.push({ e, score, i })
  })
  scored.sort((a, b) => b.score - a.score || a.i - b.i)
  return scored.slice(0, limit).map((x) => x.e)
}
