/** "政策信息核对于 2025-06-09，5 个月前": how old the data the user reads is. */
import dayjs from 'dayjs'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'

dayjs.extend(relativeTime)

export function dataAge(checkedOn: string, now: Date): string {
  const checked = dayjs(checkedOn)
  if (!checked.isValid()) return '政策信息核对日期不详'
  const ago = checked.locale('zh-cn').from(dayjs(now))
  return `政策信息核对于 ${checked.format('YYYY-MM-DD')}，${ago}`
}

/** Older than this, the app suggests calling 12393 to confirm before acting. */
export const STALE_AFTER_DAYS = 365

export function isStale(checkedOn: string, now: Date): boolean {
  const checked = dayjs(checkedOn)
  return checked.isValid() && dayjs(now).diff(checked, 'day') > STALE_AFTER_DAYS
}
