/**
 * One province's shipped overrides in WeChat: a page-less subpackage of its own (policy-data/<code>, written
 * by config/policy-packages.ts), fetched with require.async (分包异步化) when a page first shows a region there.
 * Not a webpack chunk: WeChat loads it straight from this package's file, with no chunk table in the main
 * package's runtime.
 */
import type { ProvinceRegions } from '../domain/policy/embedded'
import { PROVINCE_FILES } from '../generated/policy/provinceFiles'

export function loadShippedProvince(code: string): Promise<ProvinceRegions> {
  const load = PROVINCE_FILES[code]
  // a province without a file has no overrides
  return load ? load().then((regions) => regions as ProvinceRegions) : Promise.resolve({})
}
