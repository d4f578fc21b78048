/**
 * Region search for the picker: Chinese names (厦门, 厦门市, 门), pinyin-initial
 * prefixes (x, xm) and full pinyin (xiamen, haidong), which the region generator writes
 * into the data, so no pinyin library is in the bundle.
 */
import type { Region } from './regions'

export const DEFAULT_SEARCH_LIMIT = 20

// Match quality, lower is better. Plain constants: babel strips types file by file and
// does not inline const enums.
const Rank = { Exact: 0, Prefix: 1, Substring: 2 } as const
type Rank = (typeof Rank)[keyof typeof Rank]

const LATIN = /^[a-z]+$/

function rankOf(region: Region, q: string, latin: boolean): Rank | undefined {
  if (latin) {
    if (region.initials === q || region.pinyin === q) return Rank.Exact
    // full pinyin from 3 letters on ("xia…"): shorter is what initials are for
    return region.initials.startsWith(q) || (q.length >= 3 && region.pinyin?.startsWith(q)) ? Rank.Prefix : undefined
  }
  if (region.short === q || region.name === q) return Rank.Exact
  if (region.short.startsWith(q) || region.name.startsWith(q)) return Rank.Prefix
  return region.name.includes(q) ? Rank.Substring : undefined
}

/**
 * Ordered by match quality (exact, prefix, substring), then by code, which keeps each
 * province right before its own cities (广 → 广东, 广州, 广西, ...). Empty or blank query → [].
 */
export function searchRegionList(regions: readonly Region[], query: string, limit: number = DEFAULT_SEARCH_LIMIT): Region[] {
  // Spaces inside are dropped so "x m" and "厦 门" still match.
  const q = query.trim().toLowerCase().replace(/\s+/g, '')
  if (q === '' || !(limit > 0)) return []
  const latin = LATIN.test(q)
  const hits: { region: Region; rank: Rank }[] = []
  for (const region of regions) {
    const rank = rankOf(region, q, latin)
    if (rank !== undefined) hits.push({ region, rank })
  }
  hits.sort((a, b) => a.rank - b.rank || (a.region.code < b.region.code ? -1 : a.region.code > b.region.code ? 1 : 0))
  return hits.slice(0, limit).map((hit) => hit.region)
}

/**
 * The name a search result shows: the short name, plus which province when
 * another place has the same short name (吉林 the city vs the province, 海南
 * the province vs 青海's 海南州), so nobody picks the wrong one.
 */
export function resultLabel(region: Region, regions: readonly Region[], provinceShort: string | undefined): string {
  const twin = regions.some((r) => r.code !== region.code && r.short === region.short)
  if (!twin) return region.short
  return region.level === 'province' ? `${region.short}（省）` : `${region.short}（${provinceShort ?? ''}）`
}
