import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { Fold } from '../../components/Fold'
import { RegionBar, regionLabel } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { ChoiceGroup } from '../../components/ChoiceGroup'
import { Walkthrough } from '../../components/Walkthrough'
import { ActionList } from '../../components/ActionList'
import { Checklist } from '../../components/Checklist'
import { ManualCopy } from '../../components/ManualCopy'
import { MythList } from '../../components/MythList'
import { ShareButton } from '../../components/ShareButton'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { AppButton } from '../../components/AppButton'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { useShare } from '../../hooks/useShare'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useCopy } from '../../hooks/useCopy'
import { useResolvedPolicy } from '../../store/policy'
import { citedTogether, type Sourced } from '../../domain/policy/resolve'
import type { FilingKind, SourcedLineEntry } from '../../domain/policy/schema'
import { hotlineFor } from '../../domain/policy/hotline'
import { screenLabel } from '../../domain/family/walkthrough'
import { checkFiling, GROUP_NAMES, REASONS, RETIRED_MOVED, RETIRED_MOVED_QUESTION, type FilingAnswers } from '../../domain/yidi/check'
import { claimText } from '../../domain/yidi/claim'
import { MANAGE_TITLE } from '../../domain/yidi/walkthrough'
import { checklistProgress } from '../../domain/withdraw/checklist'
import { sharePath } from '../../domain/share/link'
import { getRegion } from '../../domain/region'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import { useFiling } from './useFiling'
import './index.css'

const SHARED_WHY = '异地就医备案在参保地办：看去看病的那个人是在哪里参保的。'
/** the check's second question, shown for those living there */
const MOVED_QUESTION = 'filing-moved'

/** Sentences, each from the policy with its own sources; one source line under them all. */
function Lines({ lines, className = 'list__item' }: { lines: ReadonlyArray<Sourced<SourcedLineEntry>>; className?: string }) {
  return (
    <View>
      {lines.map((l) => (
        <Text key={l.text} className={className}>
          {l.text}
        </Text>
      ))}
    </View>
  )
}

/** What one kind of 备案 means: who it is for, how long it lasts, going back, how much is paid. */
function KindFacts({ kind }: { kind: Sourced<FilingKind> }) {
  return (
    <View className='kind'>
      <Text className='kind__label'>适合谁</Text>
      <Text className='block'>{kind.who}</Text>
      <Text className='kind__label'>管多久</Text>
      <Text className='block'>{kind.validity}</Text>
      <Text className='kind__label'>回参保地看病、改备案</Text>
      <Text className='block'>{kind.goingBack}</Text>
      <Text className='kind__label'>报销多少</Text>
      <Text className='block'>{kind.payment}</Text>
      <SourceLine cited={kind} />
    </View>
  )
}

