import Taro from '@tarojs/taro'

/** A short confirmation; a failure to show it is not worth telling anyone about. */
export function showDone(title: string): void {
  Taro.showToast({ title, icon: 'success' }).catch(() => undefined)
}

/**
 * WeChat (and Taro's H5 clipboard) follow a copy with their own "内容已复制" toast; where the app shows its own
 * sheet instead, that toast would sit on top of it. Hiding it is best effort: some clients ignore it.
 */
export function hideCopiedToast(): void {
  try {
    // typed void, but WeChat's promisified call rejects when no toast is showing
    const pending = Taro.hideToast() as unknown
    if (pending instanceof Promise) pending.catch(() => undefined)
  } catch {
    // nothing to hide
  }
}
