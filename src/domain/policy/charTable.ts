/**
 * What each UTF-16 code unit is to the content rule, looked up in one table: the rule reads every
 * character of a config (thousands of regions on a phone), and a table lookup per character is several
 * times faster than a regular expression's character class, which is most of that reading.
 */
import { ASCII_SYMBOLS, CHINESE_PUNCTUATION, CJK_FIRST, CJK_LAST, CN_DIGITS, CN_PLACES } from './vocabulary'

/** allowed anywhere by the character rule: CJK, Chinese punctuation, ASCII digits and symbols */
export const PLAIN = 1
export const ASCII_DIGIT = 2
/** a Chinese digit (一, 〇, 两, 壹 …) */
export const CN_DIGIT = 4
/** a Chinese digit or place (十, 百, 千, 万 …) */
export const CN_NUMERAL = 8
/** neither a CJK ideograph nor an ASCII letter or digit (what may separate numerals: numbers.ts) */
export const NOT_WORD = 16

export const CHAR = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  const cjk = c >= CJK_FIRST && c <= CJK_LAST
  const digit = c >= 0x30 && c <= 0x39
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
  let k = cjk || digit ? PLAIN : 0
  if (digit) k |= ASCII_DIGIT
  if (!cjk && !digit && !letter) k |= NOT_WORD
  CHAR[c] = k
}
for (const s of [CHINESE_PUNCTUATION, ASCII_SYMBOLS]) for (let i = 0; i < s.length; i++) CHAR[s.charCodeAt(i)] = (CHAR[s.charCodeAt(i)] ?? 0) | PLAIN
for (let i = 0; i < CN_DIGITS.length; i++) CHAR[CN_DIGITS.charCodeAt(i)] = (CHAR[CN_DIGITS.charCodeAt(i)] ?? 0) | CN_DIGIT | CN_NUMERAL
for (let i = 0; i < CN_PLACES.length; i++) CHAR[CN_PLACES.charCodeAt(i)] = (CHAR[CN_PLACES.charCodeAt(i)] ?? 0) | CN_NUMERAL
