import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ActionList } from '../../components/ActionList'
import { SourceLine } from '../../components/SourceLine'
import { AppButton } from '../../components/AppButton'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { citedTogether } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { checkFiling, GROUP_NAMES, REASONS, RETIRED_MOVED, RETIRED_MOVED_QUESTION, type FilingAnswers } from '../../domain/yidi/check'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import type { Filing } from './useFiling'
import { KindFacts } from './parts'

/** the check's second question, shown for those living there */
const MOVED_QUESTION = 'filing-moved'

interface Props {
  policy: ResolvedPolicy
  filing: Filing
  /** 看补办: opens the 补办 fold where the page scrolls to */
  onLate: () => void
  /** a search hit or a link naming the kinds fold opens it */
  openCard?: string
}

/** 该办哪种备案: why the person is there, the kind of 备案 that fits, and what it means. */
export function FilingCheck({ policy, filing, onLate, openCard }: Props) {
  const { kinds } = policy.yidi
  const { answers, verdict } = filing
  const answer = (a: FilingAnswers) => {
    filing.setAnswers(a)
    // What appears under the questions (the second question, or the answer) is brought into view.
    scrollSoon(checkFiling(a, kinds) ? CARD.filingVerdict : MOVED_QUESTION)
  }
  return (
    <Card id={CARD.filingCheck}>
      <Heading level={2}>该办哪种备案？</Heading>
      <ChoiceGroup question='您（或家人）为什么在外地看病？' value={answers.reason} onChange={(reason) => answer({ reason })} options={REASONS} />
      {answers.reason === 'living' && (
        <View id={MOVED_QUESTION}>
          <ChoiceGroup
            question={RETIRED_MOVED_QUESTION}
            value={answers.retiredMoved}
            onChange={(retiredMoved) => answer({ ...answers, retiredMoved })}
            options={RETIRED_MOVED}
          />
        </View>
      )}
      {verdict && (
        <View id={CARD.filingVerdict}>
          <Card tone={verdict.result === 'kind' ? 'info' : 'warning'}>
            <Text className='verdict__title' aria-live='polite'>
              {verdict.result === 'kind' ? '✓ ' : '? '}
              {verdict.title}
            </Text>
            {/* The way on comes right under the answer, where the scroll stops; what the kind means follows. */}
            {verdict.result === 'kind' && (
              <View>
                <AppButton className='btn verdict__go' onClick={() => scrollSoon(CARD.filing)}>
                  下一步：怎么办备案
                </AppButton>
                {verdict.late && (
                  <AppButton className='btn btn--secondary' onClick={onLate}>
                    已经在看急诊、来不及备案？看补办
                  </AppButton>
                )}
                <KindFacts kind={verdict.kind} />
              </View>
            )}
            {verdict.result === 'ask' && <ActionList actions={[hotlineFor(policy)]} />}
          </Card>
        </View>
      )}
      <Fold id={CARD.filingKinds} defaultOpen={openCard === CARD.filingKinds} title='两类六种备案，都是什么'>
        {(['long-term', 'temporary'] as const).map((group) => (
          <View key={group}>
            <Text className='kind__group'>{GROUP_NAMES[group]}</Text>
            {kinds
              .filter((k) => k.group === group)
              .map((k) => (
                <View key={k.id} className='kind__row'>
                  <Text className='kind__name'>{k.name}</Text>
                  <Text className='block'>{k.who}</Text>
                  <Text className='block muted'>
                    {k.validity}
                    {k.payment}
                  </Text>
                </View>
              ))}
          </View>
        ))}
        <SourceLine cited={citedTogether(kinds)} />
      </Fold>
    </Card>
  )
}
