import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { SourceLine } from '../../components/SourceLine'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ActionList } from '../../components/ActionList'
import { AppButton } from '../../components/AppButton'
import { PathChoices } from '../../components/PathChoices'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import type { CallAction } from '../../domain/policy/hotline'
import { RELATIVE_LABELS, relativesText } from '../../domain/family/relatives'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import type { Eligibility } from './useEligibility'

const VERDICT_TONE = { yes: 'info', no: 'danger', check: 'warning' } as const
const INSURANCE_OPTIONS = [
  { value: 'employee', label: '职工医保' },
  { value: 'resident', label: '城乡居民医保' },
  { value: 'unsure', label: '不清楚' }
] as const
const RELATIVE_OPTIONS = [
  ...Object.entries(RELATIVE_LABELS).map(([value, label]) => ({ value: value as keyof typeof RELATIVE_LABELS, label })),
  { value: 'other' as const, label: '其他人' }
]
const WHEREABOUTS_OPTIONS = [
  { value: 'same-city', label: '和我同一个城市' },
  { value: 'same-province', label: '省内其他城市' },
  { value: 'other-province', label: '外省' }
] as const

interface Props {
  check: Eligibility
  family: ResolvedPolicy['family']
  /** the place's line: named in answers, and called where the answer is "ask first" */
  ask: CallAction
  onStart: (pathId: string) => void
}

/** 家人能用吗: three questions, one at a time, the answer under them and the way on from it. */
export function EligibilityCheck({ check, family, ask, onStart }: Props) {
  const { answers, setAnswers, shown, verdict, next } = check
  return (
    <Card id={CARD.eligibility}>
      <Heading level={2}>家人能用吗？</Heading>
      <ChoiceGroup
        question='1. 您的医保是哪种？'
        hint='退休前单位给交的，一般是职工医保。'
        value={answers.insurance}
        onChange={(insurance) => setAnswers({ ...answers, insurance })}
        options={INSURANCE_OPTIONS}
      />
      {/* One question at a time: the next appears when the one before can lead to a yes. */}
      {shown.relative && (
        <ChoiceGroup
          question='2. 想给谁用？'
          value={answers.relative}
          onChange={(relative) => setAnswers({ ...answers, relative })}
          options={RELATIVE_OPTIONS}
        />
      )}
      {shown.whereabouts && (
        <ChoiceGroup
          question='3. 这位家人的医保在哪里办的？'
          value={answers.whereabouts}
          onChange={(whereabouts) => setAnswers({ ...answers, whereabouts })}
          options={WHEREABOUTS_OPTIONS}
        />
      )}
      {verdict && (
        <View id={CARD.verdict}>
          <Card tone={VERDICT_TONE[verdict.result]}>
            <Text className='verdict__title' aria-live='polite'>
              {verdict.result === 'yes' ? '✓ ' : verdict.result === 'no' ? '✗ ' : '? '}
              {verdict.title}
            </Text>
            <Text className='block'>{verdict.reason}</Text>
            {next?.kind === 'path' && (
              <AppButton className='btn verdict__go' onClick={() => onStart(next.path)}>
                下一步：用“{family.paths.find((p) => p.id === next.path)?.name}”绑定
              </AppButton>
            )}
            {/* A yes goes straight on: each way to bind is one tap from the answer. */}
            {next?.kind === 'binding' && (
              <View>
                <Text className='block verdict__next'>下一步：选一种办法绑定</Text>
                <PathChoices family={family} ask={ask} onStart={onStart} buttonClass='btn btn--secondary verdict__go' />
              </View>
            )}
            {next?.kind === 'call' && <ActionList actions={[ask]} />}
          </Card>
        </View>
      )}
      {!verdict && (
        <AppButton className='btn btn--secondary' onClick={() => scrollSoon(CARD.binding)}>
          知道能办？下一步：怎么绑定
        </AppButton>
      )}
      {shown.relative && (
        <Fold title='本地区哪些家人能共济'>
          <Text className='block'>
            {relativesText(family.relatives)}。{family.relativesNote ?? ''}
          </Text>
          <SourceLine cited={family.from.relatives} />
          {family.contested && (
            <View>
              <Text className='block'>{family.contested.text}</Text>
              <SourceLine cited={family.contested} />
            </View>
          )}
        </Fold>
      )}
    </Card>
  )
}
