import { useRouter } from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import { parseGuideQuery, type GuideQuery } from '../domain/share/query'
import { useRegionStore } from '../store/regionStore'

export interface GuideRegion {
  /** the region this page shows */
  region: string | null
  /** the user's own saved region */
  own: string | null
  /** the sender's region, when the page was opened from a link naming another region */
  foreign: string | null
  query: GuideQuery
  /** false once the user chose their own region over the link's: the link's path/step no longer apply */
  linkActive: boolean
  /** show the user's own region instead of the link's (nothing saved changes) */
  viewOwn(): void
  /** make the link's region the user's own */
  adopt(): void
}

/**
 * The region a guide page shows: the one in the link when it is valid (the
 * sender's), else the user's own. Opening a link never overwrites the user's
 * own choice or progress; they decide with the banner. Changing their own
 * region (更换) ends the link's say over the page.
 */
export function useGuideRegion(): GuideRegion {
  const { params } = useRouter()
  const own = useRegionStore((s) => s.region)
  const setRegion = useRegionStore((s) => s.setRegion)
  const query = useMemo(() => parseGuideQuery(params), [params])
  const [ignoreLink, setIgnoreLink] = useState(false)
  const ownAtOpen = useRef(own)
  useEffect(() => {
    // Adopting the link's region keeps the link's path/step; any other change ends them.
    if (own !== ownAtOpen.current && own !== query.region) setIgnoreLink(true)
  }, [own, query.region])
  const linkRegion = ignoreLink ? undefined : query.region
  const region = linkRegion ?? own
  return {
    region,
    own,
    foreign: linkRegion && own && linkRegion !== own ? linkRegion : null,
    query,
    linkActive: !ignoreLink,
    viewOwn: () => setIgnoreLink(true),
    adopt: () => {
      if (query.region) setRegion(query.region)
    }
  }
}
