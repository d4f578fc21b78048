/**
 * Coverage of the policy content, region by region: which places have sourced local facts,
 * how strong and how old those are, and whether the place has its own 区号-12393 line.
 * Used by `npm run policies:report`; pure so it can be tested on a fixture.
 */
import { daysSince, RECHECK_AFTER_DAYS } from '../src/domain/policy/citations'
import { evidenceCount } from '../src/domain/policy/evidence'
import type { PolicyBundle } from '../src/domain/policy/bundle'
import type { RegionPolicy, Source } from '../src/domain/policy/schema'
import { effectiveStrength } from '../src/domain/policy/sourceTrust'
import type { RegionIndex } from '../src/domain/region/fullList'

export type Strength = Source['strength'] | 'none'

const RANK: Record<Strength, number> = { strong: 3, medium: 2, weak: 1, none: 0 }

export interface PlaceCoverage {
  code: string
  name: string
  /** a file of its own */
  ownFile: boolean
  /** strongest source among the local files that apply (own and province) */
  strength: Strength
  /** the newest check among those files; null: national rules only */
  checkedOn: string | null
  ageDays: number | null
  /** its own 区号-12393 line (one area code) */
  localHotline: boolean
  areaCode: string | null
  /** local facts that apply: notes, channels, paths, situations */
  facts: number
  /** facts in the files that apply whose every citation quotes its source, and those that do not */
  withEvidence: number
  withoutEvidence: number
  /** of those, the ones for 去外地看病: its notes, ways to file, kinds and claim materials */
  yidi: number
  wallet: string
}

export interface ProvinceCoverage extends PlaceCoverage {
  places: PlaceCoverage[]
}

export interface CoverageTotals {
  provinces: number
  provincesWithFile: number
  places: number
  placesWithOwnFile: number
  placesWithLocalFacts: number
  /** places with something local for 去外地看病 (their own or their province's) */
  placesWithYidiFacts: number
  placesWithLocalHotline: number
  byStrength: Record<Strength, number>
  staleFiles: number
  sources: number
  sourcesWithUrl: number
  /** over all region files: facts with quotes for every citation, and facts with a bare id */
  factsWithEvidence: number
  factsWithoutEvidence: number
}

function strongest(files: readonly RegionPolicy[]): Strength {
  let best: Strength = 'none'
  // as the app shows it: the address caps the file's claim
  for (const f of files) {
    for (const s of f.sources) {
      const strength = effectiveStrength(s)
      if (RANK[strength] > RANK[best]) best = strength
    }
  }
  return best
}

/** Local facts for 去外地看病: notes for it (a note for several guides counts in each), and each changed item. */
function yidiCount(f: RegionPolicy): number {
  return (
    (f.notes ?? []).filter((n) => n.topics.includes('yidi')).length +
    (f.yidi?.paths?.upsert?.length ?? 0) +
    (f.yidi?.kinds?.upsert?.length ?? 0) +
    (f.yidi?.claim?.materials?.upsert?.length ?? 0)
  )
}

function factCount(f: RegionPolicy): number {
  return (
    (f.notes?.length ?? 0) +
    (f.yidi?.paths?.upsert?.length ?? 0) +
    (f.yidi?.kinds?.upsert?.length ?? 0) +
    (f.yidi?.claim?.materials?.upsert?.length ?? 0) +
    (f.balance?.channels?.upsert?.length ?? 0) +
    (f.family?.paths?.upsert?.length ?? 0) +
    (f.family?.extraRules?.length ?? 0) +
    (f.family?.wallet ? 1 : 0) +
    (f.family?.contested ? 1 : 0) +
    (f.withdraw?.situations?.upsert?.length ?? 0)
  )
}

function placeOf(
  code: string,
  name: string,
  files: readonly RegionPolicy[],
  ownFile: boolean,
  areaCodes: readonly string[],
  today: Date
): PlaceCoverage {
  const checkedOn = files.reduce<string | null>((latest, f) => (latest === null || f.checkedOn > latest ? f.checkedOn : latest), null)
  const wallet = [...files].reverse().find((f) => f.family?.wallet)?.family?.wallet?.status ?? 'national'
  const evidence = files.map((f) => evidenceCount(f))
  return {
    code,
    name,
    ownFile,
    strength: strongest(files),
    checkedOn,
    ageDays: checkedOn === null ? null : daysSince(checkedOn, today),
    localHotline: areaCodes.length === 1,
    areaCode: areaCodes.length === 1 ? (areaCodes[0] ?? null) : null,
    facts: files.reduce((n, f) => n + factCount(f), 0),
    withEvidence: evidence.reduce((n, e) => n + e.withEvidence, 0),
    withoutEvidence: evidence.reduce((n, e) => n + e.withoutEvidence, 0),
    yidi: files.reduce((n, f) => n + yidiCount(f), 0),
    wallet
  }
}

export function coverage(
  bundle: Pick<PolicyBundle, 'regions'>,
  regions: Pick<RegionIndex, 'provinces' | 'citiesOf' | 'areaCodesOf' | 'isMunicipality'>,
  today: Date
): { provinces: ProvinceCoverage[]; totals: CoverageTotals } {
  const files = bundle.regions
  const provinces = regions.provinces().map((p): ProvinceCoverage => {
    const own = files[p.code]
    const provinceFiles = own ? [own] : []
    const cities = regions.citiesOf(p.code)
    const places = cities.map((c) => {
      const cityFile = files[c.code]
      return placeOf(
        c.code,
        c.short,
        cityFile ? [...provinceFiles, cityFile] : provinceFiles,
        cityFile !== undefined,
        regions.areaCodesOf(c.code),
        today
      )
    })
    return { ...placeOf(p.code, p.short, provinceFiles, own !== undefined, regions.areaCodesOf(p.code), today), places }
  })

  // A 直辖市 is itself the place users choose; a province's places are its cities.
  const chosen = provinces.flatMap((p) => (regions.isMunicipality(p.code) ? [p] : p.places))
  const byStrength: Record<Strength, number> = { strong: 0, medium: 0, weak: 0, none: 0 }
  for (const place of chosen) byStrength[place.strength]++
  const allFiles = Object.values(files)
  const allSources = allFiles.flatMap((f) => f.sources)
  const evidence = allFiles.map((f) => evidenceCount(f))
  return {
    provinces,
    totals: {
      provinces: provinces.length,
      provincesWithFile: provinces.filter((p) => p.ownFile).length,
      places: chosen.length,
      placesWithOwnFile: chosen.filter((p) => p.ownFile).length,
      placesWithLocalFacts: chosen.filter((p) => p.facts > 0).length,
      placesWithYidiFacts: chosen.filter((p) => p.yidi > 0).length,
      placesWithLocalHotline: chosen.filter((p) => p.localHotline).length,
      byStrength,
      staleFiles: allFiles.filter((f) => daysSince(f.checkedOn, today) > RECHECK_AFTER_DAYS).length,
      sources: allSources.length,
      sourcesWithUrl: allSources.filter((s) => s.url !== undefined).length,
      factsWithEvidence: evidence.reduce((n, e) => n + e.withEvidence, 0),
      factsWithoutEvidence: evidence.reduce((n, e) => n + e.withoutEvidence, 0)
    }
  }
}
