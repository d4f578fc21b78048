import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { ActionList } from '../../components/ActionList'
import { SourceLine } from '../../components/SourceLine'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { citedTogether, hasLocalFacts } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { CARD } from '../../domain/cards'
import { Lines } from './parts'

/** The question first, answered on one screen, with the place's own line as the first call. */
export function Answer({ policy }: { policy: ResolvedPolicy }) {
  const y = policy.yidi
  // Local notes exist for other guides but none for this one: say the rules below are the national ones.
  const nationalOnly = policy.hasLocalInfo && !hasLocalFacts(policy, 'yidi')
  return (
    <View id={CARD.yidiAnswer} className='answer yidi-answer'>
      <Heading level={2}>去外地看病，医保能用吗？</Heading>
      <Text className='block yidi-answer__title'>{y.answer.title}</Text>
      <Lines lines={y.answer.lines} />
      {nationalOnly && <Text className='block muted small'>本地区暂无单独核对的异地就医信息，以上为全国通用规则。</Text>}
      <Text className='block yidi-answer__ask'>拿不准，先问参保地医保：</Text>
      <ActionList actions={[hotlineFor(policy)]} />
      <SourceLine cited={citedTogether(y.answer.lines)} />
    </View>
  )
}
