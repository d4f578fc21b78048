import { useState } from 'react'
import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { RegionBar } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { MythList } from '../../components/MythList'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { TaskHeader } from '../../components/TaskHeader'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { citedTogether } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import { TASK, useFiling } from './useFiling'
import { Answer } from './Answer'
import { FilingCheck } from './FilingCheck'
import { Filing } from './Filing'
import { Claim } from './Claim'
import { Lines } from './parts'
import './index.css'
import { withPolicy } from '../../components/PolicyGate'

const SHARED_WHY = '异地就医备案在参保地办：看去看病的那个人是在哪里参保的。'

function YidiPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region, 'yidi')
  const y = policy.yidi
  const filing = useFiling(guide, policy)
  const sent = Boolean(guide.sent)
  // 看补办 opens the 补办 fold where it scrolls to (remounted open: the fold keeps its own state)
  const [lateAsked, setLateAsked] = useState(false)
  // A way from a search hit opens where the walkthrough is; a shared step opens at the top of the page.
  useScrollToCard(query.card ?? (filing.path && query.path && !filing.received ? CARD.filing : undefined))

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...filing.problems]} ask={hotlineFor(policy)}>
      {/* Opened from a shared step: what and where on top, the step itself next, 大字 in view. */}
      {filing.received ? (
        <>
          <TaskHeader task={TASK} place={filing.place || '全国通用'} />
          <Filing filing={filing} policy={policy} />
          <SharedRegionBanner guide={guide} why={SHARED_WHY} />
          <RegionBar policy={policy} hotline={false} topic='yidi' sent={sent} />
        </>
      ) : (
        <>
          <Heading>{TASK}</Heading>
          <RegionBar policy={policy} hotline={false} topic='yidi' sent={sent} />
          <SharedRegionBanner guide={guide} why={SHARED_WHY} named={false} />
        </>
      )}
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
      {!filing.received && <Filing filing={filing} policy={policy} />}
      <Fold key={lateAsked ? 'late-asked' : 'late'} id={CARD.lateFiling} defaultOpen={lateAsked || query.card === CARD.lateFiling} title='来不及备案怎么办（补办）'>
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
