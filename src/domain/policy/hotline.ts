/** The number to call about this region: its own 区号-12393 when the data has one, else 12393. */
import type { ResolvedPolicy } from './resolve'
import type { Action } from './schema'

export type CallAction = Extract<Action, { kind: 'call' }>

function callIn(policy: ResolvedPolicy, channelId: string): CallAction | null {
  const channel = policy.balance.channels.find((c) => c.id === channelId)
  const call = channel?.actions.find((a): a is CallAction => a.kind === 'call')
  return call ?? null
}

export function localHotline(policy: ResolvedPolicy): CallAction | null {
  return callIn(policy, 'local-hotline')
}

export function hotlineFor(policy: ResolvedPolicy): CallAction {
  return localHotline(policy) ?? callIn(policy, 'hotline-12393') ?? { kind: 'call', label: '医保服务热线', number: '12393' }
}

/** Steps that tell the reader to phone get a call button beside them. */
export function mentionsCalling(text: string): boolean {
  return /12393|打电话|热线/.test(text)
}
