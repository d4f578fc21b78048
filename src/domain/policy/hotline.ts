/** The number to call about this region: its own 区号-12393 when the data has one, else 12393. */
import type { ResolvedPolicy } from './resolve'
import type { Action, BalanceChannel } from './schema'

export type CallAction = Extract<Action, { kind: 'call' }>

/** The place a generated line is for: a short name users know (海东) and its one area code. */
export interface HotlinePlace {
  name: string
  areaCode: string
  /** other places that dial the same area code (仙桃 → 潜江、天门): the line may answer for any of them */
  sharedWith?: string[]
}

export const LOCAL_HOTLINE_ID = 'local-hotline'

/**
 * A place gets its own line only when it has exactly one area code: a city, a 直辖市, a
 * county-level city, or a province that dials one code throughout (海南 0898).
 */
export function hotlinePlaceOf(
  code: string | null,
  facts: {
    getRegion(code: string): { short: string } | undefined
    areaCodesOf(code: string): string[]
    /** places dialling an area code; omitted: nothing known about sharing */
    placesWithAreaCode?(areaCode: string): ReadonlyArray<{ code: string; short: string }>
  }
): HotlinePlace | null {
  if (code === null) return null
  const region = facts.getRegion(code)
  const codes = facts.areaCodesOf(code)
  const areaCode = codes[0]
  if (!region || codes.length !== 1 || !areaCode) return null
  const sharedWith = (facts.placesWithAreaCode?.(areaCode) ?? []).filter((p) => p.code !== code).map((p) => p.short)
  return sharedWith.length > 0 ? { name: region.short, areaCode, sharedWith } : { name: region.short, areaCode }
}

/** How many other places to name before saying 等地. */
const NAMED_SHARERS = 4

/**
 * What is known about 区号-12393: it is the 医保 service line for that area code. Where several
 * places dial one code, which bureau answers is not known, so the caller says where they are insured.
 */
function sharingLine(place: HotlinePlace): string | null {
  const others = place.sharedWith ?? []
  if (others.length === 0) return null
  const named = others.slice(0, NAMED_SHARERS).join('、')
  return `这个区号不只${place.name}在用，${named}${others.length > NAMED_SHARERS ? '等地' : ''}也用。接通后请先说您在哪个城市参保。`
}

/** The 区号-12393 channel every place with an area code gets; its sources are attached by the resolver. */
export function localHotlineChannel(place: HotlinePlace): Omit<BalanceChannel, 'sources'> {
  const number = `${place.areaCode}-12393`
  const shared = sharingLine(place)
  return {
    id: LOCAL_HOTLINE_ID,
    name: `医保服务热线 ${number}`,
    kind: 'phone',
    steps: [
      `拨打 ${number}，这是医保服务热线（区号 ${place.areaCode} 加 12393）。人在当地的，直接拨 12393 也行。`,
      ...(shared ? [shared] : []),
      '按语音提示选择，或者转人工，说想查个人账户余额，或者要问的事。'
    ],
    needs: ['电话'],
    suits: ['不用上网', '适合老人'],
    limits: ['电话里能办哪些事，以当地医保部门为准，有的只能咨询。', '不要把手机收到的验证码告诉任何人。'],
    actions: [{ kind: 'call', label: `拨打医保服务热线 ${number}`, number }]
  }
}

type Channel = ResolvedPolicy['balance']['channels'][number]

const callOf = (channel: Channel | undefined): CallAction | null => channel?.actions.find((a): a is CallAction => a.kind === 'call') ?? null

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
