/**
 * An ARIA role on a Taro component. H5 renders HTML, where the attribute is
 * `role`; WeChat's screen reader reads `aria-role` instead (and an unknown
 * `aria-role` would be an invalid ARIA attribute on the web).
 */
export function roleOf(role: string): { role: string } | { 'aria-role': string } {
  return process.env.TARO_ENV === 'weapp' ? { 'aria-role': role } : { role }
}
