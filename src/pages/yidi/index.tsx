import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { MythList } from '../../components/MythList'
import { GuideTop } from '../../components/GuideTop'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { citedTogether } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import { withPolicy } from '../../components/PolicyGate'
import { TASK, useFiling } from './useFiling'
import { Answer } from './Answer'
import { FilingCheck } from './FilingCheck'
import { Filing } from './Filing'
import { Claim } from './Claim'
import { Lines } from './parts'
import './index.css'

const SHARED_WHY = '异地就医备案在参保地办：看去看病的那个人是在哪里参保的。'

function YidiPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region, 'yidi')
  const y = policy.yidi
  const filing = useFiling(guide, policy)
  // 看补办 opens the 补办 fold where it scrolls to (remounted open: the fold keeps its own state)
  const [lateAsked, setLateAsked] = useState(false)
  useScrollToCard(query.card ?? filing.openAt)
  const walkthrough = <Filing filing={filing} policy={policy} />

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...filing.problems]} ask={hotlineFor(policy)}>
      <GuideTop
        guide={guide}
        policy={policy}
        topic='yidi'
        task={TASK}
        why={SHARED_WHY}
        received={filing.received}
        place={filing.place}
        walkthrough={walkthrough}
      />
      <Answer policy={policy} />
      <RegionNotes policy={policy} topic='yidi' />
      <FilingCheck
        policy={policy}
        filing={filing}
        openCard={query.card}
        onLate={() => {
          setLateAsked(true)
          scrollSoon(CARD.lateFiling)
        }}
      />
      {!filing.received && walkthrough}
      <Fold
        key={lateAsked ? 'late-asked' : 'late'}
        id={CARD.lateFiling}
        defaultOpen={lateAsked || query.card === CARD.lateFiling}
        title='来不及备案怎么办（补办）'
      >
        <Lines lines={y.late} />
        <SourceLine cited={citedTogether(y.late)} />
      </Fold>
      <Card id={CARD.onTheDay}>
        <Heading level={2}>到了医院怎么做</Heading>
        {y.onTheDay.map((l, i) => (
          <Text key={l.text} className='yidi-step'>
            {i + 1}. {l.text}
          </Text>
        ))}
        <SourceLine cited={citedTogether(y.onTheDay)} />
      </Card>
      <Claim policy={policy} filing={filing} open={query.card === CARD.claim} />
      <Fold id='yidi-scope' title='在本省其他城市看病呢？'>
        <Lines lines={y.scope} />
        <SourceLine cited={citedTogether(y.scope)} />
      </Fold>
      <MythList myths={y.myths} folded open={query.card} />
    </PageFrame>
  )
}

export default withPolicy(YidiPage, 'yidi')
