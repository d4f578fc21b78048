import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { shortName } from '../domain/region/names'
import { shareQuery, sharePath, shareTitle, type ShareTarget, type TitleParts } from '../domain/share/link'

/** Every page can be sent to a chat; the link carries region, page and step, the title names the region. */
export function useShare(target: ShareTarget, title: Omit<TitleParts, 'regionName'> = {}): void {
  const regionName = (target.region && shortName(target.region)) || ''
  const text = shareTitle(target.page, { ...title, regionName })
  useShareAppMessage(() => ({ title: text, path: sharePath(target) }))
  // Moments takes a query, not a path, and opens the page alone (单页模式): only the three
  // guides make sense on their own there (their page configs enable it; the others do not).
  useShareTimeline(() => ({ title: text, query: shareQuery(target) }))
}
