/**
 * @jest-environment node
 *
 * The content rule reads a config fast (a table per character instead of regular expressions, a quick look
 * before the card-by-card reading): here each fast part against the plain form it replaces, on random text
 * made of what the rule cares about, and the quick look against the card-by-card reading on changed files.
 * The fast parts must answer exactly as before; the quick look may only ever send a file on to be read.
 */
import fc from 'fast-check'
import { characterProblem, contentProblems, contentProblemsCardByCard } from '../../../src/domain/policy/contentRule'
import { nextNumber, numberProblem } from '../../../src/domain/policy/numbers'
import {
  SCAM_WORD_FIRST,
  mayBeScamWording,
  scamTablesAt,
  scamWording,
  scamWordingPossible,
  scamWordingPossibleWith
} from '../../../src/domain/policy/wording'
import { ASCII_DIGIT, CHAR, CN_NUMERAL, PLAIN } from '../../../src/domain/policy/charTable'
import { IN_APP_SEARCH_WORDS, OFFICIAL_NAMES, unknownNameIn } from '../../../src/domain/policy/names'
import { ASCII_SYMBOLS, CHINESE_PUNCTUATION, CJK_FIRST, CJK_LAST, CN_DIGITS, CN_PLACES } from '../../../src/domain/policy/vocabulary'
import { regionList } from '../../../src/domain/region/fullList'
import { copy, realBundle } from '../../support/policies'

const { areaCodesOf } = regionList

const bundle = realBundle()

// ---- the plain forms the fast ones replace, as they were written ----

const escapeClass = (s: string) => s.replace(/[-\\\]^]/g, (c) => `\\${c}`)
const PLAIN_CLASS = `\\u${CJK_FIRST.toString(16)}-\\u${CJK_LAST.toString(16)}${escapeClass(CHINESE_PUNCTUATION)}0-9${escapeClass(ASCII_SYMBOLS)}`
const NOT_PLAIN = new RegExp(`[^${PLAIN_CLASS}]`, 'g')
const CN_NUMERALS = `${CN_DIGITS}${CN_PLACES}`
const SEP = '[^\\u4e00-\\u9fffA-Za-z0-9]'
const NEXT = new RegExp(`[0-9]|[${CN_NUMERALS}](?:${SEP}?[${CN_NUMERALS}]){2}|([${CN_DIGITS}])(?=(?:[^${CN_DIGITS}]{0,2}[${CN_DIGITS}]){6})`, 'g')
const NEXT_NUMERAL = new RegExp(`[0-9${CN_NUMERALS}]`, 'g')
const ANY_SCAM_WORD =
  /私信|私聊|加好友|微信号|抖音|快手|视频号|小红书|直播间|进群|群聊|客服微信|微信客服|扫码加|代取|代提|套现|换现金|变现|回收|黄牛|代办机构|代办公司|中介机构|提现服务|代办|代取|代提|中介|提现|取现|套现|换现金|变现|回收|取出|提取|支取|领取|取钱|退还|退付/

const NAMES = new Set(Object.values(OFFICIAL_NAMES).map((x) => x.name))
const SEARCH_WORDS = new Set(IN_APP_SEARCH_WORDS)
const QUOTED = /“([^“”]{1,30})”/g
const VERB_BEFORE = /(?:搜索|搜|输入|查找|关注|下载)[^，。；！？“”点选进在]{0,12}$/
const KIND_AFTER = /^ ?(?:APP|微信公众号|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端|网站|官网)/
const KIND_BEFORE = /(?:APP|微信公众号|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端) ?$/
const CONTEXT = /搜|输入|查找|关注|下载|APP|公众号|小程序|服务号|视频号|抖音号|快手号|微信号|客户端|网站|官网/

function regexUnknownName(text: string): { at: number; name: string } | null {
  if (!text.includes('“') || !CONTEXT.test(text)) return null
  QUOTED.lastIndex = 0
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const name = m[1] ?? ''
    const at = m.index
    if (NAMES.has(name) || SEARCH_WORDS.has(name) || NAMES.has(name.replace(/ ?APP$/, ''))) continue
    const before = text.slice(Math.max(0, at - 14), at)
    const after = text.slice(at + m[0].length, at + m[0].length + 6)
    const kind = KIND_BEFORE.exec(before)
    const kindOfThisQuote = kind !== null && before.charAt(kind.index - 1) !== '”'
    if (VERB_BEFORE.test(before) || KIND_AFTER.test(after) || kindOfThisQuote) return { at, name }
  }
  return null
}

