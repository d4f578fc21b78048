import { View, Text } from '@tarojs/components'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { regionLabel, shortName } from '../../domain/region/names'
import { openPage } from '../../services/navigation'
import { isSinglePageMode } from '../../services/launchScene'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'
import './index.css'

interface Props {
  guide: GuideRegion
  /** in plain words, whose region this guide follows, e.g. 家庭共济按出钱那个人的参保地办。 */
  why: string
  /** false right under a region bar that already says 家人发来的：<place> */
  named?: boolean
}

/** The reader's own region, one tap away: her region's guide, or the picker when she has none yet. */
function OwnRegionLink({ guide }: { guide: GuideRegion }) {
  if (guide.own) {
    return (
      <AppButton className='btn btn--quiet btn--small shared-line__own' onClick={guide.viewOwn}>
        看我自己地区（{shortName(guide.own) ?? regionLabel(guide.own)}）的
      </AppButton>
    )
  }
  // Opened from Moments the page stands alone: the picker cannot be opened there.
  if (isSinglePageMode()) return null
  return (
    <AppButton className='btn btn--quiet btn--small shared-line__own' onClick={() => openPage('region')}>
      选我自己的地区
    </AppButton>
  )
}

/**
 * A link shows the sender's region as sent: one quiet line on whose rules these are, and a link to the
 * reader's own. Nothing here changes her own 参保地, and nothing asks her to in order to read it.
 */
export function SharedRegionBanner({ guide, why, named = true }: Props) {
  if (!guide.sent) return null
  return (
    <View id='shared-banner' className='shared-line' {...roleOf('note')} aria-label='家人发来的办法'>
      <Text className='shared-line__text'>
        {named ? `家人发来的是${shortName(guide.sent) ?? regionLabel(guide.sent)}的办法，` : ''}
        {why}
      </Text>
      <OwnRegionLink guide={guide} />
    </View>
  )
}
