import Taro from '@tarojs/taro'

/** Brings a card (by element id) into view. */
export function scrollToCard(id: string): void {
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
}
