/**
 * The shipped data's parts in WeChat: each a page-less subpackage of its own (policy-data/<part>, written by
 * config/policy-packages.ts), fetched with require.async (分包异步化) when a page first needs it. Not webpack
 * chunks: WeChat loads them straight from this package's file, with no chunk table in the main package's runtime.
 */
import type { ProvinceRegions, Section, Sections, SourceDetail } from '../domain/policy/embedded'
import { PROVINCE_FILES, SECTION_FILES, SOURCE_FILES } from '../generated/policy/partFiles'

export function loadShippedProvince(code: string): Promise<ProvinceRegions> {
  const load = PROVINCE_FILES[code]
  // a province without a file has no overrides
  return load ? load().then((regions) => regions as ProvinceRegions) : Promise.resolve({})
}

export function loadShippedSection(section: Section): Promise<Sections[Section]> {
  const load = SECTION_FILES[section]
  return load ? load().then((data) => data as Sections[Section]) : Promise.reject(new Error(`no shipped section ${section}`))
}

export function loadShippedSources(part: string): Promise<SourceDetail | Record<string, SourceDetail>> {
  const load = SOURCE_FILES[part]
  return load
    ? load().then((detail) => detail as SourceDetail | Record<string, SourceDetail>)
    : Promise.reject(new Error(`no source detail for ${part}`))
}
