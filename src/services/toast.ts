import Taro from '@tarojs/taro'

/** A short confirmation; a failure to show it is not worth telling anyone about. */
export function showDone(title: string): void {
  Taro.showToast({ title, icon: 'success' }).catch(() => undefined)
}
