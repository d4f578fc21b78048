/**
 * Region model and lookups over a list of regions. Pure: the list is injected, so tests
 * can use a hand-made fixture and the app uses src/generated/regions.json (see fullList.ts).
 */
import { searchRegionList } from './search'

export type RegionLevel = 'province' | 'city'

export interface Region {
  /** 6-digit GB/T 2260 code, e.g. 350200 */
  readonly code: string
  /** full name, e.g. 厦门市, 延边朝鲜族自治州 */
  readonly name: string
  /** name without 省/市/自治区/自治州..., e.g. 厦门, 延边 */
  readonly short: string
  /** province code for a city; null for a province (and for the 4 municipalities) */
  readonly parent: string | null
  readonly level: RegionLevel
  /** lowercase pinyin initials of `short`, e.g. xm */
  readonly initials: string
  /** lowercase full pinyin of `short`, e.g. xiamen (absent in hand-made test lists) */
  readonly pinyin?: string
  /** 长途区号 with leading 0; null for provinces that are not municipalities */
  readonly areaCode: string | null
}

export interface RegionIndex {
  /** every region, sorted by code */
  readonly all: readonly Region[]
  getRegion(code: string): Region | undefined
  isKnownRegion(code: string): boolean
  /** all province-level divisions, by code */
  provinces(): readonly Region[]
  /** prefecture-level divisions of a province; [] for municipalities and unknown codes */
  citiesOf(provinceCode: string): readonly Region[]
  /** a city's province, or the province itself */
  provinceOf(code: string): Region | undefined
  /** a province that is its own city (北京, 天津, 上海, 重庆) */
  isMunicipality(code: string): boolean
  /** codes from the top down for layering policies: 350200 → [350000, 350200]; [] if unknown */
  regionChain(code: string): string[]
  /** a city's or municipality's own code; a province's: its cities' distinct codes */
  areaCodesOf(code: string): string[]
  /** the places (cities, municipalities, county-level 医保 areas) that dial this area code, by code */
  placesWithAreaCode(areaCode: string): readonly Region[]
  /** see search.ts for matching and ordering */
  searchRegions(query: string, limit?: number): Region[]
}

const CODE = /^\d{6}$/

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function fail(message: string): never {
  throw new Error(`region data: ${message}`)
}

/** The order of a row's values in the shipped file (scripts/generate-regions.ts writes rows, not objects). */
export const REGION_FIELDS = ['code', 'name', 'short', 'parent', 'level', 'initials', 'pinyin', 'areaCode'] as const

/**
 * The shipped list is `{ fields, rows }`: each region a row of values in `fields`' order. The keys repeated
 * in every object were half the file, and the region picker's package carries it.
 */
function rowsToObjects(data: Record<string, unknown>): unknown[] {
  const { fields, rows } = data
  if (!Array.isArray(fields) || !Array.isArray(rows)) fail('expected { regions: [...] } or { fields: [...], rows: [...] }')
  return rows.map((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== fields.length) fail(`rows[${i}] does not have one value per field`)
    const item: Record<string, unknown> = {}
    fields.forEach((field: unknown, j) => {
      if (typeof field !== 'string') fail(`fields[${j}] is not a name`)
      // an absent value (pinyin) is written as null
      if (row[j] !== null || field !== 'pinyin') item[field] = row[j]
    })
    return item
  })
}

/**
 * Checks the generated JSON at startup instead of trusting its inferred type: the file is
 * produced by a script, and a malformed one should fail loudly, not render an empty picker.
 */
