/**
 * How old a fact's sources are, as the source line says it ("2023 年的资料"). Apart from evidence.ts,
 * which checks quotes at build time: the pages need only these few lines, not the build's checks.
 */
import type { Source } from './schema'

const DAY_MS = 24 * 60 * 60 * 1000

/** Whole days from an ISO day to `today` (UTC), without a date library: the build and the phone agree. */
export function daysSince(isoDay: string, today: Date): number {
  const [y = NaN, m = NaN, d = NaN] = isoDay.split('-').map(Number)
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return Math.floor((todayUtc - Date.UTC(y, m - 1, d)) / DAY_MS)
}

/** Facts whose newest source is older than this say its year on screen. */
export const OLD_SOURCE_YEARS = 2

/** The last day a partial date can mean: "2023" → 2023-12-31, "2023-05" → 2023-05-31. */
export function latestDayOf(publishedOn: string): string {
  const [y = '0', m, d] = publishedOn.split('-')
  if (d !== undefined) return publishedOn
  if (m !== undefined) return `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`
  return `${y}-12-31`
}

/** The newest publication date among sources (as its latest possible day), or null when none is dated. */
export function newestPublished(sources: ReadonlyArray<Pick<Source, 'publishedOn'>>): string | null {
  let newest: string | null = null
  for (const s of sources) {
    if (!s.publishedOn) continue
    const day = latestDayOf(s.publishedOn)
    if (newest === null || day > newest) newest = day
  }
  return newest
}

/** The year to show when the newest source is more than two years old, else null. */
export function oldSourceYear(sources: ReadonlyArray<Pick<Source, 'publishedOn'>>, today: Date): number | null {
  const newest = newestPublished(sources)
  if (newest === null) return null
  const cutoff = new Date(Date.UTC(today.getUTCFullYear() - OLD_SOURCE_YEARS, today.getUTCMonth(), today.getUTCDate()))
  return daysSince(newest, cutoff) > 0 ? Number(newest.slice(0, 4)) : null
}
