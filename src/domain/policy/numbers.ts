/**
 * The number rule: every number in a config's text must be something an official guide writes —
 * a quantity with a unit from vocabulary.ts (2000 元, 3 次, 16 周岁, 6 个月, 2 到 5 倍, 10.5%), a
 * date (2025 年 9 月 22 日, 2024-12-09, 2022-12), a time (22:00–06:00), a document number
 * (医保发〔2022〕22号), or an official hotline (12393; 12333 where the card says 人社; the region's
 * own 区号-12393). Anything else is refused, however it is dressed: there is no list of phone
 * shapes to keep up, only the list of what is allowed.
 *
 * The scanner runs once over the text as the page shows it (a card's fields joined), so digits
 * split across fields are seen together; a number may not straddle two fields.
 */
import { ASCII_DIGIT, CHAR, CN_DIGIT, CN_NUMERAL, NOT_WORD } from './charTable'
import { CN_DIGITS, CN_NUMERAL_WORDS, CN_PLACES, UNITS, type Unit } from './vocabulary'

export interface NumberContext {
  /** area codes whose 区号-12393 may appear; 'any' for national text, which names many cities as examples */
  areaCodes: readonly string[] | 'any'
  /** 12333 is the 人社 line: it may appear only where the same card says 人社 */
  saysRenShe: boolean
}

export interface Finding {
  /** offset in the checked text */
  at: number
  message: string
}

// Module-local copies: an imported binding is a getter in bundled code, and these are read per character.
const DIGIT_SET = new Set(CN_DIGITS)
const NUMERAL_SET = new Set(CN_DIGITS + CN_PLACES)
const PLACES = CN_PLACES
const WORDS = new Set(CN_NUMERAL_WORDS)
const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isCnDigit = (c: string): boolean => DIGIT_SET.has(c)
const isCnNumeral = (c: string): boolean => NUMERAL_SET.has(c)
const kind = (text: string, i: number): number => (i < text.length ? (CHAR[text.charCodeAt(i)] ?? 0) : 0)

/** Three numerals from i, each after the last or one separating mark later (四零零, 三十五, 四-零-零). */
function threeNumerals(text: string, i: number, left: number): boolean {
  if (left === 0) return true
  if (kind(text, i) & NOT_WORD && kind(text, i + 1) & CN_NUMERAL && threeNumerals(text, i + 2, left - 1)) return true
  return (kind(text, i) & CN_NUMERAL) !== 0 && threeNumerals(text, i + 1, left - 1)
}

/** Six more Chinese digits from i, each within two characters of the last (四零转零八转…, see LOOSE_LIMIT). */
function sixMoreDigits(text: string, i: number): boolean {
  for (let found = 0; found < 6; found++) {
    let j = i
    while (j < i + 3 && !(kind(text, j) & CN_DIGIT)) j++
    if (j === i + 3) return false
    i = j + 1
  }
  return true
}

/**
 * Where the next number that needs a look may start, from i: an ASCII digit; a run of three Chinese
 * numerals (四零零, 三十五); or a Chinese digit with six more each within two characters (`strung`:
 * from there every numeral is read). One or two numerals alone are words (一般, 三五天) and are passed
 * over, and most texts of a config have nothing else. -1: none. `strung` is already set: every numeral.
 */
export function nextNumber(text: string, i: number, strung: boolean): { at: number; strung: boolean } | null {
  for (; i < text.length; i++) {
    const k = CHAR[text.charCodeAt(i)] ?? 0
    if (k & ASCII_DIGIT) return { at: i, strung }
    if (!(k & CN_NUMERAL)) continue
    if (strung || threeNumerals(text, i + 1, 2)) return { at: i, strung }
    if (k & CN_DIGIT && sixMoreDigits(text, i + 1)) return { at: i, strung: true }
  }
  return null
}

// Units by their first character, longest first, so 个月 wins over 个 and 万元 over 万.
const UNITS_BY_FIRST = new Map<string, Array<{ unit: string; spec: Unit }>>()
for (const unit of Object.keys(UNITS).sort((a, b) => b.length - a.length)) {
  const first = unit.charAt(0)
  const list = UNITS_BY_FIRST.get(first) ?? []
  list.push({ unit, spec: UNITS[unit] ?? {} })
  UNITS_BY_FIRST.set(first, list)
}
function unitAt(text: string, i: number): { unit: string; spec: Unit } | null {
  const list = UNITS_BY_FIRST.get(text.charAt(i))
  if (list) for (const u of list) if (text.startsWith(u.unit, i)) return u
  return null
}

