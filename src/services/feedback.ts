/**
 * "这条不对？": inside WeChat a <button open-type="feedback"> opens WeChat's own feedback page
 * (the report reaches the mini-program's admin console); a browser has no such page.
 */
export function hasNativeFeedback(): boolean {
  return process.env.TARO_ENV !== 'h5'
}
