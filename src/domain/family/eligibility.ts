/**
 * The three-question check: can this person share their 个人账户 with this
 * relative in this region? Plain answer plus the reason, in the user's words.
 */
import type { ResolvedPolicy } from '../policy/resolve'
import type { Relative } from '../policy/schema'
import { RELATIVE_LABELS, relativesText } from './relatives'
import { asOfText, walletCaution, WALLET_PATH_ID } from './wallet'

export { WALLET_PATH_ID }

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

/** What the check reads of a region's family rules. */
export type EligibilityFamily = Pick<ResolvedPolicy['family'], 'relatives' | 'scope' | 'scopeNote'> & {
  wallet?: Pick<ResolvedPolicy['family']['wallet'], 'status' | 'asOf'>
  contested?: { relatives?: readonly Relative[]; otherCity?: boolean }
}

/** 区号-12393 when the region has its own line, else 12393: who to ask. */
export interface AskLine {
  number: string
}

/**
 * One line and one sentence: the answer has to fit beside the three questions
 * on a phone. Background (dates, history) belongs to the cross-province card.
 */
export function checkEligibility(a: EligibilityAnswers, family: EligibilityFamily, ask: AskLine = { number: '12393' }): Verdict | null {
  // Answer as soon as one answer settles it, so nobody answers a question that does not matter.
  if (a.insurance === 'resident') {
    return {
      result: 'no',
      title: '城乡居民医保不能共济给别人',
      reason: '城乡居民医保没有个人账户；不过家里有职工医保的人，可以共济给您用。'
    }
  }
  if (a.insurance === 'unsure') {
    return {
      result: 'check',
      title: '先弄清楚您的医保是哪种',
      reason: '退休前单位给交的，或自己按灵活就业交的，一般是职工医保；拿不准可以打 12393 问。'
    }
  }
  if (a.relative === 'other') {
    return { result: 'no', title: '只能共济给近亲属', reason: `能共济的是：${relativesText(family.relatives)}。` }
  }
  if (a.relative && !family.relatives.includes(a.relative)) {
    return {
      result: 'no',
      title: `本地区暂不能共济给${RELATIVE_LABELS[a.relative]}`,
      reason: `本地区能共济的是：${relativesText(family.relatives)}；政策可能已放宽，可以打 12393 问。`
    }
  }
  // Where this place's sources disagree, the answer is theirs to give: ask before acting.
  if (a.relative && family.contested?.relatives?.includes(a.relative)) {
    return {
      result: 'check',
      title: '本地资料说法不一，先问清楚',
      reason: `能不能给${RELATIVE_LABELS[a.relative]}共济，本地的资料说法不一，请先打 ${ask.number} 问清楚。`
    }
  }
  if (!a.insurance || !a.relative || !a.whereabouts) return null
  if (a.whereabouts === 'same-province' && family.contested?.otherCity) {
    return {
      result: 'check',
      title: '本地资料说法不一，先问清楚',
      reason: `家人在省内其他城市参保的能不能共济，本地的资料说法不一，请先打 ${ask.number} 问清楚。`
    }
  }
  if (a.whereabouts === 'same-city') {
    return { result: 'yes', title: '可以办家庭共济', reason: `${RELATIVE_LABELS[a.relative]}在本地参保，可以直接办。` }
  }
  if (a.whereabouts === 'same-province') {
    return family.scope === 'same-region'
      ? { result: 'check', title: '要先问问当地', reason: `本地区只写了本地参保的家人能共济，外地参保的请打 ${ask.number} 问清楚。` }
      : { result: 'yes', title: '可以办家庭共济', reason: '省内其他城市参保的家人，一般可以共济。' }
  }
  // Another province: it depends on whether the giver's province runs the 医保钱包, which changes
  // over time: the answer always says when it was known. Only a sourced 'live' says yes; testing,
  // not yet, or nobody knows means ask first.
  const caution = walletCaution(family.wallet, ask)
  if (caution === null) {
    const when = asOfText(family.wallet?.asOf)
    return {
      result: 'yes',
      title: '可以用医保钱包给外省的家人',
      reason: `${when ? `${when}的资料：` : ''}您和家人都在国家医保服务平台 APP 里开通“医保钱包”，您把钱转给他。`,
      pathId: WALLET_PATH_ID
    }
  }
  return { result: 'check', title: '给外省的家人，先问清楚', reason: caution, pathId: WALLET_PATH_ID }
}

export type Onward = { kind: 'path'; path: string } | { kind: 'binding' } | { kind: 'call' }

/**
 * Where the answer leads: a yes goes on to binding (straight to the path the
 * verdict names, e.g. the 医保钱包 for a relative in another province, when this
 * region has it), an "ask first" to the hotline, a no nowhere.
 */
export function onward(verdict: Verdict, pathIds: readonly string[]): Onward | null {
  if (verdict.result === 'no') return null
  if (verdict.result === 'check') return { kind: 'call' }
  if (verdict.pathId && pathIds.includes(verdict.pathId)) return { kind: 'path', path: verdict.pathId }
  return { kind: 'binding' }
}

/** Which of the check's later questions are on screen. */
export interface QuestionsShown {
  /** 想给谁用: only 职工医保 can share */
  relative: boolean
  /** 这位家人的医保在哪里办的: only for a relative this region lets share */
  whereabouts: boolean
}

/** One question at a time: the next appears when the answers before it can still lead to a yes. */
export function questionsShown(a: EligibilityAnswers, relatives: readonly Relative[]): QuestionsShown {
  const employee = a.insurance === 'employee'
  const canShare = a.relative !== undefined && a.relative !== 'other' && relatives.includes(a.relative)
  return { relative: employee, whereabouts: employee && canShare }
}
