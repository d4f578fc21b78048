import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { RegionBar } from '../../components/RegionBar'
import { SourceLine } from '../../components/SourceLine'
import { ActionList } from '../../components/ActionList'
import { useGuideRegion } from '../../hooks/useGuideRegion'
import { SharedRegionBanner } from '../../components/SharedRegionBanner'
import { useShare } from '../../hooks/useShare'
import { useScrollToCard } from '../../hooks/useScrollToCard'
import { useResolvedPolicy } from '../../store/policy'
import type { BalanceChannel } from '../../domain/policy/schema'
import { LOCAL_HOTLINE_ID } from '../../domain/policy/hotline'
import type { Sourced } from '../../domain/policy/resolve'
import { scrollToCard } from '../../services/scroll'
import { AppButton } from '../../components/AppButton'
import { roleOf } from '../../components/a11y'
import './index.css'

const KIND_LABEL = { online: '手机上查', phone: '打电话查', offline: '到现场查' } as const
const JUMP_LABEL = { online: '用手机查', phone: '不会上网：打电话查', offline: '到窗口、自助机查' } as const

function ChannelCard({ channel }: { channel: Sourced<BalanceChannel> }) {
  return (
    <Card id={`channel-${channel.id}`}>
      <Heading level={3}>{channel.name}</Heading>
      <View>
        <Text className='tag tag--kind'>{KIND_LABEL[channel.kind]}</Text>
        {channel.suits.map((s) => (
          <Text key={s} className='tag'>
            {s}
          </Text>
        ))}
      </View>
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
      <ActionList actions={channel.actions} />
      <SourceLine cited={channel} />
    </Card>
  )
}

export default function BalancePage() {
  const guide = useGuideRegion()
  const { region, query } = guide
  const policy = useResolvedPolicy(region)
  useShare({ page: 'balance', region: policy.region })
  useScrollToCard(query.card)
  const { personal, pooled } = policy.balance.accounts
  // Local channels first: a person in 厦门 should see 0592-12393 before the national list.
  // Local first: what a region's file adds, and the place's own 区号-12393 line (built from national facts).
  const isLocal = (c: (typeof policy.balance.channels)[number]) => c.from.code !== 'national' || c.id === LOCAL_HOTLINE_ID
  const channels = [...policy.balance.channels].sort((a, b) => Number(isLocal(b)) - Number(isLocal(a)))
  return (
    <PageFrame checkedOn={policy.checkedOn} problems={query.problems}>
      <Heading>医保余额怎么查</Heading>
      <SharedRegionBanner guide={guide} />
      <RegionBar policy={policy} topic='balance' />
      <Text className='block intro'>
        能查的是职工医保“个人账户”的余额。下面每种办法都能查，挑一种最方便的。不会上网的，直接打电话或去窗口。
      </Text>
      <View className='jump' {...roleOf('group')} aria-label='按方式找'>
        {(['phone', 'offline', 'online'] as const).map((kind) => {
          const first = channels.find((c) => c.kind === kind)
          return first ? (
            <AppButton key={kind} className='btn btn--secondary btn--small' onClick={() => scrollToCard(`channel-${first.id}`)}>
              {JUMP_LABEL[kind]}
            </AppButton>
          ) : null
        })}
      </View>
      {channels.map((c) => (
        <ChannelCard key={c.id} channel={c} />
      ))}
      <Card id='accounts' tone='info'>
        <Heading level={2}>个人账户和统筹账户，不是一回事</Heading>
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
      </Card>
    </PageFrame>
  )
}
