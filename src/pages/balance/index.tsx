import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Fold } from '../../components/Fold'
import { RegionBar } from '../../components/RegionBar'
import { RegionNotes } from '../../components/RegionNotes'
import { SourceLine } from '../../components/SourceLine'
import { ActionList } from '../../components/ActionList'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useShareCard } from '../../hooks/useShareCard'
import { balanceCard } from '../../domain/share/card'
import { shortName } from '../../domain/region/names'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import type { BalanceChannel } from '../../domain/policy/schema'
import type { Sourced } from '../../domain/policy/resolve'
import { hotlineChannel, hotlineFor } from '../../domain/policy/hotline'
import { CARD, channelCard } from '../../domain/cards'
import './index.css'
import { withPolicy } from '../../components/PolicyGate'

const KIND_LABEL = { online: '手机上查', phone: '打电话查', offline: '到现场查' } as const

/** Everything about one way beyond its name and its one button: read only by those who open it. */
function ChannelDetails({ channel, actions }: { channel: Sourced<BalanceChannel>; actions: BalanceChannel['actions'] }) {
  return (
    <View>
      {channel.suits.length > 0 && <Text className='block muted'>适合：{channel.suits.join('、')}</Text>}
      <View className='steps'>
        {channel.steps.map((step, i) => (
          <Text key={step} className='steps__item'>
            {i + 1}. {step}
          </Text>
        ))}
      </View>
      {channel.needs.length > 0 && <Text className='block muted'>需要：{channel.needs.join('、')}</Text>}
      {channel.limits.map((l) => (
        <Text key={l} className='block muted'>
          注意：{l}
        </Text>
      ))}
      <ActionList actions={actions} />
      <SourceLine cited={channel} />
    </View>
  )
}

/** One way to check: its name and the one button that does it; how-to folded. */
function ChannelRow({ channel, open }: { channel: Sourced<BalanceChannel>; open: boolean }) {
  const [main, ...more] = channel.actions
  return (
    <Fold
      id={channelCard(channel.id)}
      defaultOpen={open}
      title={
        <View>
          <Text className='channel__kind'>{KIND_LABEL[channel.kind]}</Text>
          <Text className='block'>{channel.name}</Text>
        </View>
      }
      always={main ? <ActionList actions={[main]} /> : undefined}
    >
      <ChannelDetails channel={channel} actions={more} />
    </Fold>
  )
}

function BalancePage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  const hotline = hotlineFor(policy)
  // The card says which number to call, so the family reads the answer in the chat.
  const place = (policy.region && shortName(policy.region)) || ''
  useShareCard({ page: 'balance', region: policy.region }, balanceCard({ place, number: hotline.number }))
  useScrollToCard(query.card)
  const { personal, pooled } = policy.balance.accounts
  // The easiest way is the answer on top; its channel's how-to folds under it, the others follow.
  const answerChannel = hotlineChannel(policy)
  // Local ways first: a person in 厦门 should see 厦门's before the national list.
  const channels = policy.balance.channels
    .filter((c) => c !== answerChannel)
    .sort((a, b) => Number(b.from.code !== 'national') - Number(a.from.code !== 'national'))
  return (
    <PageFrame checkedOn={policy.checkedOn} problems={query.problems} ask={hotline}>
      <Heading>医保余额怎么查</Heading>
      <RegionBar policy={policy} hotline={false} topic='balance' sent={Boolean(guide.sent)} />
      <SharedRegionBanner guide={guide} why='余额要向交医保的地方查。' named={false} />
      <View id={CARD.balanceAnswer} className='answer'>
        <Heading level={2}>本程序看不到您的余额</Heading>
        {/* On the first screen: a 居民医保 user would otherwise go looking for a balance that does not exist. */}
        <Text className='block balance__resident'>只有职工医保有个人账户；城乡居民医保没有，也就没有余额可查。</Text>
        <ActionList actions={[hotline]} />
        <Text className='block'>最省事的是打这个电话，人工帮您查。</Text>
        {answerChannel && (
          <Fold id={channelCard(answerChannel.id)} defaultOpen={query.card === channelCard(answerChannel.id)} title='打电话前准备什么'>
            <ChannelDetails channel={answerChannel} actions={[]} />
          </Fold>
        )}
      </View>
      <RegionNotes policy={policy} topic='balance' />
      <Heading level={2}>其他办法</Heading>
      {channels.map((c) => (
        <ChannelRow key={c.id} channel={c} open={query.card === channelCard(c.id)} />
      ))}
      <Fold id={CARD.accounts} defaultOpen={query.card === CARD.accounts} title='个人账户和统筹账户，不是一回事'>
        <Text className='block'>能查到余额的，是职工医保的“个人账户”。</Text>
        <View className='compare'>
          {[personal, pooled].map((a) => (
            <View key={a.name} className='compare__col'>
              <Text className='compare__name'>{a.name}</Text>
              <Text className='compare__label'>用来付什么</Text>
              <Text className='block'>{a.paysFor}</Text>
              <Text className='compare__label'>钱从哪来</Text>
              <Text className='block'>{a.fundedBy}</Text>
              <Text className='compare__label'>能不能取出来</Text>
              <Text className={`block ${a.canWithdraw ? '' : 'compare__no'}`}>{a.withdrawable}</Text>
              <Text className='compare__label'>怎么查</Text>
              <Text className='block'>{a.howToQuery}</Text>
            </View>
          ))}
        </View>
        <SourceLine cited={policy.balance.accountsCited} />
      </Fold>
    </PageFrame>
  )
}

export default withPolicy(BalancePage)
