import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useGuideWalkthrough } from '../../hooks/useGuideWalkthrough'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { bindingCast } from '../../domain/family/walkthrough'
import { relativesText } from '../../domain/family/relatives'
import { familyCard } from '../../domain/share/card'

export const TASK = '家庭共济'

/**
 * The binding walkthrough of the family page: the way chosen, the screen, what a link says (a step sent to
 * the relative opens in her words), and the share card for what is on screen.
 */
export function useBindingWalkthrough(guide: GuideRegion, policy: ResolvedPolicy) {
  const { family } = policy
  return useGuideWalkthrough({
    guide,
    region: policy.region,
    page: 'family',
    task: TASK,
    paths: family.paths,
    cast: bindingCast,
    overview: (place) => familyCard({ place, relatives: relativesText(family.relatives), ways: family.paths.map((p) => p.name) })
  })
}

export type BindingWalkthrough = ReturnType<typeof useBindingWalkthrough>
