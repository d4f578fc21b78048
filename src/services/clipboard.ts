import Taro from '@tarojs/taro'

export type CopyResult = 'copied' | 'refused'

/** 'refused' covers a declined privacy authorization as well as any other failure: the caller shows the text instead. */
export async function copyText(text: string): Promise<CopyResult> {
  try {
    await Taro.setClipboardData({ data: text })
    return 'copied'
  } catch {
    return 'refused'
  }
}
