import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { RegionBar } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { Checklist } from '../../components/Checklist'
import { ManualCopy } from '../../components/ManualCopy'
import { CopyDone } from '../../components/CopyDone'
import { MythList } from '../../components/MythList'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { useLinkPart } from '../../hooks/useLinkPart'
import { LINK_NOT_HERE } from '../../domain/share/query'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useShareCard } from '../../hooks/useShareCard'
import { withdrawCard } from '../../domain/share/card'
import { shortName } from '../../domain/region/names'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { regionKey, useProgressStore } from '../../store/progressStore'
import { AGENT_RULE, checklistParts, NOT_WITHDRAWABLE } from '../../domain/withdraw/checklist'
import { useChecklist } from './useChecklist'
import { hotlineFor } from '../../domain/policy/hotline'
import { ActionList } from '../../components/ActionList'
import './index.css'
import { AppButton } from '../../components/AppButton'
import { roleOf } from '../../components/a11y'
import { CARD, situationCard } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'
import { ShareButton } from '../../components/ShareButton'
import { sharePath } from '../../domain/share/link'
import { withPolicy } from '../../components/PolicyGate'

const SHARED_WHY = '提取在参保人的参保地办：看交医保的那个人是在哪里参保的。'

function WithdrawPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region, 'withdraw')
  const { situations, alternatives } = policy.withdraw
  const known = (id: string | undefined) => id === NOT_WITHDRAWABLE || situations.some((s) => s.id === id)
  // A link's situation shows first; otherwise the one this user last chose here (kept across restarts).
  const remembered = useProgressStore((s) => s.chosenSituation[regionKey(policy.region)])
  const chooseSituation = useProgressStore((s) => s.chooseSituation)
  // Seen in the reader's own region (看我自己地区的), the link's situation still counts where that region has it.
  const [linkChoice, endLinkChoice] = useLinkPart(query.situation, guide.linkActive)
  const linkSituation = known(linkChoice) ? linkChoice : undefined
  const chosen = linkSituation ?? (known(remembered) ? remembered : undefined)
  const linkedShown = linkSituation !== undefined && linkSituation !== NOT_WITHDRAWABLE
  const linkedCard =
    query.situation === NOT_WITHDRAWABLE ? CARD.notWithdrawable : known(query.situation) ? situationCard(query.situation ?? '') : undefined
  useScrollToCard(query.card ?? linkedCard)
  const situation = situations.find((s) => s.id === chosen)
  const { ticked, toggle, copyList, manualText, dismiss, done, closeDone } = useChecklist(policy, situation)
  // A list shown for hand-copying belongs to one situation: never leave it under another.
  const setChosen = (id: string) => {
    dismiss()
    endLinkChoice()
    chooseSituation(policy.region, id)
    // What to bring is the answer: start there, not under the buttons just tapped.
    scrollSoon(id === NOT_WITHDRAWABLE ? CARD.notWithdrawable : situationCard(id))
  }
  const shareTarget = { page: 'withdraw', region: policy.region, situation: chosen } as const
  const place = (policy.region && shortName(policy.region)) || ''
  // The card says the answer: the situations it can be taken out in, or what to bring for the one chosen.
  const card = situation
    ? withdrawCard({ place, kind: 'materials', situation: situation.name, materials: checklistParts(situation).needed.map((m) => m.name) })
    : chosen === NOT_WITHDRAWABLE
      ? withdrawCard({ place, kind: 'none', alternatives })
      : withdrawCard({ place, kind: 'situations', names: situations.map((s) => s.name) })
  useShareCard(shareTarget, card)
  const problems = [...query.problems, ...(query.situation && !known(query.situation) && !guide.switchedToOwn ? [LINK_NOT_HERE.situation] : [])]

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={problems} ask={hotlineFor(policy)}>
      <Heading>余额能取出来吗</Heading>
      <RegionBar policy={policy} hotline={false} topic='withdraw' sent={Boolean(guide.sent)} />
      {!linkedShown && <SharedRegionBanner guide={guide} why={SHARED_WHY} named={false} />}
      <Heading level={2}>您是哪种情况？</Heading>
      <View id={CARD.situations} className='situations' {...roleOf('group')} aria-label='选择情形'>
        {situations.map((s) => (
          <AppButton
            key={s.id}
            className={`btn ${chosen === s.id ? '' : 'btn--secondary'}`}
            aria-pressed={chosen === s.id}
            onClick={() => setChosen(s.id)}
          >
            {/* the name on its own: the situation's name is what people (and tests) look for */}
            {chosen === s.id && <Text>✓ </Text>}
            <Text>{s.name}</Text>
          </AppButton>
        ))}
        <AppButton
          className={`btn ${chosen === NOT_WITHDRAWABLE ? '' : 'btn--quiet'}`}
          aria-pressed={chosen === NOT_WITHDRAWABLE}
          onClick={() => setChosen(NOT_WITHDRAWABLE)}
        >
          {chosen === NOT_WITHDRAWABLE ? '✓ ' : ''}都不是，我就想把钱取出来
        </AppButton>
        <Text className='block muted small'>只有上面几种情形，能取出个人账户里的钱。</Text>
      </View>
      <RegionNotes policy={policy} topic='withdraw' />

      {chosen === NOT_WITHDRAWABLE && (
        <Card id={CARD.notWithdrawable} tone='info'>
          <Heading level={2}>这种情况不能取，但钱可以这样用</Heading>
          <Text className='block'>在职、退休、换工作（转到能接收的地方）都不能把个人账户的钱取出来。钱不会清零，可以合法地这样用：</Text>
          {alternatives.map((a) => (
            <Text key={a} className='list__item'>
              {a}
            </Text>
          ))}
        </Card>
      )}

      {situation && (
        <View id={situationCard(situation.id)}>
          {/* opened at the linked list: whose guide it is stays right above it */}
          {linkedShown && <SharedRegionBanner guide={guide} why={SHARED_WHY} />}
          <Card id={CARD.checklist}>
            <Heading level={2}>{`${situation.name}：要带的材料`}</Heading>
            <AppButton className='btn btn--secondary' onClick={copyList}>
              复制清单（发到家人群里）
            </AppButton>
            {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
            {done && <CopyDone copied={done.copied} places={done.places} onClose={closeDone} />}
            <Checklist situation={situation} ticked={ticked} onToggle={toggle} />
            <ShareButton label='发给家人（打开就是这份清单）' path={sharePath(shareTarget)} title={card.title} />
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
            <ActionList actions={[hotlineFor(policy)]} />
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
      )}

      {/* Someone on their way to claim a relative's balance needs the list, not a wall of warnings. */}
      {!situation && (
        <Card tone='warning'>
          <Text className='block'>统筹的钱是大家共用的，任何情况下都不能取。</Text>
          <Text className='block'>{AGENT_RULE}</Text>
        </Card>
      )}
      <MythList myths={policy.myths} title='网上这些说法不对' folded={Boolean(situation)} open={query.card} />
    </PageFrame>
  )
}

export default withPolicy(WithdrawPage, 'withdraw')
