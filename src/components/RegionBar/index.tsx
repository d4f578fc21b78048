import { View, Text } from '@tarojs/components'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { hasLocalFacts } from '../../domain/policy/shown'
import type { Topic } from '../../domain/policy/schema'
import { isMunicipality, provinceCodeOf, regionLabel } from '../../domain/region/names'
import { openPage } from '../../services/navigation'
import { isSinglePageMode } from '../../services/launchScene'
import { ActionList } from '../ActionList'
import { localHotline } from '../../domain/policy/hotline'
import { usePolicyState } from '../../store/policy'
import './index.css'
import { AppButton } from '../AppButton'
import { BigTextToggle } from '../ElderSwitch'

// Lives with the region names the main package keeps (the home page shows it too).
export { regionLabel }

/**
 * The region every answer depends on, always visible, with one tap to change it.
 * `hotline={false}` where the page itself offers the call as its answer. The local notes
 * are RegionNotes, which pages place after their main action. With `topic`, a page whose own
 * content is all national (a province file with only its 医保钱包 status, say) says so. `sent`: the
 * region came in a family member's link and is not the reader's own, so it is not called her 参保地
 * and offers no 更换 (her own region is one tap away in SharedRegionBanner).
 */
export function RegionBar({
  policy,
  hotline: withHotline = true,
  topic,
  sent = false
}: {
  policy: ResolvedPolicy
  hotline?: boolean
  topic?: Topic
  sent?: boolean
}) {
  const hotline = localHotline(policy)
  const national = topic ? !hasLocalFacts(policy, topic) : !policy.hasLocalInfo
  const dropped = usePolicyState((s) => s.dropped)
  const stale = dropped.some((d) => policy.layers.some((l) => l.code === d.region))
  return (
    <View className='region-bar'>
      <View className='region-bar__row'>
        <Text className='region-bar__label'>{sent ? '家人发来的：' : '参保地：'}</Text>
        <Text className='region-bar__name'>{regionLabel(policy.region)}</Text>
        {/* Opened from Moments the page stands alone: no other page can be opened there. */}
        {!isSinglePageMode() && !sent && (
          <AppButton className='btn btn--secondary btn--small region-bar__change' onClick={() => openPage('region')}>
            {policy.region ? '更换' : '选择地区'}
          </AppButton>
        )}
        <BigTextToggle />
      </View>
      {national && (
        <Text className='region-bar__national'>
          {!policy.region
            ? '还没选地区，以下为全国通用规则。'
            : policy.hasLocalInfo
              ? '这一项本地区暂无单独核对的信息，以下为全国通用规则。'
              : '本地区暂无单独核对的信息，以下为全国通用规则。'}
        </Text>
      )}
      {stale && <Text className='region-bar__highlight'>本地区最新的资料没有通过检查，先显示之前核对过的内容。</Text>}
      {withHotline && hotline && <ActionList actions={[hotline]} />}
      {!sent && policy.region && provinceCodeOf(policy.region) === policy.region && !isMunicipality(policy.region) && (
        <Text className='region-bar__hint'>只选了省。选到城市，能看到当地的电话和办法。</Text>
      )}
    </View>
  )
}
