/**
 * The policy data the app ships, in the pieces it loads (scripts/generate-policy-packages.ts): a head
 * with the national rules, which every guide needs, and one file per province with the overrides of
 * that province and its cities. The build checked all of it, so at run time it is only put together,
 * never checked again.
 */
import type { PolicyBundle } from './bundle'
import type { NationalPolicy, RegionPolicy } from './schema'

export interface EmbeddedHead {
  schemaVersion: number
  version: number
  publishedAt: string
  national: NationalPolicy
  /** provinces that have a file of overrides; the others have none */
  provinces: string[]
  /** the whole bundle's text as the publish script signs it: enough to recognise it when served again */
  payload: { length: number; digest: string }
}

/** One province's file: its own overrides and its cities', by region code. */
export type ProvinceRegions = Record<string, RegionPolicy>

/** The shipped bundle with the provinces loaded so far. */
export function embeddedBundle(head: EmbeddedHead, regions: ProvinceRegions): PolicyBundle {
  const { schemaVersion, version, publishedAt, national } = head
  return { schemaVersion, version, publishedAt, national, regions }
}