function regexNext(text: string, i: number, strung: boolean): { at: number; strung: boolean } | null {
  const re = strung ? NEXT_NUMERAL : NEXT
  re.lastIndex = i
  const m = re.exec(text)
  return m ? { at: m.index, strung: strung || m[1] !== undefined } : null
}

/** Every non-plain position the character rule's old scan stopped at (before it judged them). */
function regexNonPlain(text: string): number[] {
  NOT_PLAIN.lastIndex = 0
  const out: number[] = []
  for (let m = NOT_PLAIN.exec(text); m; m = NOT_PLAIN.exec(text)) out.push(m.index)
  return out
}

// ---- text made of what the rule reads ----

const PIECES = [
  ...'0123456789',
  ...CN_DIGITS,
  ...CN_PLACES,
  ...'，。、；：？！“”（）〔〕…—–～·→',
  ...' -+%/.:',
  ...'aAxZ',
  '元',
  '次',
  '年',
  '月',
  '日',
  '个月',
  '周岁',
  '转',
  '的',
  '和',
  '号',
  '成',
  '个点',
  '收取',
  '手续费',
  '不收',
  '人社',
  '12393',
  '12333',
  '0592-12393',
  '2025-09-22',
  '22:00',
  '〔2022〕22号',
  '（1）',
  '1、',
  'APP',
  'TX',
  'i厦门',
  '领取',
  '提取',
  '代办',
  '中介',
  '微信号',
  '加好友',
  '套现',
  '违法',
  '骗局',
  '搜索',
  '关注',
  '“国家医保服务平台”',
  '公众号',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\ud83d\ude00',
  '丨',
  '〇'
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''))
const RUNS = { numRuns: 3000 }

