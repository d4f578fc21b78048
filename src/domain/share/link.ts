/**
 * Share links: the path (or, for Moments, the query) that puts a family
 * member on the same region, page and step (what the card says: domain/share/card).
 */
/** The app's own card title, for pages with no one answer (home, the region picker, about). */
export const APP_TITLE = '医保指南：查余额、给家人用、能不能取钱、去外地看病'

export type SharePage = 'index' | 'balance' | 'family' | 'withdraw' | 'yidi' | 'region' | 'about'

export interface ShareTarget {
  page: SharePage
  region?: string | null
  path?: string
  step?: number
  situation?: string
  card?: string
}

export function shareQuery(t: ShareTarget): string {
  const parts: Array<[string, string | number | undefined | null]> = [
    ['region', t.region],
    ['path', t.path],
    ['step', t.path !== undefined ? t.step : undefined],
    ['situation', t.situation],
    ['card', t.card]
  ]
  return parts
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== null && p[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
}

export function sharePath(t: ShareTarget): string {
  const q = shareQuery(t)
  return `/pages/${t.page}/index${q ? `?${q}` : ''}`
}
