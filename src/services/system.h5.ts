/**
 * H5 build of services/system.ts (Taro picks `*.h5.ts` for H5). A browser has no WeChat font size
 * setting (Taro's getAppBaseInfo reports NaN), and that call brings platform.js (15 KB) onto the
 * home page before its first paint (issue 11), so the answer here is simply "unknown".
 */
import Taro from '@tarojs/taro'

export function systemFontSize(): number | null {
  return null
}

/** Opened from Moments (朋友圈单页模式, scene 1154): no navigation to other pages works there. */
let singlePage: boolean | undefined
export function isSinglePageMode(): boolean {
  if (singlePage === undefined) {
    try {
      singlePage = Taro.getLaunchOptionsSync?.().scene === 1154
    } catch {
      singlePage = false
    }
  }
  return singlePage
}