const sticky = (source: string) => new RegExp(source, 'y')
const NUM = '(?:0|[1-9]\\d{0,3})(?:\\.\\d{1,2})?'
/** one quantity or a range of two, then its unit (the unit itself is matched by unitAt) */
const QUANTITY = sticky(`(?:(\\d{1,2})-(\\d{1,2})(?!\\d)|(${NUM})(?: ?(?:到|至|–|—|～) ?(${NUM}))?) ?(?:[多余] ?)?`)
/** the other end of a range that repeats the unit (70%-80%, 9 月–12 月): the same unit must follow */
const RANGE_END = sticky(` ?(?:-|到|至|–|—|～) ?(${NUM}) ?`)
const ISO_DATE = sticky('((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\\d|3[01]))?')
const TIME = '(?:[01]?\\d|2[0-4])[:：][0-5]\\d'
const TIMES = sticky(`${TIME}(?: ?[-–—～至到] ?${TIME})?`)
const AREA_HOTLINE = sticky('(0\\d{2,3})-12393')
const HOTLINE = sticky('123(?:93|33)')
/** 〔2022〕22号: the year inside 〔〕, then the number and 号 */
const DOC_NUMBER = sticky('(?:19|20)\\d{2}〕[1-9]\\d{0,3}号')
/** （2025）: a year alone in brackets, as a citation gives it */
const BRACKETED_YEAR = sticky('(?:19|20)\\d{2}(?=）)')
/**
 * The number of an item in a list, as official texts count their points: （1） in brackets, or 1、 / 1.
 * where a clause starts. Small (at most 20) and never followed by another digit, so it cannot carry a number.
 */
const ENUMERATOR = sticky('(?:[1-9]|1\\d|20)(?=）|、|\\.(?!\\d))')
const CLAUSE_START = '：；。，、 \n“「（'

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** What may stand between two numbers so that they read as one: spaces and joining marks. */
const JOINERS = ' -–—～+/→:：·.'

/** After a number that ends in a digit, another digit across joiners would read as one longer number. */
function continues(text: string, end: number): boolean {
  let j = end
  while (j < text.length && JOINERS.includes(text.charAt(j))) j++
  return j < text.length && (isDigit(text.charAt(j)) || (j > end && isCnDigit(text.charAt(j))))
}

/**
 * After a quantity, another number across a joining mark (not just a space: 2025 年 9 月 is a date)
 * reads as one longer number: 400 次-812 次-3456 次.
 */
function joinedOn(text: string, end: number): boolean {
  let j = end
  while (text.charAt(j) === ' ') j++
  const c = text.charAt(j)
  return c !== '' && JOINERS.includes(c) && continues(text, j)
}

/** looseDigits: numerals of a short run that is a word, not a quantity (一般, 三五): see LOOSE_LIMIT */
type Match = { end: number; endsInDigit: boolean; looseDigits?: number } | { error: string }

/**
 * Short numeral words are everyday Chinese (一般, 统一, 三五天), but strung together with a mark or
 * a filler between them (四零转零八转一二…) they spell a number. More than this many such numerals,
 * each within LOOSE_GAP characters of the last, are read as one.
 */
const LOOSE_LIMIT = 6
const LOOSE_GAP = 2

function areaCodeAllowed(code: string, ctx: NumberContext): boolean {
  return ctx.areaCodes === 'any' ? /^0\d{2,3}$/.test(code) : ctx.areaCodes.includes(code)
}

const isColon = (c: string): boolean => c === ':' || c === '：'
/** the match at i is not followed by a digit (else it is the start of a longer number) */
const notDigitAfter = (text: string, i: number, m: RegExpExecArray): boolean => !isDigit(text.charAt(i + m[0].length))

function execAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i
  return re.exec(text)
}

/**
 * The one form that explains the digits starting at i, or why none does. Each form is tried only where
 * its first characters can be (a hotline starts 0 or 123, a date 19 or 20 with a dash four on, a time
 * has its colon within two): a config has thousands of numbers, and a regular expression run where it
 * cannot match is most of their cost.
 */
