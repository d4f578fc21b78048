import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { APP_TITLE, shareQuery, sharePath, type ShareTarget } from '../domain/share/link'

/**
 * Pages with no one answer (home, region picker, about) share the app under its own title. The guides
 * use useShareCard, whose title and picture carry the page's answer.
 */
export function useShare(target: ShareTarget, title: string = APP_TITLE): void {
  useShareAppMessage(() => ({ title, path: sharePath(target) }))
  // Moments takes a query, not a path, and opens the page alone (单页模式).
  useShareTimeline(() => ({ title, query: shareQuery(target) }))
}
