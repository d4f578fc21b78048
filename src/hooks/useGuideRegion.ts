import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { parseGuideQuery, type GuideQuery } from '../domain/share/query'
import { useRegionStore } from '../store/regionStore'

/**
 * The region a guide page shows: the one in the link when it is valid (the
 * sender's), else the user's own. The user's own choice is never overwritten
 * by opening a link.
 */
export function useGuideRegion(): { region: string | null; own: string | null; query: GuideQuery } {
  const { params } = useRouter()
  const own = useRegionStore((s) => s.region)
  const query = useMemo(() => parseGuideQuery(params), [params])
  return { region: query.region ?? own, own, query }
}
