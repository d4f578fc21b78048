import Taro from '@tarojs/taro'

/** Opened from Moments (朋友圈单页模式, scene 1154): no navigation to other pages works there. */
let singlePage: boolean | undefined
export function isSinglePageMode(): boolean {
  // The launch scene is fixed for the life of the app: read it once, not on every render.
  if (singlePage === undefined) {
    try {
      singlePage = Taro.getLaunchOptionsSync?.().scene === 1154
    } catch {
      singlePage = false
    }
  }
  return singlePage
}
