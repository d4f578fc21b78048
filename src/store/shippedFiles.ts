/**
 * The shipped data's parts (domain/policy/embedded.ts), loaded when a page first needs one. In the browser
 * (and in tests) each is a webpack chunk; the weapp build uses shippedFiles.weapp.ts instead.
 */
import type { ProvinceRegions, Section, Sections, SourceDetail } from '../domain/policy/embedded'

export function loadShippedProvince(code: string): Promise<ProvinceRegions> {
  return import(/* webpackChunkName: "policy-data/[request]" */ `../generated/policy/regions/${code}.json`).then(
    (m: { default: ProvinceRegions }) => m.default
  )
}

export function loadShippedSection(section: Section): Promise<Sections[Section]> {
  return import(/* webpackChunkName: "policy-data/[request]" */ `../generated/policy/sections/${section}.json`).then(
    (m: { default: Sections[Section] }) => m.default
  )
}

/** 'national' or a province code */
export function loadShippedSources(part: string): Promise<SourceDetail | Record<string, SourceDetail>> {
  return import(/* webpackChunkName: "policy-data/sources-[request]" */ `../generated/policy/sources/${part}.json`).then(
    (m: { default: SourceDetail | Record<string, SourceDetail> }) => m.default
  )
}
