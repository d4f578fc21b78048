/**
 * What a signed config's text may be made of: the characters, the Latin words, the units a number
 * may carry and the few Chinese-numeral words. The content rule refuses everything not listed here,
 * so a disguise nobody thought of is refused too. Extending a table is a reviewed app release,
 * never a config change (policies/README.md says how an editor asks for one).
 */

/** CJK Unified Ideographs (U+4E00–U+9FFF): every character of everyday written Chinese. */
export const CJK_FIRST = 0x4e00
export const CJK_LAST = 0x9fff

/**
 * Chinese punctuation a guide uses, one of each: no look-alikes of ASCII symbols (no U+FF0E ．,
 * U+FF61 ｡, U+2212 −, U+FF5C ｜), nothing invisible, no spacing other than the ASCII space.
 * 〇 is the numeral zero (二〇二五年); → writes menu paths (首页 → 医保钱包).
 */
export const CHINESE_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』…—–～·→〇'

/**
 * ASCII besides digits and letters: the space, - in 0592-12393 and 2025-09-22, + in 区号+12393,
 * % in 2%, / in 绑定/解绑. A dot and a colon only ever sit between two digits (10.5%, 22:00), so
 * they cannot write an address or a chat id.
 */
export const ASCII_SYMBOLS = ' -+%/'
export const BETWEEN_DIGITS = '.:'

/**
 * ASCII letters appear only as these whole words (case as written). `mythsOnly`: a word that names
 * a scam, allowed only where the app corrects it. Official names with letters (i厦门) come from the
 * names registry (names.ts) instead.
 */
export const LATIN_WORDS: Readonly<Record<string, { mythsOnly?: true; why: string }>> = {
  APP: { why: '国家医保服务平台 APP' },
  App: { why: 'sources quoted as they write it (支付宝 App)' },
  app: { why: 'sources quoted as they write it' },
  ATM: { why: '银行 ATM (a myth says the balance comes out of one)' },
  http: { why: 'a source note: the page has only an http address' },
  https: { why: 'a source note: the page has no https address' },
  TX: { mythsOnly: true, why: 'scammers write 提现 as “TX服务”; the myth quotes it' }
}

/**
 * Every digit run in text carries one of these units (or is a date, a time, a document number or
 * an official hotline: numbers.ts). Longest first is not needed: the scanner tries them in order
 * of length. `min`/`max` bound the number where the unit implies a range (a month is 1–12).
 */
export interface Unit {
  min?: number
  max?: number
}
export const UNITS: Readonly<Record<string, Unit>> = {
  // time
  年: {},
  年度: {},
  个月: {},
  月: { min: 1, max: 12 },
  月份: { min: 1, max: 12 },
  日: { min: 1, max: 31 },
  号: { min: 1, max: 31 },
  季度: {},
  个季度: {},
  天: {},
  周: {},
  个星期: {},
  星期: {},
  小时: {},
  个小时: {},
  分钟: {},
  个工作日: {},
  工作日: {},
  点: { max: 24 },
  // people and ages
  岁: { max: 150 },
  周岁: { max: 150 },
  人: {},
  位: {},
  名: {},
  户: {},
  // money
  元: {},
  万元: {},
  千元: {},
  亿元: {},
  角: {},
  // counts and rates
  次: {},
  个: {},
  种: {},
  项: {},
  条: {},
  款: {},
  章: {},
  节: {},
  类: {},
  批: {},
  倍: {},
  家: {},
  所: {},
  份: {},
  台: {},
  张: {},
  页: {},
  步: {},
  笔: {},
  档: {},
  级: {},
  期: {},
  公里: {},
  成: { max: 10 },
  '%': { max: 100 },
  // magnitudes before another unit are written as 万元 / 万人: a bare 万 stands for the count
  万: {},
  万人: {},
  万次: {}
}

/** Chinese numerals, ordinary and financial; 幺 is how 1 is read out in phone numbers. */
export const CN_DIGITS = '〇零一二三四五六七八九两幺壹贰叁肆伍陆柒捌玖'
export const CN_PLACES = '十百千万亿拾佰仟'

/**
 * Words written with three or more numerals in a row that are not a quantity: the five-year plans.
 * Anything else of three or more numerals is a number and needs a unit (三十五岁, 第一百二十条).
 */
export const CN_NUMERAL_WORDS: readonly string[] = ['十四五', '十五五']
