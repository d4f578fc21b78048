/**
 * The three-question check: can this person share their 个人账户 with this
 * relative in this region? Plain answer plus the reason, in the user's words.
 */
import type { ResolvedPolicy } from '../policy/resolve'
import type { Relative } from '../policy/schema'
import { RELATIVE_LABELS, relativesText } from './relatives'

export type Insurance = 'employee' | 'resident' | 'unsure'
export type RelativeAnswer = Relative | 'other'
export type Whereabouts = 'same-city' | 'same-province' | 'other-province'

export interface EligibilityAnswers {
  insurance?: Insurance
  relative?: RelativeAnswer
  whereabouts?: Whereabouts
}

export interface Verdict {
  result: 'yes' | 'no' | 'check'
  title: string
  reason: string
  /** the binding path that answers it, when there is one (外省: the 医保钱包 path) */
  pathId?: string
}

/** The national walkthrough for sharing with a relative in another province. */
export const WALLET_PATH_ID = 'medical-wallet'

type Family = Pick<ResolvedPolicy['family'], 'relatives' | 'scope' | 'scopeNote'> & {
  wallet?: Pick<ResolvedPolicy['family']['wallet'], 'status'>
}

/** 区号-12393 when the region has its own line, else 12393: who to ask. */
export interface AskLine {
  number: string
}

export function checkEligibility(a: EligibilityAnswers, family: Family, ask: AskLine = { number: '12393' }): Verdict | null {
  // Answer as soon as one answer settles it, so nobody answers a question that does not matter.
  if (a.insurance === 'resident') {
    return {
      result: 'no',
      title: '城乡居民医保不能共济给别人',
      reason: '城乡居民医保没有个人账户，没有钱可以给家人用。只有职工医保（单位或灵活就业交的）才有个人账户。但家里有职工医保的人，可以共济给您用。'
    }
  }
  if (a.insurance === 'unsure') {
    return {
      result: 'check',
      title: '先弄清楚您交的是哪种医保',
      reason: '在单位上班、由单位帮交的，或者以灵活就业身份交的，一般是职工医保。在国家医保服务平台 APP 的“个人参保信息”里能看到“险种”，也可以打 12393 问。'
    }
  }
  if (a.relative === 'other') {
    return {
      result: 'no',
      title: '只能共济给近亲属',
      reason: `能共济的是：${relativesText(family.relatives)}。朋友、亲家、儿媳女婿等不在范围内。`
    }
  }
  if (a.relative && !family.relatives.includes(a.relative)) {
    return {
      result: 'no',
      title: `本地区暂不能共济给${RELATIVE_LABELS[a.relative]}`,
      reason: `本地区规定能共济的家人是：${relativesText(family.relatives)}。政策可能已经放宽，可以打 12393 确认。`
    }
  }
  if (!a.insurance || !a.relative || !a.whereabouts) return null
  if (a.whereabouts === 'same-city') {
    return { result: 'yes', title: '可以办家庭共济', reason: `您有职工医保，${RELATIVE_LABELS[a.relative]}是能共济的近亲属，在本地参保，可以直接办理。` }
  }
  if (a.whereabouts === 'same-province') {
    return family.scope === 'same-region'
      ? { result: 'check', title: '要先问问当地', reason: `本地区的规定是：${family.scopeNote} 请打 ${ask.number} 问清楚外地参保的家人能不能共济。` }
      : { result: 'yes', title: '可以办家庭共济', reason: '省内其他城市参保的家人一般可以共济，办法和同城一样。' }
  }
  // Another province: it depends on whether the giver's province runs the 医保钱包. Only a
  // sourced 'live' says yes; testing, not yet, or nobody knows means ask first.
  const wallet = family.wallet?.status ?? 'unknown'
  if (wallet === 'live') {
    return {
      result: 'yes',
      title: '可以用医保钱包给外省的家人',
      reason: '家人在外省参保，用国家医保服务平台 APP 里的“医保钱包”：您和家人都开通钱包，您把钱转给他。看下面“医保钱包”的办法。',
      pathId: WALLET_PATH_ID
    }
  }
  const why =
    wallet === 'not-yet'
      ? '您参保的省还没有开通医保钱包。'
      : wallet === 'testing'
        ? '您参保的省医保钱包还在试点。'
        : '还不确定您参保的省能不能用医保钱包。'
  return {
    result: 'check',
    title: '给外省的家人，先问清楚',
    reason: `${why}请先打 ${ask.number} 问清楚，能用的话，看下面“医保钱包”的办法。`,
    pathId: WALLET_PATH_ID
  }
}
