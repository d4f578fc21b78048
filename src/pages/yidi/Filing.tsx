import { SourceLine } from '../../components/SourceLine'
import { WalkthroughCard } from '../../components/WalkthroughCard'
import { AppButton } from '../../components/AppButton'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { citedTogether } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { MANAGE_TITLE } from '../../domain/yidi/walkthrough'
import { CARD } from '../../domain/cards'
import type { Filing as FilingState } from './useFiling'
import { Lines } from './parts'

/** How to file: the choice of ways, or the walkthrough of the one chosen, and sending a step on. */
export function Filing({ filing, policy }: { filing: FilingState; policy: ResolvedPolicy }) {
  const { paths, time } = policy.yidi
  const choices = (
    <>
      {paths.map((p) => (
        <AppButton key={p.id} className='btn btn--secondary path-option' onClick={() => filing.start(p.id)}>
          {p.name}
        </AppButton>
      ))}
      <Lines lines={time} className='block muted small yidi-time' />
      <SourceLine cited={citedTogether(time)} />
    </>
  )
  return (
    <WalkthroughCard walk={filing} id={CARD.filing} title='一步一步办备案' hotline={hotlineFor(policy)} choices={choices} undoTitle={MANAGE_TITLE} />
  )
}
