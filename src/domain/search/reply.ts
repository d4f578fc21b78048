/**
 * What the search says when it has no answer, or only part of one: never "没有找到" alone. It names what
 * this app covers, says what it does not, and offers the place's own 医保 line (区号-12393 where the
 * place has one area code, else 12393).
 */
import type { SearchHotline } from './hotline'
import type { SearchAnswer } from './query'
import { GUIDE_ANSWERS, TRY_WORDS } from './words'

// The line itself is chosen in ./hotline: the home page offers it before the search code has loaded.
export { regionHotline, searchHotline, type SearchHotline } from './hotline'

export interface SearchReply {
  /** "没有找到“…”。" when nothing matched; null when something did */
  notFound: string | null
  /** one line per thing asked that this app does not answer */
  beyond: string[]
  /** what this app does answer, one line per guide */
  covers: string[]
  /** the sentence before the call button */
  callIntro: string
  call: { label: string; number: string }
  /** other words to try, when nothing matched */
  tryWords: string | null
}

/** Null when the hits answer the question and nothing asked is beyond the app. */
export function searchReply(query: string, answer: SearchAnswer, hotline: SearchHotline): SearchReply | null {
  const asked = query.trim()
  if (asked === '' || (answer.hits.length > 0 && answer.beyond.length === 0)) return null
  const nothing = answer.hits.length === 0
  return {
    notFound: nothing ? `没有找到“${asked}”。` : null,
    beyond: answer.beyond.map((b) => `${b}，本程序没有讲。`),
    covers: Object.values(GUIDE_ANSWERS),
    callIntro: hotline.place
      ? `别的医保问题，请打${hotline.place}医保服务热线 ${hotline.number}，当地医保部门的人会回答。`
      : '别的医保问题，请打 12393 医保服务热线（先拨参保地的区号，能接到当地医保部门）。',
    call: { label: `拨打 ${hotline.number}`, number: hotline.number },
    tryWords: nothing ? `也可以换个说法，比如${TRY_WORDS.map((w) => `“${w}”`).join('')}。` : null
  }
}
