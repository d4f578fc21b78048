import Taro from '@tarojs/taro'

export type Route = 'index' | 'balance' | 'family' | 'withdraw' | 'region' | 'about'

export function pageUrl(route: Route, query: Record<string, string | number | undefined> = {}): string {
  const qs = Object.entries(query)
    .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
  return `/pages/${route}/index${qs ? `?${qs}` : ''}`
}

export function openPage(route: Route, query?: Record<string, string | number | undefined>): void {
  openUrl(pageUrl(route, query))
}

/** Back when there is a page to go back to (a shared link may open any page first), else home. */
export function goBack(): void {
  const home = () => Taro.redirectTo({ url: pageUrl('index') }).catch(() => undefined)
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack().catch(home)
  else void home()
}

/** A second tap while a page is still opening would push it twice (and need two Backs). */
let opening = false

/** A full page stack (10 in WeChat) cannot navigateTo: fall back to redirect. */
export function openUrl(url: string): void {
  if (opening) return
  opening = true
  Taro.navigateTo({ url })
    .catch(() => Taro.redirectTo({ url }))
    .catch(() => undefined)
    .finally(() => {
      opening = false
    })
}
