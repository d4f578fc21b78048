/**
 * @jest-environment node
 *
 * Expected wording follows dayjs's relativeTime thresholds with the zh-cn locale:
 * ≤ 44 s 几秒; ≤ 35 h "1 天" (from 22 h); ≤ 25 days "N 天"; ≤ 45 days "1 个月";
 * ≤ 10 months "N 个月" (rounded); ≤ 17 months "1 年"; then "N 年" (rounded). Past "…前",
 * future "…内". The clock is frozen by passing `now`; dates are local midnights on both sides.
 */
import { dataAge, isStale, STALE_AFTER_DAYS } from '../../src/domain/dataAge'

/** local midnight, as dayjs reads a bare YYYY-MM-DD */
const day = (iso: string, hour = 0, minute = 0) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number)
  return new Date(y, m - 1, d, hour, minute)
}
const NOW = day('2025-11-20')

describe('dataAge', () => {
  it('says when the data was checked and how long ago', () => {
    expect(dataAge('2025-06-09', NOW)).toBe('政策信息核对于 2025-06-09，5 个月前')
  })

  it.each([
    ['2025-11-20', '几秒前', 'the same day'],
    ['2025-11-19', '1 天前', '1 day'],
    ['2025-11-10', '10 天前', '10 days'],
    ['2025-10-26', '25 天前', '25 days, the last "天"'],
    ['2025-10-25', '1 个月前', '26 days'],
    ['2025-09-21', '2 个月前', '60 days'],
    ['2025-01-20', '10 个月前', '10 months, the last "个月"'],
    ['2024-12-20', '1 年前', '11 months'],
    ['2024-11-20', '1 年前', '12 months'],
    ['2024-06-20', '1 年前', '17 months'],
    ['2022-11-20', '3 年前', '3 years'],
    ['2025-11-23', '3 天内', 'a date in the future']
  ])('%s → %s (%s)', (checkedOn, ago) => {
    expect(dataAge(checkedOn, NOW)).toBe(`政策信息核对于 ${checkedOn}，${ago}`)
  })

  it.each(['', 'not-a-date', '核对日期', 'unknown'])('%j → 日期不详', (checkedOn) => {
    expect(dataAge(checkedOn, NOW)).toBe('政策信息核对日期不详')
  })

  it('depends only on the now it is given', () => {
    expect(dataAge('2025-06-09', day('2026-06-09'))).toBe('政策信息核对于 2025-06-09，1 年前')
    expect(dataAge('2025-06-09', day('2025-06-10'))).toBe('政策信息核对于 2025-06-09，1 天前')
  })
})

describe('isStale', () => {
  it('is a year', () => {
    expect(STALE_AFTER_DAYS).toBe(365)
  })

  it.each([
    ['2024-11-20', day('2025-11-20'), false, 'exactly 365 days'],
    ['2024-11-20', day('2025-11-20', 23, 59), false, '365 days and 23 hours: whole days count'],
    ['2024-11-20', day('2025-11-21'), true, '366 days'],
    // 2024 is a leap year: 2024-02-28 → 2025-02-27 is 365 days, → 2025-02-28 is 366
    ['2024-02-28', day('2025-02-27'), false, '365 days across 29 February'],
    ['2024-02-28', day('2025-02-28'), true, '366 days across 29 February'],
    ['2025-06-09', NOW, false, '5 months'],
    ['2022-11-20', NOW, true, '3 years'],
    ['2025-12-01', NOW, false, 'a date in the future']
  ])('%s at %s → %s (%s)', (checkedOn, now, stale) => {
    expect(isStale(checkedOn, now)).toBe(stale)
  })

  it.each(['', 'not-a-date'])('an unreadable date %j is not called stale', (checkedOn) => {
    expect(isStale(checkedOn, NOW)).toBe(false)
  })
})
