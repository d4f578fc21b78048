import Taro from '@tarojs/taro'

/** Only from a tap, and WeChat shows its own confirmation before leaving the app. */
export async function openMiniProgram(appId: string, path?: string): Promise<boolean> {
  try {
    await Taro.navigateToMiniProgram({ appId, path })
    return true
  } catch {
    return false
  }
}
