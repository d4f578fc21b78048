import { View, Text } from '@tarojs/components'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { regionLabel } from '../RegionBar'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'

interface Props {
  guide: GuideRegion
  /** in plain words, whose region this guide should follow, e.g. 共济在出钱那个人的参保地办。 */
  why: string
}

/** A link from family shows their region's guide; say so, and let the reader switch without losing anything. */
export function SharedRegionBanner({ guide, why }: Props) {
  if (!guide.foreign) return null
  return (
    <View id='shared-banner' className='notice shared-banner' {...roleOf('region')} aria-label='家人发来的指南'>
      <Text className='block'>
        家人发来的是【{regionLabel(guide.foreign)}】的办法。{why}
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
