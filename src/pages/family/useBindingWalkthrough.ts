import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useLinkedWalkthrough } from '../../hooks/useLinkedWalkthrough'
import { useShareCard } from '../../hooks/useShareCard'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { bindingCast } from '../../domain/family/walkthrough'
import { relativesText } from '../../domain/family/relatives'
import { familyCard, walkthroughCard } from '../../domain/share/card'
import type { ShareTarget } from '../../domain/share/link'
import { shortName } from '../../domain/region/names'

export const TASK = '家庭共济'

/**
 * The binding walkthrough of the family page: the way chosen, the screen, what a link says (a step sent to
 * the relative opens in her words), and the share card for what is on screen.
 */
export function useBindingWalkthrough(guide: GuideRegion, policy: ResolvedPolicy) {
  const walk = useLinkedWalkthrough({ guide, region: policy.region, paths: policy.family.paths, cast: bindingCast })
  const place = (policy.region && shortName(policy.region)) || ''
  const current = walk.screens[walk.screen]
  const target: ShareTarget = { page: 'family', region: policy.region, path: walk.path?.id, step: walk.path ? walk.screen : undefined }
  const card =
    walk.path && current
      ? walkthroughCard({ task: TASK, place, way: walk.path.name, steps: walk.path.steps.length, screen: current, cast: bindingCast })
      : familyCard({ place, relatives: relativesText(policy.family.relatives), ways: policy.family.paths.map((p) => p.name) })
  useShareCard(target, card)
  return { ...walk, place, target, card, current, view: (step: Parameters<typeof bindingCast.view>[0]) => bindingCast.view(step, walk.reader) }
}

export type BindingWalkthrough = ReturnType<typeof useBindingWalkthrough>
