/**
 * In the browser build a page cannot be "shared" the WeChat way (the share
 * button does nothing there): the address of the same page is copied instead.
 * Null inside WeChat, where the share button works.
 */
export function webLink(path: string): string | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${path}`
}
