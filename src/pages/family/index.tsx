// GuideTop (with Heading) before PageFrame: the order every page imports their styles in, so the shared CSS chunk has one order.
import { GuideTop } from '../../components/GuideTop'
import { PageFrame } from '../../components/PageFrame'
import { RegionNotes } from '../../components/RegionNotes'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { hotlineFor } from '../../domain/policy/hotline'
import { withPolicy } from '../../components/PolicyGate'
import { Binding } from './Binding'
import { EligibilityCheck } from './EligibilityCheck'
import { FamilyFacts } from './FamilyFacts'
import { useEligibility } from './useEligibility'
import { TASK, useBindingWalkthrough } from './useBindingWalkthrough'
import './index.css'

const SHARED_WHY = '家庭共济按出钱那个人的参保地办。'

function FamilyPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  const ask = hotlineFor(policy)
  const check = useEligibility(policy.family, ask)
  const walk = useBindingWalkthrough(guide, policy)
  useScrollToCard(query.card ?? walk.openAt)
  const walkthrough = <Binding walk={walk} policy={policy} ask={ask} />

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...walk.problems]} ask={ask}>
      <GuideTop
        guide={guide}
        policy={policy}
        topic='family'
        task={TASK}
        why={SHARED_WHY}
        received={walk.received}
        place={walk.place}
        walkthrough={walkthrough}
      />
      <EligibilityCheck check={check} family={policy.family} ask={ask} onStart={walk.start} />
      <RegionNotes policy={policy} topic='family' />
      {!walk.received && walkthrough}
      <FamilyFacts family={policy.family} openCard={query.card} />
    </PageFrame>
  )
}

export default withPolicy(FamilyPage)