export function parseRegionData(data: unknown): Region[] {
  if (!isRecord(data)) fail('expected { regions: [...] }')
  const items = Array.isArray(data.regions) ? data.regions : rowsToObjects(data)
  const regions = items.map((item: unknown, i): Region => {
    if (!isRecord(item)) fail(`regions[${i}] is not an object`)
    const { code, name, short, parent, level, initials, areaCode, pinyin } = item
    if (typeof code !== 'string' || !CODE.test(code)) fail(`regions[${i}].code is not a 6-digit code`)
    if (typeof name !== 'string' || typeof short !== 'string' || typeof initials !== 'string') {
      fail(`regions[${i}] (${code}) lacks name/short/initials`)
    }
    if (level !== 'province' && level !== 'city') fail(`regions[${i}] (${code}) has level ${String(level)}`)
    if (parent !== null && (typeof parent !== 'string' || !CODE.test(parent))) fail(`regions[${i}] (${code}) has a bad parent`)
    if (areaCode !== null && typeof areaCode !== 'string') fail(`regions[${i}] (${code}) has a bad areaCode`)
    if (pinyin !== undefined && typeof pinyin !== 'string') fail(`regions[${i}] (${code}) has a bad pinyin`)
    return { code, name, short, parent, level, initials, areaCode, ...(pinyin !== undefined ? { pinyin } : {}) }
  })
  return regions
}

function byCode(a: Region, b: Region): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0
}

export function createRegionIndex(list: readonly Region[]): RegionIndex {
  const all = [...list].sort(byCode)
  const byCodeMap = new Map<string, Region>()
  const children = new Map<string, Region[]>()
  for (const region of all) {
    if (byCodeMap.has(region.code)) fail(`duplicate code ${region.code}`)
    byCodeMap.set(region.code, region)
  }
  for (const region of all) {
    if (region.level === 'province') {
      if (region.parent !== null) fail(`province ${region.code} has a parent`)
      continue
    }
    const parent = region.parent === null ? undefined : byCodeMap.get(region.parent)
    if (parent?.level !== 'province') fail(`city ${region.code} has no province ${String(region.parent)}`)
    children.set(parent.code, [...(children.get(parent.code) ?? []), region])
  }
  const provinceList = all.filter((r) => r.level === 'province')

  const getRegion = (code: string): Region | undefined => byCodeMap.get(code.trim())
  const citiesOf = (provinceCode: string): readonly Region[] => children.get(provinceCode.trim()) ?? []
  const provinceOf = (code: string): Region | undefined => {
    const region = getRegion(code)
    if (region === undefined || region.parent === null) return region
    return byCodeMap.get(region.parent)
  }
  // Data-driven rather than a hard-coded list: a province with no prefecture-level
  // children is itself the city users pick.
  const isMunicipality = (code: string): boolean => {
    const region = getRegion(code)
    return region?.level === 'province' && citiesOf(region.code).length === 0
  }

  // Several places can dial one code (仙桃/潜江/天门 0728): a line on it does not reach one place for sure.
  const byAreaCode = new Map<string, Region[]>()
  for (const region of all) {
    if (region.areaCode === null || (region.level === 'province' && !isMunicipality(region.code))) continue
    byAreaCode.set(region.areaCode, [...(byAreaCode.get(region.areaCode) ?? []), region])
  }

  return {
    all,
    getRegion,
    isKnownRegion: (code) => getRegion(code) !== undefined,
    provinces: () => provinceList,
    citiesOf,
    provinceOf,
    isMunicipality,
    regionChain(code) {
      const region = getRegion(code)
      if (region === undefined) return []
      return region.parent === null ? [region.code] : [region.parent, region.code]
    },
    areaCodesOf(code) {
      const region = getRegion(code)
      if (region === undefined) return []
      if (region.areaCode !== null) return [region.areaCode]
      // Cities can share a code (长沙/株洲/湘潭 0731, all of Hainan 0898): list each once.
      const codes = citiesOf(region.code).flatMap((city) => (city.areaCode === null ? [] : [city.areaCode]))
      return [...new Set(codes)]
    },
    placesWithAreaCode: (areaCode) => byAreaCode.get(areaCode) ?? [],
    searchRegions: (query, limit) => searchRegionList(all, query, limit)
  }
}
