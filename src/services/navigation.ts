import Taro from '@tarojs/taro'
import { sharePath, type SharePage } from '../domain/share/link'

export type Route = SharePage

export function openPage(route: Route): void {
  openUrl(sharePath({ page: route }))
}

/** Back when there is a page to go back to (a shared link may open any page first), else home. */
export function goBack(): void {
  const home = () => Taro.redirectTo({ url: sharePath({ page: 'index' }) }).catch(() => undefined)
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
