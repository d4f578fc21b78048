import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { RegionBar } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { MythList } from '../../components/MythList'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import { AGENT_RULE, NOT_WITHDRAWABLE } from '../../domain/withdraw/checklist'
import { hotlineFor } from '../../domain/policy/hotline'
import { CARD } from '../../domain/cards'
import { sharePath } from '../../domain/share/link'
import { withPolicy } from '../../components/PolicyGate'
import { useChecklist } from './useChecklist'
import { useSituationChoice } from './useSituationChoice'
import { useWithdrawShare } from './useWithdrawShare'
import { SituationPicker } from './SituationPicker'
import { SituationGuide } from './SituationGuide'
import './index.css'

const SHARED_WHY = '提取在参保人的参保地办：看交医保的那个人是在哪里参保的。'

function WithdrawPage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region, 'withdraw')
  const { situations, alternatives } = policy.withdraw
  const choice = useSituationChoice(guide, policy)
  const { chosen, situation, linkedList } = choice
  useScrollToCard(query.card ?? choice.linkedCard)
  const checklist = useChecklist(policy, situation)
  const share = useWithdrawShare(policy, choice)
  // A list shown for hand-copying belongs to one situation: never leave it under another.
  const choose = (id: string) => {
    checklist.dismiss()
    choice.choose(id)
  }

  return (
    <PageFrame checkedOn={policy.checkedOn} problems={[...query.problems, ...choice.problems]} ask={hotlineFor(policy)}>
      <Heading>余额能取出来吗</Heading>
      <RegionBar policy={policy} hotline={false} topic='withdraw' sent={Boolean(guide.sent)} />
      {!linkedList && <SharedRegionBanner guide={guide} why={SHARED_WHY} named={false} />}
      <Heading level={2}>您是哪种情况？</Heading>
      <SituationPicker situations={situations} chosen={chosen} onChoose={choose} />
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
        <SituationGuide
          situation={situation}
          checklist={checklist}
          hotline={hotlineFor(policy)}
          share={{ path: sharePath(share.target), title: share.card.title }}
          // opened at the linked list: whose guide it is stays right above it
          banner={linkedList && <SharedRegionBanner guide={guide} why={SHARED_WHY} />}
        />
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
