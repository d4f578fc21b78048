import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { RegionBar } from '../../components/RegionBar'
import { SourceLine } from '../../components/SourceLine'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Walkthrough } from '../../components/Walkthrough'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useShare } from '../../hooks/useShare'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { progressKey, regionKey, useProgressStore } from '../../store/progressStore'
import { checkEligibility, type EligibilityAnswers } from '../../domain/family/eligibility'
import { RELATIVE_LABELS, relativesText } from '../../domain/family/relatives'
import { clampScreen, screenLabel, walkthroughScreens } from '../../domain/family/walkthrough'
import { hotlineFor } from '../../domain/policy/hotline'
import './index.css'
import { AppButton } from '../../components/AppButton'

const VERDICT_TONE = { yes: 'info', no: 'danger', check: 'warning' } as const

export default function FamilyPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  const family = policy.family
  const [answers, setAnswers] = useState<EligibilityAnswers>({})
  const verdict = checkEligibility(answers, family, hotlineFor(policy))

  const linkedPath = family.paths.find((p) => p.id === query.path)
  const rememberedPath = useProgressStore((s) => s.chosenPath[regionKey(policy.region)])
  const choosePath = useProgressStore((s) => s.choosePath)
  // A shared link shows its path without touching the receiver's own saved choice until they act.
  const [linkPathState, setLinkPathId] = useState<string | undefined>(linkedPath?.id)
  const linkPathId = guide.linkActive ? linkPathState : undefined
  const pathId = linkPathId ?? rememberedPath ?? null
  const path = family.paths.find((p) => p.id === pathId) ?? null
  const setPathId = (id: string | null) => {
    setLinkPathId(undefined)
    setLinkStep(undefined)
    choosePath(policy.region, id)
  }
  const key = progressKey(policy.region, pathId ?? '')
  const stored = useProgressStore((s) => s.walkthrough[key])
  const setStep = useProgressStore((s) => s.setStep)
  // A link's step wins once, on arrival; after that the stored progress is the truth.
  const [linkStepState, setLinkStep] = useState<number | undefined>(linkedPath ? (query.step ?? (query.badStep ? 0 : undefined)) : undefined)
  const linkStep = linkPathId ? linkStepState : undefined
  const screens = path ? walkthroughScreens(path) : []
  const screen = path ? clampScreen(linkStep ?? stored ?? 0, screens) : 0
  const pathProblem = query.path && !linkedPath && guide.linkActive ? ['链接里的办理方式在本地区没有，请在下面重新选择。'] : []

  // A shared step should open where the step is, not at the top of a long page.
  useScrollToCard(query.card ?? (linkedPath ? 'binding' : undefined))
  const current = screens[screen]
  useShare(
    { page: 'family', region: policy.region, path: path?.id, step: path ? screen : undefined },
    { stepLabel: current && current.kind === 'step' ? screenLabel(current) : undefined }
  )

  // Done: the next visit starts from the path choice, and this path from its beginning.
  const finish = () => {
    setStep(key, 0)
    setPathId(null)
  }

  const move = (next: number) => {
    if (linkPathId) {
      setLinkPathId(undefined)
      choosePath(policy.region, linkPathId)
    }
    setLinkStep(undefined)
    setStep(key, clampScreen(next, screens))
  }

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...pathProblem]}>
      <Heading>家庭共济</Heading>
      <SharedRegionBanner guide={guide} />
      <RegionBar policy={policy} topic='family' />
      <Text className='block intro'>
        职工医保个人账户里的钱，办好“家庭共济”后，近亲属看病买药也能用。看病时家人要用他自己的医保卡或医保码。
      </Text>

      <Card id='eligibility'>
        <Heading level={2}>能不能共济？回答三个问题</Heading>
        <ChoiceGroup
          question='1. 您交的是哪种医保？'
          value={answers.insurance}
          onChange={(insurance) => setAnswers({ ...answers, insurance })}
          options={[
            { value: 'employee', label: '职工医保' },
            { value: 'resident', label: '城乡居民医保' },
            { value: 'unsure', label: '不清楚' }
          ]}
        />
        <ChoiceGroup
          question='2. 想给谁用？'
          value={answers.relative}
          onChange={(relative) => setAnswers({ ...answers, relative })}
          options={[...Object.entries(RELATIVE_LABELS).map(([value, label]) => ({ value: value as keyof typeof RELATIVE_LABELS, label })), { value: 'other' as const, label: '其他人' }]}
        />
        <ChoiceGroup
          question='3. 这位家人在哪里参保？'
          value={answers.whereabouts}
          onChange={(whereabouts) => setAnswers({ ...answers, whereabouts })}
          options={[
            { value: 'same-city', label: '和我同一个城市' },
            { value: 'same-province', label: '省内其他城市' },
            { value: 'other-province', label: '外省' }
          ]}
        />
        {verdict && (
          <Card tone={VERDICT_TONE[verdict.result]}>
            <Text className='verdict__title' aria-live='polite'>
              {verdict.result === 'yes' ? '✓ ' : verdict.result === 'no' ? '✗ ' : '? '}
              {verdict.title}
            </Text>
            <Text className='block'>{verdict.reason}</Text>
          </Card>
        )}
        <Text className='block muted small'>本地区能共济的家人：{relativesText(family.relatives)}。{family.relativesNote ?? ''}</Text>
        <SourceLine cited={family.from.relatives} />
      </Card>

      <Card id='binding'>
        <Heading level={2}>一步一步办绑定</Heading>
        {!path && (
          <View>
            <Text className='block'>选一种您方便的办法：</Text>
            {family.paths.map((p) => (
              <AppButton key={p.id} className='btn btn--secondary path-option' onClick={() => setPathId(p.id)}>
                {p.name}
              </AppButton>
            ))}
          </View>
        )}
        {path && (
          <View>
            <Text className='block muted'>{path.summary}</Text>
            <Walkthrough path={path} screens={screens} hotline={hotlineFor(policy)} screen={screen} onMove={move} onExit={finish} />
            <AppButton className='btn btn--secondary' openType='share'>
              发给家人（打开就是这一步）
            </AppButton>
            <AppButton className='btn btn--quiet btn--small' onClick={() => setPathId(null)}>
              换一种办法
            </AppButton>
            <SourceLine cited={path} />
          </View>
        )}
      </Card>

      <Card id='uses'>
        <Heading level={2}>共济的钱能付什么</Heading>
        {family.uses.map((u) => (
          <Text key={u} className='list__item'>
            {u}
          </Text>
        ))}
        {family.notAllowed.length > 0 && <Text className='block muted'>不能付：{family.notAllowed.join('、')}</Text>}
        <SourceLine cited={family.from.uses} />
      </Card>

      <Card id='rules' tone='danger'>
        <Heading level={2}>一定要记住</Heading>
        {family.rules.map((r) => (
          <Text key={r} className='list__item'>
            {r}
          </Text>
        ))}
        <SourceLine cited={family.from.rules} />
      </Card>

      <Card id='family-account' tone='warning'>
        <Heading level={2}>“亲情账户”不等于“家庭共济”</Heading>
        <Text className='block'>
          亲情账户：在医保 APP 或支付宝里添加家人，只能帮他出示医保码、看看记录，钱不会给过去。
        </Text>
        <Text className='block'>家庭共济：办好以后，家人看病买药时，真的能用您个人账户里的钱。</Text>
        <Text className='block'>很多人办了亲情账户，以为就能用钱了，其实还要另外办家庭共济。</Text>
        <Text className='block'>广东例外：“粤医保”里的“亲情账号”就是家庭共济绑定，办好了家人就能用您的钱。</Text>
      </Card>

      <Card id='cross-province' tone='info'>
        <Heading level={2}>家人在外地，能共济吗</Heading>
        <Text className='block'>{family.scopeNote}</Text>
        <SourceLine cited={family.from.scope} />
      </Card>
    </PageFrame>
  )
}
