/**
 * A second layer under the allowlists: the character, number, name and link rules stop a config from
 * showing a way to reach a scammer, but plain Chinese can still give a scammer's advice without one
 * ("余额可以委托正规代办机构一次性取出，手续费一成"). This layer refuses, outside the myths (where the
 * app quotes such claims to correct them), the wording of the two things no official guide says:
 * paying someone to get the balance out, and going to a private account for help. It is a net, not
 * the wall: the tables are short on purpose and name the business, not its disguises.
 */

/** Businesses that only exist to turn the balance into cash. */
const CASH_BUSINESS = /代取|代提|套现|换现金|变现|回收|黄牛|代办机构|代办公司|中介机构|提现服务/g
/** Where the app itself warns about one, it quotes it and says what it is. */
const WARNING = /违法|诈骗|骗局|骗子|犯罪|拒绝|举报/

/** Paying for the service: a fee, a cut, a deposit. */
const FEE_NOUNS = '手续费|服务费|代办费|加急费|佣金|提成|抽成|返点|好处费|辛苦费|介绍费|押金|保证金'
const FEE = new RegExp(
  `${FEE_NOUNS}|[一二两三四五六七八九十几]成(?=[，。；！？、）”]|$|的|左右)|[一二两三四五六七八九十几\\d] ?个点|收取?[^，。；]{0,4}(?:\\d+(?:\\.\\d+)? ?%|百分之)`
)
/** "不用交“手续费”", "也不会收“手续费”": the warning the guides give, not a fee. */
const NO_FEE = new RegExp(`(?:不用|不需要|不会|不收|不要|无需|免|不交|没有)(?:交|收|付|给|任何|额外)*(?:[“”‘’、和或及]*(?:${FEE_NOUNS}))+`, 'g')
/** Getting money out, or someone doing it for you. */
const MONEY_OUT = /代办|代取|代提|中介|提现|取现|套现|换现金|变现|回收|取出|提取|支取|领取|取钱|退还|退付/

/** Going to a private person or account instead of the 医保 office. */
const PRIVATE_CONTACT = /私信|私聊|加好友|微信号|抖音|快手|视频号|小红书|直播间|进群|群聊|客服微信|微信客服|扫码加/

/** The sentence around offset at (to 。！？；or the text's ends). */
function sentenceAt(text: string, at: number): string {
  let start = at
  while (start > 0 && !'。！？；'.includes(text.charAt(start - 1))) start--
  let end = at
  while (end < text.length && !'。！？；'.includes(text.charAt(end))) end++
  return text.slice(start, end)
}

/** Is offset at inside “…”? */
function quoted(text: string, at: number): boolean {
  const open = text.lastIndexOf('“', at)
  return open >= 0 && text.lastIndexOf('”', at - 1) < open && text.indexOf('”', at) >= 0
}

/**
 * The first scam wording in a card's text (fields joined as shown), or null.
 * Run only outside the myths.
 */
/**
 * Every word of the tables above, by its first character: most texts have none, and finding that out
 * by looking each character up is several times faster than a regular expression of forty words.
 */
const CONTACT = 1
const CASH = 2
const MONEY = 4
const WORDS_BY_FIRST = new Map<number, Array<{ word: string; table: number }>>()
/** the tables whose words start with a character: one typed-array load per character of a text */
const FIRST = new Uint8Array(0x10000)
for (const [re, table] of [
  [PRIVATE_CONTACT, CONTACT],
  [CASH_BUSINESS, CASH],
  [MONEY_OUT, MONEY]
] as const) {
  for (const word of re.source.split('|')) {
    if (!/^[\u4e00-\u9fff]+$/.test(word)) throw new Error(`wording: "${word}" is not a plain word`)
    const first = word.charCodeAt(0)
    WORDS_BY_FIRST.set(first, [...(WORDS_BY_FIRST.get(first) ?? []), { word, table }])
    FIRST[first] = (FIRST[first] ?? 0) | table
  }
}

/** The tables whose words may start with a character (a table per bit): a scan of its own reads this per character. */
export const SCAM_WORD_FIRST: Readonly<Uint8Array> = FIRST

/** found with the tables of the words that start at i (text's character there has a SCAM_WORD_FIRST entry). */
export function scamTablesAt(text: string, i: number, found: number): number {
  for (const w of WORDS_BY_FIRST.get(text.charCodeAt(i)) ?? []) if ((found & w.table) === 0 && text.startsWith(w.word, i)) found |= w.table
  return found
}

/** Which tables have a word in text (CONTACT | CASH | MONEY), stopping once `enough` are found. */
function tablesIn(text: string, enough: number): number {
  let found = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (((FIRST[c] ?? 0) & ~found) === 0) continue
    found = scamTablesAt(text, i, found)
    if ((found & enough) === enough) break
  }
  return found
}

/** Whether text holds a word of the tables at all: without one, scamWording finds nothing in it or any part of it. */
export function mayBeScamWording(text: string): boolean {
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (FIRST[c] && (WORDS_BY_FIRST.get(c) ?? []).some((w) => text.startsWith(w.word, i))) return true
  }
  return false
}

/**
 * Whether scamWording can find something in text: a private contact or a cash business anywhere, or
 * money going out where a fee is named (the fee rule reads the text with the 不收费 phrases blanked,
 * which can only take matches away). False means it finds nothing, for certain; true, that it must read.
 */
export function scamWordingPossible(text: string): boolean {
  return scamWordingPossibleWith(text, tablesIn(text, CONTACT | CASH | MONEY))
}

/** scamWordingPossible, given the tables with a word in text (as scamTablesAt finds them over all of it). */
export function scamWordingPossibleWith(text: string, tables: number): boolean {
  return (tables & (CONTACT | CASH)) !== 0 || ((tables & MONEY) !== 0 && FEE.test(text))
}

export function scamWording(text: string): { at: number; message: string } | null {
  if (!mayBeScamWording(text)) return null
  const contact = PRIVATE_CONTACT.exec(text)
  if (contact) return { at: contact.index, message: `不能让人去“${contact[0]}”找私人或账号；只能指向医保部门和名单里的官方名称` }
  CASH_BUSINESS.lastIndex = 0
  for (const m of text.matchAll(CASH_BUSINESS)) {
    const at = m.index ?? 0
    if (quoted(text, at) && WARNING.test(sentenceAt(text, at))) continue
    return { at, message: `“${m[0]}”只能出现在纠正误区的地方，或在引号里并说明违法、是骗局` }
  }
  const money = MONEY_OUT.exec(text)
  if (money) {
    NO_FEE.lastIndex = 0
    const fee = FEE.exec(text.replace(NO_FEE, (s) => '\u0000'.repeat(s.length)))
    if (fee) return { at: fee.index, message: `“${money[0]}”和收费（“${fee[0]}”）不能写在一起：正规办理不收费，收费代办是骗局` }
  }
  return null
}
