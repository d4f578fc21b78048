/**
 * One province's shipped overrides, loaded when a page first shows a region there. In the browser (and in
 * tests) each is a webpack chunk; the weapp build uses shippedProvinces.weapp.ts instead.
 */
import type { ProvinceRegions } from '../domain/policy/embedded'

export function loadShippedProvince(code: string): Promise<ProvinceRegions> {
  return import(/* webpackChunkName: "policy-data/[request]" */ `../generated/policy/regions/${code}.json`).then(
    (m: { default: ProvinceRegions }) => m.default
  )
}
