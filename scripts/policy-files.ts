/** Reads policies/ into a checked bundle, reporting every problem with its file and field. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkNational, checkRegion, type PolicyBundle } from '../src/domain/policy/bundle'
import { overclaimedSources, staleSources, strengthConflicts, weakWithoutNote, type SourcedFile } from '../src/domain/policy/citations'
import { dateWarnings, fileEvidenceProblems } from '../src/domain/policy/evidence'
import { SCHEMA_VERSION, type RegionPolicy } from '../src/domain/policy/schema'
import { latestPublishDate } from '../src/domain/policyUpdate/evaluate'
import { regionList } from '../src/domain/region/fullList'

const { areaCodesOf, isKnownRegion } = regionList

export const POLICIES_DIR = join(__dirname, '..', 'policies')

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch (err) {
    problems.push(`${file}: 不是有效的 JSON (${String(err)})`)
    return undefined
  }
}

export interface LoadedPolicies {
  bundle: PolicyBundle | null
  problems: string[]
  /** not errors: sources due for a re-check, weak sources without their caveat, facts resting on old or undated sources */
  warnings: string[]
  /** the region files that passed on their own, even when another file failed (for the coverage report) */
  validRegions: Record<string, RegionPolicy>
}

/** @param today the clock for the publish date (checked as the phone checks it) and for source ages */
export function loadPolicies(dir: string = POLICIES_DIR, today: Date = new Date()): LoadedPolicies {
  const problems: string[] = []
  // Files that parsed, for the checks across files (same address, same strength; age).
  const sourced: SourcedFile[] = []
  const rel = (f: string) => f.slice(dir.length + 1)

  const releaseFile = join(dir, 'release.json')
  const release = readJson(releaseFile, problems) as { version?: unknown; publishedAt?: unknown } | undefined
  const version = release?.version
  const publishedAt = release?.publishedAt
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) problems.push('release.json: version 应为正整数')
  if (typeof publishedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) problems.push('release.json: publishedAt 应为 YYYY-MM-DD')
  else if (publishedAt > latestPublishDate(today)) problems.push(`release.json: publishedAt ${publishedAt} 晚于明天，手机会拒收`)
  const latestDate = typeof publishedAt === 'string' ? publishedAt : undefined

  const nationalFile = join(dir, 'national.json')
  // Evidence is the editor's check: a fact whose names, menu items or numbers its quotes do not
  // contain is refused here (the phone does not repeat it).
  const evidence = (name: string, policy: Parameters<typeof fileEvidenceProblems>[0]) =>
    fileEvidenceProblems(policy).map((p) => `${name}: ${p.path}: ${p.message}`)

  const national = checkNational(readJson(nationalFile, problems), undefined, latestDate)
  let nationalOk = national.ok
  if (!national.ok) problems.push(...national.problems.map((p) => `${rel(nationalFile)}: ${p}`))
  else {
    const missing = evidence(rel(nationalFile), national.policy)
    problems.push(...missing)
    nationalOk = missing.length === 0
    sourced.push({ name: rel(nationalFile), ...national.policy })
  }

  const regions: PolicyBundle['regions'] = {}
  const regionDir = join(dir, 'regions')
  for (const name of readdirSync(regionDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = join(regionDir, name)
    const code = name.replace(/\.json$/, '')
    const raw = readJson(file, problems)
    if (raw === undefined) continue
    const checked = checkRegion(code, raw, { isKnownRegion, areaCodesOf }, undefined, latestDate)
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => `${rel(file)}: ${p}`))
      continue
    }
    const missing = evidence(rel(file), checked.policy)
    problems.push(...missing)
    sourced.push({ name: rel(file), ...checked.policy })
    if (missing.length === 0) regions[code] = checked.policy
  }
  problems.push(...strengthConflicts(sourced))
  const warnings = [
    ...staleSources(sourced, today),
    ...weakWithoutNote(sourced),
    ...overclaimedSources(sourced),
    ...sourced.flatMap((file) => dateWarnings(file.name, file, today))
  ]

  if (problems.length > 0 || !national.ok || !nationalOk || typeof version !== 'number' || typeof publishedAt !== 'string') {
    return { bundle: null, problems, warnings, validRegions: regions }
  }
  return {
    bundle: { schemaVersion: SCHEMA_VERSION, version, publishedAt, national: national.policy, regions },
    problems,
    warnings,
    validRegions: regions
  }
}