describe('the fast parts answer as the plain forms did', () => {
  it('where a number may start: the same place and the same reading as the regular expression', () => {
    // numerals strung together with zero to three characters between them: where the readings differ, if they do
    const strungText = fc
      .array(
        fc.tuple(fc.constantFrom(...CN_DIGITS, ...CN_PLACES, '0'), fc.array(fc.constantFrom('转', '，', ' ', '的', '-', '〇'), { maxLength: 3 })),
        { maxLength: 12 }
      )
      .map((xs) => xs.map(([d, gap]) => d + gap.join('')).join(''))
    fc.assert(
      fc.property(fc.oneof(text, strungText), fc.nat(), fc.boolean(), (t, n, strung) => {
        const i = t.length === 0 ? 0 : n % (t.length + 1)
        expect(nextNumber(t, i, strung)).toEqual(regexNext(t, i, strung))
      }),
      RUNS
    )
  })

  it('the character rule objects only where the regular expression stopped, and passes only what it let through', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, inMyth) => {
        const found = characterProblem(t, inMyth)
        const stops = regexNonPlain(t)
        if (found) expect(stops).toContain(found.at)
        else expect(stops.every((at) => /[.:A-Za-z]/.test(t.charAt(at)))).toBe(true)
      }),
      RUNS
    )
  })

  it('a word of the scam tables is found exactly where the one regular expression found one', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayBeScamWording(t)).toBe(ANY_SCAM_WORD.test(t))
      }),
      RUNS
    )
  })

  it('scam wording is never found where the quick look says it cannot be', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (scamWording(t)) expect(scamWordingPossible(t)).toBe(true)
      }),
      RUNS
    )
    // the control: the look does say it can be, where it is
    expect(scamWording('可以找中介代办，手续费一成')).not.toBeNull()
    expect(scamWordingPossible('可以找中介代办，手续费一成')).toBe(true)
    expect(scamWordingPossible('去医保窗口领取申请表。')).toBe(false)
  })

  it('names in quotes: the same finding as the regular expressions', () => {
    // quotes of every length around the limit of thirty, with and without the words that make them names
    const quoted = fc
      .tuple(
        fc.constantFrom('“', '”', ''),
        fc.array(fc.constantFrom('医', '保', ' ', 'A', 'P'), { maxLength: 33, size: 'max' }),
        fc.constantFrom('”', '“', '', 'APP”')
      )
      .map(([open, body, close]) => open + body.join('') + close)
    const piece = fc.oneof(
      fc.constantFrom(
        ...PIECES,
        '“厦门医疗保障”',
        '“贵州医保APP”',
        '“贵州医保 APP”',
        '“APP”',
        '“ APP”',
        '“”',
        '服务大厅',
        '搜索',
        '关注后点击',
        '公众号',
        '小程序'
      ),
      quoted
    )
    const quoteText = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''))
    fc.assert(
      fc.property(quoteText, (t) => {
        expect(unknownNameIn(t)).toEqual(regexUnknownName(t))
      }),
      RUNS
    )
    // at the limits: an empty quote, one of thirty characters and one of thirty-one
    for (const n of [0, 1, 29, 30, 31]) {
      for (const t of [`搜索“${'医'.repeat(n)}”`, `“${'保'.repeat(n)}”公众号`, `关注“${'医'.repeat(n)} APP”`])
        expect([t, unknownNameIn(t)]).toEqual([t, regexUnknownName(t)])
    }
    expect(regexUnknownName(`搜索“${'医'.repeat(30)}”`)).not.toBeNull()
  })

  it('started where the quick look found the first thing to read, the rules answer as from the start', () => {
    const firstWhere = (t: string, flags: number, set: boolean) => {
      for (let i = 0; i < t.length; i++) if ((((CHAR[t.charCodeAt(i)] ?? 0) & flags) !== 0) === set) return i
      return t.length
    }
    fc.assert(
      fc.property(text, fc.boolean(), fc.constantFrom<readonly string[] | 'any'>(['0592'], 'any'), (t, inMyth, areaCodes) => {
        expect(characterProblem(t, inMyth, firstWhere(t, PLAIN, false))).toEqual(characterProblem(t, inMyth))
        const ctx = { areaCodes, saysRenShe: t.includes('人社') }
        expect(numberProblem(t, ctx, [], firstWhere(t, ASCII_DIGIT | CN_NUMERAL, true))).toEqual(numberProblem(t, ctx))
      }),
      RUNS
    )
  })

  it('scam tables gathered a character at a time give the same quick answer', () => {
    fc.assert(
      fc.property(text, (t) => {
        let tables = 0
        for (let i = 0; i < t.length; i++) if ((SCAM_WORD_FIRST[t.charCodeAt(i)] ?? 0) & ~tables) tables = scamTablesAt(t, i, tables)
        expect(scamWordingPossibleWith(t, tables)).toBe(scamWordingPossible(t))
      }),
      RUNS
    )
  })
})

describe('the quick look sends on every file the card-by-card reading would refuse', () => {
  // as checkNational and checkRegion set it
  const ctxFor = (code: string) => {
    if (code === 'national') return { areaCodes: 'any' as const, callAreaCodes: [], latestDate: bundle.publishedAt }
    const areaCodes = areaCodesOf(code)
    return { areaCodes, callAreaCodes: areaCodes.length === 1 ? areaCodes : [], latestDate: bundle.publishedAt }
  }
  const strings = (value: unknown, at: Array<string | number> = []): Array<Array<string | number>> => {
    if (typeof value === 'string') return [at]
    if (value === null || typeof value !== 'object') return []
    const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
    return keys.flatMap((k) => strings((value as Record<string | number, unknown>)[k], [...at, k]))
  }
  const files = [...Object.keys(bundle.regions).map((code) => [code, bundle.regions[code]] as const), ['national', bundle.national] as const]

  it('the real files: clean both ways', () => {
    for (const [code, file] of files) {
      expect([code, contentProblems(file, ctxFor(code))]).toEqual([code, []])
      expect([code, contentProblemsCardByCard(file, ctxFor(code))]).toEqual([code, []])
    }
  })

  it('a file with a piece of text put into one of its strings: the same problems both ways', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), text, fc.boolean(), ([code, original], n, piece, append) => {
        const file = copy(original) as unknown
        const all = strings(file)
        const path = all[n % all.length] ?? []
        const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], file) as Record<
          string | number,
          string
        >
        const key = path[path.length - 1] as string | number
        parent[key] = append ? `${parent[key] ?? ''}${piece}` : piece
        expect(contentProblems(file, ctxFor(code))).toEqual(contentProblemsCardByCard(file, ctxFor(code)))
      }),
      { numRuns: 1500 }
    )
  })
})
