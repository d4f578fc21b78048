import Taro from '@tarojs/taro'

/** WeChat's font size setting in px (17 is the default); null where unknown (H5, old base libraries). */
export function systemFontSize(): number | null {
  try {
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: unknown } | undefined
    return typeof info?.fontSizeSetting === 'number' ? info.fontSizeSetting : null
  } catch {
    return null
  }
}
