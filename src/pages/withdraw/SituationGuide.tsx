import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { Card } from '../../components/Card'
import { SourceLine } from '../../components/SourceLine'
import { Checklist } from '../../components/Checklist'
import { ManualCopy } from '../../components/ManualCopy'
import { CopyDone } from '../../components/CopyDone'
import { ActionList } from '../../components/ActionList'
import { AppButton } from '../../components/AppButton'
import { ShareButton } from '../../components/ShareButton'
import type { Action, Situation } from '../../domain/policy/schema'
import type { Sourced } from '../../domain/policy/resolve'
import { CARD, situationCard } from '../../domain/cards'
import type { ChecklistState } from './useChecklist'

interface Props {
  situation: Sourced<Situation>
  checklist: ChecklistState
  hotline: Action
  /** the page's link to this list, and the share card's title */
  share: { path: string; title: string }
  /** above the list: whose guide it is, when the list was opened from a link */
  banner: ReactNode
}

/** One situation: what to bring (ticked, copied, sent on), who may apply and where, and the steps. */
export function SituationGuide({ situation, checklist, hotline, share, banner }: Props) {
  const { ticked, toggle, copyList, manualText, dismiss, done, closeDone } = checklist
  return (
    <View id={situationCard(situation.id)}>
      {banner}
      <Card id={CARD.checklist}>
        <Heading level={2}>{`${situation.name}：要带的材料`}</Heading>
        <AppButton className='btn btn--secondary' onClick={copyList}>
          复制清单（发到家人群里）
        </AppButton>
        {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
        {done && <CopyDone copied={done.copied} places={done.places} onClose={closeDone} />}
        <Checklist situation={situation} ticked={ticked} onToggle={toggle} />
        <ShareButton label='发给家人（打开就是这份清单）' path={share.path} title={share.title} />
      </Card>

      <Card>
        <Heading level={2}>谁能办、去哪里办</Heading>
        <Text className='block'>{situation.description}</Text>
        <Text className='label'>谁能办</Text>
        {situation.whoMayApply.map((w) => (
          <Text key={w} className='list__item'>
            {w}
          </Text>
        ))}
        <Text className='label'>去哪里办</Text>
        <Text className='block'>{situation.where}</Text>
        {situation.time && (
          <View>
            <Text className='label'>要多久</Text>
            <Text className='block'>{situation.time}</Text>
          </View>
        )}
        <SourceLine cited={situation} />
      </Card>

      <Card id='steps'>
        <Heading level={2}>怎么办</Heading>
        <Text className='block muted'>材料各地不同，出发前先打电话问清楚：</Text>
        <ActionList actions={[hotline]} />
        {situation.steps.map((s, i) => (
          <View key={s.title} className='step'>
            <Text className='step__title'>
              第 {i + 1} 步：{s.title}
            </Text>
            <Text className='block'>{s.detail}</Text>
            {s.tip && <Text className='block muted'>提示：{s.tip}</Text>}
          </View>
        ))}
      </Card>
    </View>
  )
}