function matchDigits(text: string, i: number, ctx: NumberContext): Match {
  const first = text.charAt(i)
  const prev = text.charAt(i - 1)

  if (text.charAt(i - 1) === '〔') {
    const doc = execAt(DOC_NUMBER, text, i)
    if (doc) return { end: i + doc[0].length, endsInDigit: false }
  }
  if (text.charAt(i - 1) === '（') {
    const year = execAt(BRACKETED_YEAR, text, i)
    if (year) return { end: i + year[0].length, endsInDigit: false }
  }
  // 余额为 0: nothing, with no unit to carry; a 0 with digits after it is judged as a longer number below
  const unitNext = unitAt(text, i + 1) ?? (text.charAt(i + 1) === ' ' ? unitAt(text, i + 2) : null)
  if (text.charAt(i) === '0' && !unitNext && !isDigit(text.charAt(i + 1)) && !continues(text, i + 1) && !isDigit(text.charAt(i - 1))) {
    return { end: i + 1, endsInDigit: true }
  }
  const item = prev === '（' || CLAUSE_START.includes(prev) ? execAt(ENUMERATOR, text, i) : null
  if (item) {
    const end = i + item[0].length
    const bracketed = text.charAt(i - 1) === '（' && text.charAt(end) === '）'
    const listed = (i === 0 || CLAUSE_START.includes(text.charAt(i - 1))) && text.charAt(end) !== '）'
    if ((bracketed || listed) && !continues(text, end + 1)) return { end: end + 1, endsInDigit: false }
  }
  const area = first === '0' ? execAt(AREA_HOTLINE, text, i) : null
  if (area && notDigitAfter(text, i, area)) {
    if (!areaCodeAllowed(area[1] ?? '', ctx)) return { error: `“${area[0]}”不是本地区的医保热线（只能写本地区号加 12393）` }
    return { end: i + area[0].length, endsInDigit: true }
  }
  const line = text.startsWith('123', i) ? execAt(HOTLINE, text, i) : null
  if (line && notDigitAfter(text, i, line)) {
    if (line[0] === '12333' && !ctx.saysRenShe) return { error: '12333 是人社热线，写它的地方要说明是“人社”热线' }
    return { end: i + line[0].length, endsInDigit: true }
  }
  const date = (first === '1' || first === '2') && text.charAt(i + 4) === '-' ? execAt(ISO_DATE, text, i) : null
  if (date && notDigitAfter(text, i, date)) {
    const day = date[3]
    if (day && Number(day) > daysIn(Number(date[1]), Number(date[2]))) return { error: `日期“${date[0]}”不存在` }
    // 2025-09 followed by more digits is not a date but part of a longer number: judged below
    if (!text.startsWith('-', i + date[0].length) || !isDigit(text.charAt(i + date[0].length + 1))) {
      return { end: i + date[0].length, endsInDigit: true }
    }
  }
  const time = isColon(text.charAt(i + 1)) || isColon(text.charAt(i + 2)) ? execAt(TIMES, text, i) : null
  if (time && notDigitAfter(text, i, time)) return { end: i + time[0].length, endsInDigit: true }

  const q = execAt(QUANTITY, text, i)
  const unit = q ? unitAt(text, i + q[0].length) : null
  if (q && unit && notDigitAfter(text, i, q)) {
    // a range with small numbers may use a hyphen (3-5 个工作日); longer ones write 到, 至 or –
    const values = [q[1], q[2], q[3], q[4]].filter((x): x is string => x !== undefined).map(Number)
    let end = i + q[0].length + unit.unit.length
    RANGE_END.lastIndex = end
    const more = RANGE_END.exec(text)
    if (more && text.startsWith(unit.unit, end + more[0].length)) {
      values.push(Number(more[1]))
      end += more[0].length + unit.unit.length
    }
    const { min = 0, max = Infinity } = unit.spec
    if (values.some((v) => v < min || v > max)) return { error: `“${text.slice(i, end)}”不是有效的${unit.unit}` }
    return { end, endsInDigit: false }
  }
  return {
    error: `数字“${shownRun(text, i)}”不是数量、日期或官方热线：数量写单位（如 2000 元、3 次、16 周岁、6 个月），最多 4 位数、不以 0 开头，大数写“1 万元”`
  }
}

/** The digits at i with whatever joins them, as a reader would take them in: "400-812-3456". */
function shownRun(text: string, i: number): string {
  const run = /\d(?:[ \-–—～+/→:：·.]*\d)*/y
  run.lastIndex = i
  return run.exec(text)?.[0] ?? text.charAt(i)
}

const CN_VALUE: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  两: '2',
  贰: '2',
  三: '3',
  叁: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9'
}
const FINANCIAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千'
}
const D = '[一二两三四五六七八九]'
const SECTION = `(?=[一二两三四五六七八九十])(?:${D}千)?(?:零?${D}百)?(?:零?${D}?十)?(?:零?${D})?`
/** 三十五, 一百二十, 两千零五, 三万五千: a number written with places */
const POSITIONAL = new RegExp(`^(?:${SECTION}万)?${SECTION}$|^${SECTION}万$`)
/** 七八十, 两三千: "seventy or eighty" */
const APPROXIMATE = new RegExp(`^${D}{2}[十百千万]$`)
/**
 * Inside one numeral run, any single mark that is not a character of a word may separate groups
 * (四零零 八八八, 四零、零八、一二): they are read as one number.
 */
function separatesNumerals(c: string): boolean {
  const code = c.charCodeAt(0)
  return c !== '' && !(code >= 0x4e00 && code <= 0x9fff) && !isDigit(c) && !/[A-Za-z]/.test(c)
}

