import { View, Text } from '@tarojs/components'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { regionLabel } from '../RegionBar'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'

/** A link from family shows their region's guide; say so, and let the reader switch without losing anything. */
export function SharedRegionBanner({ guide }: { guide: GuideRegion }) {
  if (!guide.foreign) return null
  return (
    <View className='notice shared-banner' {...roleOf('region')} aria-label='家人发来的指南'>
      <Text className='block'>
        这是按【{regionLabel(guide.foreign)}】的规定写的（家人发来的链接）。您自己的参保地是【{regionLabel(guide.own)}】。
      </Text>
      <AppButton className='btn btn--secondary' onClick={guide.viewOwn}>
        看我自己地区（{regionLabel(guide.own)}）的
      </AppButton>
      <AppButton className='btn btn--quiet' onClick={guide.adopt}>
        把我的参保地改成{regionLabel(guide.foreign)}
      </AppButton>
    </View>
  )
}
