import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { parseGuideQuery, type GuideQuery } from '../domain/share/query'
import { linkView, type LinkChoice } from '../domain/share/view'
import { useRegionStore } from '../store/regionStore'

export interface GuideRegion {
  /** the region this page shows */
  region: string | null
  /** the user's own saved region */
  own: string | null
  /** the sender's region, while the page shows a link's region that is not the reader's own (she may have none) */
  sent: string | null
  query: GuideQuery
  /** the link's path/situation/step still apply (where the region shown has them) */
  linkActive: boolean
  /** the reader chose their own region over the link's: what the link named but their region lacks is dropped quietly */
  switchedToOwn: boolean
  /** show the user's own region instead of the link's (nothing saved changes; the way and step carry over where they exist) */
  viewOwn(): void
}

/**
 * The region a guide page shows: the one in the link when it is valid (the
 * sender's), else the user's own. Opening a link never overwrites the user's
 * own region or progress, and nothing asks her to: the banner offers her own
 * region's guide. Changing her own region (in the picker) ends the link's say
 * over the page. The rule itself is `linkView` (domain/share/view).
 */
export function useGuideRegion(): GuideRegion {
  const { params } = useRouter()
  const own = useRegionStore((s) => s.region)
  const query = useMemo(() => parseGuideQuery(params), [params])
  const [choice, setChoice] = useState<LinkChoice>('link')
  const ownAtOpen = useRef(own)
  useEffect(() => {
    // Choosing the link's region as her own keeps the link's path/step; any other change ends them.
    if (own !== ownAtOpen.current && own !== query.region) setChoice('ended')
  }, [own, query.region])
  const view = linkView(query.region, own, choice)
  return {
    ...view,
    own,
    query,
    switchedToOwn: choice === 'own',
    viewOwn: () => setChoice('own')
  }
}
