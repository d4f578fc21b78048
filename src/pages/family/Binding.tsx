import { WalkthroughCard } from '../../components/WalkthroughCard'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { hotlineFor } from '../../domain/policy/hotline'
import { CARD } from '../../domain/cards'
import { PathChoices, WalletCaution } from '../../components/PathChoices'
import type { BindingWalkthrough } from './useBindingWalkthrough'

/** The binding card: the choice of ways, or the walkthrough of the one chosen, and sending a step on. */
export function Binding({ walk, policy, ask }: { walk: BindingWalkthrough; policy: ResolvedPolicy; ask: { number: string } }) {
  return (
    <WalkthroughCard
      walk={walk}
      id={CARD.binding}
      title='一步一步办绑定'
      hotline={hotlineFor(policy)}
      choices={<PathChoices family={policy.family} ask={ask} onStart={walk.start} />}
      caution={(path) => (
        <WalletCaution
          family={policy.family}
          pathId={path.id}
          ask={ask}
          relativeOf={walk.reader === 'relative' ? walk.place || '全国通用' : undefined}
        />
      )}
    />
  )
}
