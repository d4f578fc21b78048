import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { RegionBar } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { ActionList } from '../../components/ActionList'
import { TaskHeader } from '../../components/TaskHeader'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { LINK_NOT_HERE } from '../../domain/share/query'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { checkEligibility, onward, type EligibilityAnswers } from '../../domain/family/eligibility'
import { RELATIVE_LABELS, relativesText } from '../../domain/family/relatives'
import { hotlineFor } from '../../domain/policy/hotline'
import { Binding } from './Binding'
import { TASK, useBindingWalkthrough } from './useBindingWalkthrough'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import './index.css'
import { AppButton } from '../../components/AppButton'
import { PathChoices } from '../../components/PathChoices'
import { withPolicy } from '../../components/PolicyGate'

const VERDICT_TONE = { yes: 'info', no: 'danger', check: 'warning' } as const
const SHARED_WHY = '家庭共济按出钱那个人的参保地办。'

function FamilyPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  const family = policy.family
  const [answers, setAnswersState] = useState<EligibilityAnswers>({})
  const ask = hotlineFor(policy)
  const verdict = checkEligibility(answers, family, ask)
  const next = verdict ? onward(verdict, family.paths.map((p) => p.id)) : null
  const setAnswers = (a: EligibilityAnswers) => {
    setAnswersState(a)
    // The answer appears under the questions: bring it into view, or the user never sees it.
    if (checkEligibility(a, family, ask)) scrollSoon(CARD.verdict)
  }

  const walk = useBindingWalkthrough(guide, policy)
  const startPath = walk.start
  const pathProblem = walk.linkedPathMissing ? [LINK_NOT_HERE.path] : []
  // A way from a search hit opens where the walkthrough is; a shared step opens at the top of the page.
  useScrollToCard(query.card ?? (walk.path && query.path && !walk.received ? CARD.binding : undefined))
  const sent = Boolean(guide.sent)

  const employee = answers.insurance === 'employee'
  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...pathProblem]} ask={ask}>
      {/* Opened from a shared step: what and where on top, the step written to its reader, 大字 in view. */}
      {walk.received ? (
        <>
          <TaskHeader task={TASK} place={walk.place || '全国通用'} />
          <Binding walk={walk} policy={policy} ask={ask} />
          {/* her step first; whose rules these are (and her own region) right under it */}
          <SharedRegionBanner guide={guide} why={SHARED_WHY} />
          <RegionBar policy={policy} hotline={false} topic='family' sent={sent} />
        </>
      ) : (
        <>
          <Heading>{TASK}</Heading>
          <RegionBar policy={policy} hotline={false} topic='family' sent={sent} />
          <SharedRegionBanner guide={guide} why={SHARED_WHY} named={false} />
        </>
      )}

      <Card id={CARD.eligibility}>
        <Heading level={2}>家人能用吗？</Heading>
        <ChoiceGroup
          question='1. 您的医保是哪种？'
          hint='退休前单位给交的，一般是职工医保。'
          value={answers.insurance}
          onChange={(insurance) => setAnswers({ ...answers, insurance })}
          options={[
            { value: 'employee', label: '职工医保' },
            { value: 'resident', label: '城乡居民医保' },
            { value: 'unsure', label: '不清楚' }
          ]}
        />
        {/* One question at a time: the next appears when the one before can lead to a yes. */}
        {employee && (
          <ChoiceGroup
            question='2. 想给谁用？'
            value={answers.relative}
            onChange={(relative) => setAnswers({ ...answers, relative })}
            options={[...Object.entries(RELATIVE_LABELS).map(([value, label]) => ({ value: value as keyof typeof RELATIVE_LABELS, label })), { value: 'other' as const, label: '其他人' }]}
          />
        )}
        {employee && answers.relative && answers.relative !== 'other' && family.relatives.includes(answers.relative) && (
          <ChoiceGroup
            question='3. 这位家人的医保在哪里办的？'
            value={answers.whereabouts}
            onChange={(whereabouts) => setAnswers({ ...answers, whereabouts })}
            options={[
              { value: 'same-city', label: '和我同一个城市' },
              { value: 'same-province', label: '省内其他城市' },
              { value: 'other-province', label: '外省' }
            ]}
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
                <AppButton className='btn verdict__go' onClick={() => startPath(next.path)}>
                  下一步：用“{family.paths.find((p) => p.id === next.path)?.name}”绑定
                </AppButton>
              )}
              {/* A yes goes straight on: each way to bind is one tap from the answer. */}
              {next?.kind === 'binding' && (
                <View>
                  <Text className='block verdict__next'>下一步：选一种办法绑定</Text>
                  <PathChoices family={family} ask={ask} onStart={startPath} buttonClass='btn btn--secondary verdict__go' />
                </View>
              )}
              {next?.kind === 'call' && <ActionList actions={[hotlineFor(policy)]} />}
            </Card>
          </View>
        )}
        {!verdict && (
          <AppButton className='btn btn--secondary' onClick={() => scrollSoon(CARD.binding)}>
            知道能办？下一步：怎么绑定
          </AppButton>
        )}
        {employee && (
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

      <RegionNotes policy={policy} topic='family' />

      {!walk.received && <Binding walk={walk} policy={policy} ask={ask} />}

      <Fold id={CARD.uses} defaultOpen={query.card === CARD.uses} title='共济的钱能付什么'>
        {family.uses.map((u) => (
          <Text key={u} className='list__item'>
            {u}
          </Text>
        ))}
        {family.notAllowed.length > 0 && <Text className='block muted'>不能付：{family.notAllowed.join('、')}</Text>}
        <SourceLine cited={family.from.uses} />
      </Fold>

      <Fold id={CARD.rules} defaultOpen={query.card === CARD.rules} title='一定要记住：家人看病用他自己的医保卡'>
        {family.rules.map((r) => (
          <Text key={r} className='list__item'>
            {r}
          </Text>
        ))}
        <SourceLine cited={family.from.rules} />
      </Fold>

      <Fold id='family-account' title='“亲情账户”不等于“家庭共济”'>
        <Text className='block'>
          亲情账户：在医保 APP 或支付宝里添加家人，只能帮他出示医保码、看看记录，钱不会给过去。
        </Text>
        <Text className='block'>家庭共济：办好以后，家人看病买药时，真的能用您个人账户里的钱。</Text>
        <Text className='block'>很多人办了亲情账户，以为就能用钱了，其实还要另外办家庭共济。</Text>
        <Text className='block'>
          广东例外：“粤医保”以前把家庭共济绑定叫“亲情账号”，现在写作“个人账户家庭共济关系绑定/解绑”，办好了家人就能用您的钱。
        </Text>
      </Fold>

      <Fold id={CARD.crossProvince} defaultOpen={query.card === CARD.crossProvince} title='家人在外地，能共济吗'>
        <Text className='block'>{family.scopeNote}</Text>
        <SourceLine cited={family.from.scope} />
      </Fold>
    </PageFrame>
  )
}

export default withPolicy(FamilyPage)