/** A run of Chinese numerals starting at i: where it ends and its numerals. */
function cnRun(text: string, i: number): { end: number; chars: string } {
  let chars = ''
  let j = i
  while (j < text.length) {
    const c = text.charAt(j)
    if (isCnNumeral(c)) {
      chars += c
      j++
    } else if (chars !== '' && isCnDigit(text.charAt(j + 1)) && separatesNumerals(c)) j++
    else break
  }
  return { end: j, chars }
}

function matchCn(text: string, i: number, ctx: NumberContext): Match {
  const { end, chars } = cnRun(text, i)
  // One or two numerals are words (一般, 万一, 三五天, 十二条); longer runs are numbers.
  if (chars.length <= 2) {
    const next = text.charAt(end) === ' ' ? end + 1 : end
    const counted = unitAt(text, next) ? 0 : (isCnDigit(chars.charAt(0)) ? 1 : 0) + (isCnDigit(chars.charAt(1)) ? 1 : 0)
    return { end, endsInDigit: false, looseDigits: counted }
  }
  if (WORDS.has(chars)) return { end, endsInDigit: false }
  const plain = chars.replace(/[壹贰叁肆伍陆柒捌玖拾佰仟]/g, (c) => FINANCIAL[c] ?? c)
  if (![...PLACES].some((p) => chars.includes(p))) {
    // Read digit by digit: a year (二〇二五年) or an official line read out, nothing else.
    const digits = [...chars].map((c) => CN_VALUE[c] ?? '').join('')
    const after = text.slice(end).replace(/^ /, '')
    if (/^(?:19|20)\d\d$/.test(digits) && after.startsWith('年')) return { end, endsInDigit: false }
    if (digits === '12393' || (digits === '12333' && ctx.saysRenShe)) return { end, endsInDigit: true }
    return { error: `“${chars}”像是用汉字写的号码` }
  }
  if (!POSITIONAL.test(plain) && !APPROXIMATE.test(plain)) return { error: `“${chars}”不是通常的汉字数字写法` }
  if (text.charAt(i - 1) === '第') return { end, endsInDigit: false }
  let j = end
  if (text.charAt(j) === ' ') j++
  if (text.charAt(j) === '多' || text.charAt(j) === '余') j++
  const unit = unitAt(text, j)
  if (!unit) return { error: `汉字数字“${chars}”后面要写单位（如 元、次、岁、个月）` }
  return { end: j + unit.unit.length, endsInDigit: false }
}

/**
 * The first number in text that is not allowed, or null.
 * @param boundaries offsets where one shown field ends and the next begins: no number may cross one
 * @param from where the first ASCII digit or Chinese numeral of text is, if known
 */
export function numberProblem(text: string, ctx: NumberContext, boundaries: readonly number[] = [], from = 0): Finding | null {
  let strung = false
  let b = 0
  // from: where the first ASCII digit or Chinese numeral is, when the caller has already looked (nothing before it is read)
  let i = from
  let loose = 0
  let looseStart = 0
  let looseEnd = -Infinity
  for (;;) {
    const found = nextNumber(text, i, strung)
    if (!found) break
    i = found.at
    // numerals strung together from here on: read every one (singles count toward LOOSE_LIMIT)
    strung = found.strung
    const ascii = isDigit(text.charAt(i))
    const m = ascii ? matchDigits(text, i, ctx) : matchCn(text, i, ctx)
    if ('error' in m) return { at: i, message: m.error }
    while (b < boundaries.length && (boundaries[b] ?? 0) <= i) b++
    const boundary = boundaries[b]
    // a CN run may span fields (that is the disguise it is read for); a digit form may not
    if (ascii && boundary !== undefined && boundary < m.end) {
      return { at: i, message: `数字“${text.slice(i, m.end)}”被拆在两个地方显示，合起来读像一个号码` }
    }
    if (m.looseDigits) {
      if (i - looseEnd > LOOSE_GAP) {
        loose = 0
        looseStart = i
      }
      loose += m.looseDigits
      looseEnd = m.end
      if (loose > LOOSE_LIMIT) return { at: looseStart, message: `“${text.slice(looseStart, m.end)}”里的汉字数字连起来像一个号码` }
    }
    if (m.endsInDigit ? continues(text, m.end) : joinedOn(text, m.end)) {
      let j = m.end
      while (j < text.length && (JOINERS.includes(text.charAt(j)) || isDigit(text.charAt(j)))) j++
      return { at: i, message: `“${text.slice(i, j).trim()}”连起来像一个号码：数字后面不能用符号连着另一个数字` }
    }
    i = m.end
  }
  return null
}
