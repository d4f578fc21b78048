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
  const url = pageUrl(route, query)
  // A page opened from Moments (单页模式) or a full page stack cannot navigateTo: fall back to redirect.
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }).catch(() => undefined))
}

export function goBack(): void {
  Taro.navigateBack().catch(() => Taro.redirectTo({ url: pageUrl('index') }).catch(() => undefined))
}