export default function YidiPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  const y = policy.yidi
  const filing = useFiling(guide, policy)
  const { verdict, path } = filing
  const hotline = hotlineFor(policy)
  const regionName = (policy.region && getRegion(policy.region)?.short) || '全国通用'
  const { copy, manualText, dismiss } = useCopy()
  // 看补办 opens the 补办 fold where it scrolls to (remounted open: the fold keeps its own state)
  const [lateAsked, setLateAsked] = useState(false)
  const progress = checklistProgress(y.claim, filing.ticked)

  const current = filing.screens[filing.screen]
  const shareTarget = { page: 'yidi', region: policy.region, path: path?.id, step: path ? filing.screen : undefined } as const
  useShare(shareTarget, { stepLabel: current && current.kind === 'step' ? screenLabel(current) : undefined })
  useScrollToCard(query.card ?? (filing.linkedStepShown ? CARD.filing : undefined))

  const answer = (a: FilingAnswers) => {
    filing.setAnswers(a)
    // What appears under the questions (the second question, or the answer) is brought into view,
    // or the user never sees it.
    scrollSoon(checkFiling(a, y.kinds) ? CARD.filingVerdict : MOVED_QUESTION)
  }
  const startPath = (id: string) => {
    filing.choosePath(id)
    scrollSoon(CARD.filing)
  }
  const move = (to: number) => {
    filing.move(to)
    // The new step starts at its header: never leave its title scrolled off the top.
    scrollSoon(CARD.walkHead)
  }
  // Local notes exist for other guides but none for this one: say the rules below are the national ones.
  const nationalOnly = policy.hasLocalInfo && y.localFrom.length === 0

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...filing.problems]}>
      <Heading>去外地看病</Heading>
      {!filing.linkedStepShown && <SharedRegionBanner guide={guide} why={SHARED_WHY} />}
      <RegionBar policy={policy} hotline={false} />

      <View id={CARD.yidiAnswer} className='answer yidi-answer'>
        <Heading level={2}>去外地看病，医保能用吗？</Heading>
        <Text className='block yidi-answer__title'>{y.answer.title}</Text>
        <Lines lines={y.answer.lines} />
        {nationalOnly && <Text className='block muted small'>本地区暂无单独核对的异地就医信息，以上为全国通用规则。</Text>}
        <Text className='block yidi-answer__ask'>拿不准，先问参保地医保：</Text>
        <ActionList actions={[hotline]} />
        <SourceLine cited={citedTogether(y.answer.lines)} />
      </View>
      <RegionNotes policy={policy} topic='yidi' />

      <Card id={CARD.filingCheck}>
        <Heading level={2}>该办哪种备案？</Heading>
        <ChoiceGroup
          question='您（或家人）为什么在外地看病？'
          value={filing.answers.reason}
          onChange={(reason) => answer({ reason })}
          options={REASONS}
        />
        {filing.answers.reason === 'living' && (
          <View id={MOVED_QUESTION}>
            <ChoiceGroup
              question={RETIRED_MOVED_QUESTION}
              value={filing.answers.retiredMoved}
              onChange={(retiredMoved) => answer({ ...filing.answers, retiredMoved })}
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
                    <AppButton
                      className='btn btn--secondary'
                      onClick={() => {
                        setLateAsked(true)
                        scrollSoon(CARD.lateFiling)
                      }}
                    >
                      已经在看急诊、来不及备案？看补办
                    </AppButton>
                  )}
                  <KindFacts kind={verdict.kind} />
                </View>
              )}
              {verdict.result === 'ask' && <ActionList actions={[hotline]} />}
            </Card>
          </View>
        )}
        <Fold id={CARD.filingKinds} defaultOpen={query.card === CARD.filingKinds} title='两类六种备案，都是什么'>
          {(['long-term', 'temporary'] as const).map((group) => (
            <View key={group}>
              <Text className='kind__group'>{GROUP_NAMES[group]}</Text>
              {y.kinds
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
          <SourceLine cited={citedTogether(y.kinds)} />
        </Fold>
      </Card>

      <Card id={CARD.filing}>
        <Heading level={2}>一步一步办备案</Heading>
        {!path && (
          <View>
            <Text className='block'>选一种您方便的办法：</Text>
            {y.paths.map((p) => (
              <AppButton key={p.id} className='btn btn--secondary path-option' onClick={() => startPath(p.id)}>
                {p.name}
              </AppButton>
            ))}
            <Lines lines={y.time} className='block muted small yidi-time' />
            <SourceLine cited={citedTogether(y.time)} />
          </View>
        )}
        {path && (
          <View>
            {filing.linkedStepShown && <SharedRegionBanner guide={guide} why={SHARED_WHY} />}
            <Walkthrough
              path={path}
              screens={filing.screens}
              hotline={hotline}
              regionName={regionName}
              screen={filing.screen}
              onMove={move}
              onExit={filing.finish}
              undoTitle={MANAGE_TITLE}
            />
            <ShareButton label='发给家人（打开就是这一步）' path={sharePath(shareTarget)} />
            <AppButton className='btn btn--quiet btn--small' onClick={() => filing.choosePath(null)}>
              换一种办法
            </AppButton>
            <Text className='block muted small'>{path.summary}</Text>
            <SourceLine cited={path} />
          </View>
        )}
      </Card>

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

      {/* Folded until needed (a search hit, a link, or ticks already made): the page stays short for those who filed. */}
      <Fold
        id={CARD.claim}
        defaultOpen={query.card === CARD.claim || filing.ticked.length > 0}
        title={`没能直接结算：回参保地报销要带的材料（${y.claim.materials.length} 项）`}
      >
        <Text className='block'>{y.claim.intro}</Text>
        <AppButton className='btn btn--secondary' onClick={() => void copy(claimText(y.claim, regionLabel(policy.region), filing.ticked))}>
          复制清单（发到家人群里）
        </AppButton>
        {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
        <Text className='block muted' aria-live='polite'>
          已准备 {progress.done} / {progress.total} 项，点一下打勾
        </Text>
        <Checklist materials={y.claim.materials} ticked={filing.ticked} onToggle={filing.toggleTick} />
        {y.claim.steps.map((s) => (
          <Text key={s} className='list__item'>
            {s}
          </Text>
        ))}
        <SourceLine cited={y.claim.cited} />
      </Fold>

      <Fold id='yidi-scope' title='在本省其他城市看病呢？'>
        <Lines lines={y.scope} />
        <SourceLine cited={citedTogether(y.scope)} />
      </Fold>

      <MythList myths={y.myths} folded open={query.card} />
    </PageFrame>
  )
}
