import Taro from '@tarojs/taro'

/** Brings a card (by element id) into view. */
export function scrollToCard(id: string): void {
  Taro.pageScrollTo({ selector: `#${id}`, duration: 200 }).catch(() => undefined)
}

/** The same, once what was just changed has been drawn (the card may only now exist or have moved). */
export function scrollSoon(id: string): void {
  setTimeout(() => scrollToCard(id), 50)
}
