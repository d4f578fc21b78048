/**
 * Reading a page's query (a shared link, a deep link, an old version's link).
 * Never throws and never trusts: each parameter is kept only when valid, and
 * what was dropped is explained in one short sentence.
 */
import { isKnownRegion } from '../region/names'

export interface GuideQuery {
  region?: string
  path?: string
  step?: number
  situation?: string
  /** a card to scroll to, e.g. channel-hotline-12393 */
  card?: string
  /** a step was given but unusable: the walkthrough should start from the beginning */
  badStep?: boolean
  /** short explanations of what in the link could not be used */
  problems: string[]
}

type Params = Readonly<Record<string, string | undefined>>

const ID = /^[a-z0-9][a-z0-9-]{0,47}$/
export const MAX_STEP = 99

function decode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return value.trim()
  }
}

/**
 * What a link names that the region shown does not have. Only the page knows (it holds the
 * region's ways and situations), so it adds these to the problems parseGuideQuery found.
 */
export const LINK_NOT_HERE = {
  path: '链接里的办理方式在本地区没有，请在下面重新选择。',
  situation: '链接里的情形在本地区没有，请在下面重新选择。'
} as const

export function parseGuideQuery(params: Params): GuideQuery {
  const out: GuideQuery = { problems: [] }
  const region = decode(params.region)
  if (region) {
    if (/^\d{6}$/.test(region) && isKnownRegion(region)) out.region = region
    else out.problems.push('链接里的地区已不存在或写错了，先按您自己的地区显示。')
  }
  const path = decode(params.path)
  if (path) {
    if (ID.test(path)) out.path = path
    else out.problems.push('链接里的办理方式看不懂，请重新选择。')
  }
  const situation = decode(params.situation)
  if (situation) {
    if (ID.test(situation)) out.situation = situation
    else out.problems.push('链接里的情形看不懂，请重新选择。')
  }
  const card = decode(params.card)
  // A bad card id only means no scrolling: not worth a message.
  if (card && /^[a-z0-9][a-z0-9-]{0,63}$/.test(card)) out.card = card
  const step = decode(params.step)
  if (step) {
    const n = /^\d{1,3}$/.test(step) ? Number(step) : NaN
    if (Number.isInteger(n) && n >= 0 && n <= MAX_STEP) out.step = n
    else {
      out.badStep = true
      out.problems.push('链接里的步骤不对，已从头开始。')
    }
  }
  return out
}
