/**
 * The main package's view of regions: codes and short names only (src/generated/region-names.json,
 * a few KB), so the home page, the region store and share titles need not load the full region
 * list (names, initials, area codes, search: ~35 KB) that only the guide subpackages use.
 * Built from the same generated data as the full list (domain/region/fullList.ts), so both agree on every code.
 * This is the region module the main package imports; the full list is one object (regionList), so none
 * of these names can be auto-imported from it by mistake.
 */
import data from '../../generated/region-names.json'

/**
 * [provinceCode, short, [[cityCode, short, areaCode?], …], areaCode?][] — a municipality has no cities. The area
 * code is there only for a place with exactly one (its 区号-12393 reaches its own 医保 office; hotlinePlaceOf).
 */
export type RegionNames = Array<[string, string, Array<[string, string, string?]>, string?]>

export interface RegionName {
  readonly code: string
  readonly short: string
}

export interface RegionNameIndex {
  isKnownRegion(code: string): boolean
  /** short name, e.g. 厦门; undefined for an unknown code */
  shortName(code: string): string | undefined
  provinces(): readonly RegionName[]
  citiesOf(provinceCode: string): readonly RegionName[]
  /** a city's province code, a province's own code */
  provinceCodeOf(code: string): string | undefined
  /** a province with no cities of its own (北京, 天津, 上海, 重庆) */
  isMunicipality(code: string): boolean
  /** "福建 · 厦门" for a city, "北京" for a province, "全国通用" for none or an unknown code */
  regionLabel(code: string | null): string
  /** the one area code of a place that has exactly one (厦门 0592, 北京 010), else undefined */
  areaCodeOf(code: string): string | undefined
}

export function createRegionNames(list: RegionNames): RegionNameIndex {
  const provinceList: RegionName[] = []
  const cities = new Map<string, RegionName[]>()
  const names = new Map<string, string>()
  const parent = new Map<string, string>()
  const areaCodes = new Map<string, string>()
  for (const [code, short, children, areaCode] of list) {
    provinceList.push({ code, short })
    names.set(code, short)
    parent.set(code, code)
    if (areaCode) areaCodes.set(code, areaCode)
    cities.set(
      code,
      children.map(([c, s, a]) => {
        names.set(c, s)
        parent.set(c, code)
        if (a) areaCodes.set(c, a)
        return { code: c, short: s }
      })
    )
  }
  const shortName = (code: string) => names.get(code.trim())
  const provinceCodeOf = (code: string) => parent.get(code.trim())
  const citiesOf = (code: string): readonly RegionName[] => cities.get(code.trim()) ?? []
  return {
    isKnownRegion: (code) => names.has(code.trim()),
    shortName,
    provinces: () => provinceList,
    citiesOf,
    provinceCodeOf,
    isMunicipality: (code) => cities.has(code.trim()) && citiesOf(code).length === 0,
    areaCodeOf: (code) => areaCodes.get(code.trim()),
    regionLabel(code) {
      const short = code ? shortName(code) : undefined
      if (!code || short === undefined) return '全国通用'
      const province = provinceCodeOf(code)
      return province && province !== code.trim() ? `${shortName(province) ?? ''} · ${short}` : short
    }
  }
}

/** The app's regions (src/generated/region-names.json). */
export const regionNames: RegionNameIndex = createRegionNames(data as RegionNames)

export const { isKnownRegion, shortName, provinces, citiesOf, provinceCodeOf, isMunicipality, regionLabel, areaCodeOf } = regionNames
