/**
 * The 医保钱包 (cross-province sharing) changes province by province: what the app knows is
 * always said with the month it was known ("截至 2025 年 9 月"), and a province where it is
 * not open does not get it offered as one more equal way to bind.
 */
import type { ResolvedPolicy } from '../policy/resolve'

/** The national walkthrough for sharing with a relative in another province. */
export const WALLET_PATH_ID = 'medical-wallet'

type Wallet = Pick<ResolvedPolicy['family']['wallet'], 'status' | 'asOf'>

/** "截至 2025 年 9 月" from an ISO day; null without a date. */
export function asOfText(asOf: string | undefined): string | null {
  const m = asOf ? /^(\d{4})-(\d{2})/.exec(asOf) : null
  return m ? `截至 ${m[1]} 年 ${Number(m[2])} 月` : null
}

/**
 * Why the wallet cannot simply be used here, dated, or null when the province runs it. Written to the
 * giver ("您参保的省"); a relative who was sent a step reads it about the giver's place instead.
 */
export function walletCaution(wallet: Wallet | undefined, ask: { number: string }, reader?: { relativeOf: string }): string | null {
  const status = wallet?.status ?? 'unknown'
  if (status === 'live') return null
  const when = asOfText(wallet?.asOf)
  const whose = reader ? `您家人参保的地方（${reader.relativeOf}）` : '您参保的省'
  const why =
    status === 'not-yet'
      ? `${when ? `${when}，` : ''}${whose}还没有开通医保钱包`
      : status === 'testing'
        ? `${when ? `${when}，` : ''}${whose}医保钱包还在试点`
        : `还不确定${whose}能不能用医保钱包`
  return `${why}，请先打 ${ask.number} 问清楚。`
}

export interface PathChoices<P extends { id: string }> {
  /** the ways to bind that are open here, offered as equals */
  ways: P[]
  /** the 医保钱包 way where the province does not run it: offered only after its warning */
  afterWarning: { path: P; warning: string } | null
}

/** Splits the ways to bind: the 医保钱包 way goes behind its warning where it is not open. */
export function pathChoices<P extends { id: string }>(paths: readonly P[], wallet: Wallet | undefined, ask: { number: string }): PathChoices<P> {
  const warning = walletCaution(wallet, ask)
  const walletPath = paths.find((p) => p.id === WALLET_PATH_ID)
  if (!warning || !walletPath) return { ways: [...paths], afterWarning: null }
  return { ways: paths.filter((p) => p !== walletPath), afterWarning: { path: walletPath, warning } }
}
