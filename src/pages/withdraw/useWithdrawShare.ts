import { useShareCard } from '../../hooks/useShareCard'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { withdrawCard } from '../../domain/share/card'
import type { ShareTarget } from '../../domain/share/link'
import { shortName } from '../../domain/region/names'
import { checklistParts, NOT_WITHDRAWABLE } from '../../domain/withdraw/checklist'
import type { SituationChoice } from './useSituationChoice'

/** The page's share card, which says the answer: the situations it can be taken out in, or what to bring for the one chosen. */
export function useWithdrawShare(
  policy: ResolvedPolicy,
  { chosen, situation }: Pick<SituationChoice<ResolvedPolicy['withdraw']['situations'][number]>, 'chosen' | 'situation'>
) {
  const { situations, alternatives } = policy.withdraw
  const target: ShareTarget = { page: 'withdraw', region: policy.region, situation: chosen }
  const place = (policy.region && shortName(policy.region)) || ''
  const card = situation
    ? withdrawCard({ place, kind: 'materials', situation: situation.name, materials: checklistParts(situation).needed.map((m) => m.name) })
    : chosen === NOT_WITHDRAWABLE
      ? withdrawCard({ place, kind: 'none', alternatives })
      : withdrawCard({ place, kind: 'situations', names: situations.map((s) => s.name) })
  useShareCard(target, card)
  return { target, card }
}
