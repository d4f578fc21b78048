/** The number to call about this region: its own 区号-12393 when the data has one, else 12393. */
import type { ResolvedPolicy } from './resolve'
import type { Action, BalanceChannel } from './schema'

export type CallAction = Extract<Action, { kind: 'call' }>

/** The place a generated line is for: a short name users know (海东) and its one area code. */
export interface HotlinePlace {
  name: string
  areaCode: string
}

export const LOCAL_HOTLINE_ID = 'local-hotline'

/**
 * A place gets its own line only when it has exactly one area code: a city, a 直辖市, a
 * county-level city, or a province that dials one code throughout (海南 0898).
 */
export function hotlinePlaceOf(
  code: string | null,
  facts: { getRegion(code: string): { short: string } | undefined; areaCodesOf(code: string): string[] }
): HotlinePlace | null {
  if (code === null) return null
  const region = facts.getRegion(code)
  const codes = facts.areaCodesOf(code)
  const areaCode = codes[0]
  return region && codes.length === 1 && areaCode ? { name: region.short, areaCode } : null
}

/** The 区号-12393 channel every place with an area code gets; its sources are attached by the resolver. */
export function localHotlineChannel(place: HotlinePlace): Omit<BalanceChannel, 'sources'> {
  const number = `${place.areaCode}-12393`
  return {
    id: LOCAL_HOTLINE_ID,
    name: `${place.name}医保服务热线 ${number}`,
    kind: 'phone',
    steps: [
      `拨打 ${number}，会接到${place.name}的医保部门。在${place.name}本地用座机，一般直接拨 12393 就行。`,
      '按语音提示选择，或者转人工，说想查个人账户余额，或者要问的事。'
    ],
    needs: ['电话'],
    suits: ['不用上网', '适合老人'],
    limits: ['电话里能办哪些事，以当地医保部门为准，有的只能咨询。', '不要把手机收到的验证码告诉任何人。'],
    actions: [{ kind: 'call', label: `拨打${place.name}医保热线 ${number}`, number }]
  }
}

type Channel = ResolvedPolicy['balance']['channels'][number]

const callOf = (channel: Channel | undefined): CallAction | null =>
  channel?.actions.find((a): a is CallAction => a.kind === 'call') ?? null

/** The phone channel to offer first: the place's own 区号-12393 line, else the plain 12393 one. */
export function hotlineChannel(policy: ResolvedPolicy): Channel | undefined {
  const byId = (id: string) => policy.balance.channels.find((c) => c.id === id && callOf(c) !== null)
  return byId(LOCAL_HOTLINE_ID) ?? byId('hotline-12393')
}

export function localHotline(policy: ResolvedPolicy): CallAction | null {
  return callOf(policy.balance.channels.find((c) => c.id === LOCAL_HOTLINE_ID))
}

export function hotlineFor(policy: ResolvedPolicy): CallAction {
  return callOf(hotlineChannel(policy)) ?? { kind: 'call', label: '医保服务热线', number: '12393' }
}

/** Steps that tell the reader to phone get a call button beside them. */
export function mentionsCalling(text: string): boolean {
  return /12393|打电话|热线/.test(text)
}
