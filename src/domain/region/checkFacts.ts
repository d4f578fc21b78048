/**
 * What the config checks ask about regions (is a code one of ours, which area codes may a file for it
 * dial), from region-areas.json alone: the worker that runs them needs no names, so it does without
 * region-names.json. Agrees with the full list (domain/region/fullList) on every code (__tests__/domain/region/facts.test.ts).
 */
import areas from '../../generated/region-areas.json'
import { decodeAreaCodes, decodeRegionCodes, type RegionAreas } from './areas'

export interface CheckFacts {
  isKnownRegion(code: string): boolean
  /** a city's or municipality's own code; a province's: its cities' distinct codes */
  areaCodesOf(code: string): string[]
}

/** A city's province is the code's first two digits and 0000 (GB/T 2260). */
const provinceOfCode = (code: string): string => `${code.slice(0, 2)}0000`

export function createCheckFacts(text: string): CheckFacts {
  const known = new Set(decodeRegionCodes(text))
  const areaOf = decodeAreaCodes(text)
  const citiesOf = new Map<string, string[]>()
  for (const code of known) {
    const province = provinceOfCode(code)
    if (province !== code) citiesOf.set(province, [...(citiesOf.get(province) ?? []), code])
  }
  return {
    isKnownRegion: (code) => known.has(code.trim()),
    areaCodesOf(code) {
      const own = code.trim()
      if (!known.has(own)) return []
      const area = areaOf[own]
      if (area !== undefined) return [area]
      // Cities can share a code (长沙/株洲/湘潭 0731, all of Hainan 0898): list each once.
      const codes = (citiesOf.get(own) ?? []).flatMap((city) => {
        const a = areaOf[city]
        return a === undefined ? [] : [a]
      })
      return [...new Set(codes)]
    }
  }
}

/** The app's regions as the config checks see them (src/generated/region-areas.json). */
export const checkFacts: CheckFacts = createCheckFacts((areas as RegionAreas).areaCodes)
