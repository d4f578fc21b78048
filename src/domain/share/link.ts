/**
 * Share links: the path (or, for Moments, the query) that puts a family
 * member on the same region, page and step, and a title they understand.
 */
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

export interface TitleParts {
  /** short region name, e.g. 厦门; empty for the national rules */
  regionName: string
  /** e.g. "第 3 步，共 6 步" */
  stepLabel?: string
  situationName?: string
}

export function shareTitle(page: SharePage, p: TitleParts): string {
  const who = p.regionName ? `${p.regionName}医保` : '医保'
  switch (page) {
    case 'balance':
      return `${who}余额怎么查：手机、电话、窗口都能查`
    case 'family':
      return p.stepLabel ? `${who}家庭共济绑定：${p.stepLabel}` : `${who}家庭共济：家人怎么用您的医保钱`
    case 'withdraw':
      return p.situationName ? `${who}余额提取：${p.situationName}要带的材料` : `${who}余额能取出来吗？看看这几种情形`
    case 'yidi':
      return p.stepLabel ? `${who}异地就医备案：${p.stepLabel}` : `去外地看病，${who}能用吗？先办异地就医备案`
    default:
      return '医保指南：查余额、给家人用、能不能取钱、去外地看病'
  }
}
