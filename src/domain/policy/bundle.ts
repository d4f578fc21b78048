/**
 * Checks a whole policy bundle the way the phone does: the envelope and national
 * rules must be sound or the bundle is refused; each region is checked on its own
 * and a bad one is dropped with its reasons while the rest is used.
 */
import * as v from 'valibot'
import { APP_ALLOWLIST, type Allowlist } from './allowlist'
import { citationProblems } from './citations'
import { contentProblems } from './contentRule'
import { fastParser } from './fastParse'
import { nationalSafetyProblems, regionSafetyProblems } from './safetyLayer'
import { NationalPolicySchema, PolicyBundleSchema, RegionPolicySchema, SCHEMA_VERSION, type NationalPolicy, type RegionPolicy } from './schema'

export interface PolicyBundle {
  schemaVersion: number
  version: number
  publishedAt: string
  national: NationalPolicy
  regions: Record<string, RegionPolicy>
}

export interface DroppedRegion {
  region: string
  problems: string[]
}

export interface RegionFacts {
  isKnownRegion(code: string): boolean
  areaCodesOf(code: string): string[]
}

export type BundleCheck =
  | { ok: true; bundle: PolicyBundle; dropped: DroppedRegion[] }
  | { ok: false; reason: 'schema-version' | 'schema' | 'national-actions'; problems: string[] }

type Issues = ReadonlyArray<v.BaseIssue<unknown>>

// A valid file is parsed by the compiled schema; an invalid one is parsed again by valibot for its messages.
const fastNational = fastParser(NationalPolicySchema)
const fastRegion = fastParser(RegionPolicySchema)
const fastEnvelope = fastParser(PolicyBundleSchema)

function parse<S extends v.GenericSchema>(schema: S, fast: (raw: unknown) => { output: v.InferOutput<S> } | undefined, raw: unknown) {
  const quick = fast(raw)
  return quick ? { success: true as const, output: quick.output } : v.safeParse(schema, raw)
}

/** "family.paths.upsert.0.steps: 无效" — a path a config author can find in the file */
export function describeIssues(issues: Issues): string[] {
  return issues.map((issue) => {
    const path = (issue.path ?? []).map((p) => String(p.key)).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
}

/**
 * @param latestDate the bundle's publishedAt: no date in the file may be later (a future
 *   "核对于" would hide the stale-data warning)
 */
export function checkNational(raw: unknown, allowlist: Allowlist = APP_ALLOWLIST, latestDate?: string) {
  const parsed = parse(NationalPolicySchema, fastNational, raw)
  if (!parsed.success) return { ok: false as const, kind: 'schema' as const, problems: describeIssues(parsed.issues) }
  // What no file may take away is judged first: dropping a myth also leaves its sources uncited, and
  // the refusal should say what was dropped.
  const unsafe = nationalSafetyProblems(parsed.output)
  if (unsafe.length > 0) return { ok: false as const, kind: 'actions' as const, problems: unsafe }
  const uncited = citationProblems(parsed.output)
  if (uncited.length > 0) return { ok: false as const, kind: 'schema' as const, problems: uncited }
  // National content has no area code of its own: only 12393/12333 may be dialled from it; its text
  // may show any city's 区号-12393 as an example (every one of them is an official line).
  const bad = [
    ...contentProblems(parsed.output, { areaCodes: 'any', callAreaCodes: [], latestDate, allowlist }).map((b) => `${b.path}: ${b.message}`)
  ]
  if (bad.length > 0) return { ok: false as const, kind: 'actions' as const, problems: bad }
  return { ok: true as const, policy: parsed.output }
}

export function checkRegion(
  code: string,
  raw: unknown,
  facts: RegionFacts,
  allowlist: Allowlist = APP_ALLOWLIST,
  latestDate?: string
): { ok: true; policy: RegionPolicy } | { ok: false; problems: string[] } {
  if (!facts.isKnownRegion(code)) return { ok: false, problems: [`地区代码 ${code} 不存在或不是省/地级市`] }
  const parsed = parse(RegionPolicySchema, fastRegion, raw)
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.issues) }
  if (parsed.output.region !== code) {
    return { ok: false, problems: [`region: 文件写的是 ${parsed.output.region}，但放在 ${code} 下`] }
  }
  const uncited = citationProblems(parsed.output)
  if (uncited.length > 0) return { ok: false, problems: uncited }
  // Every city under a province inherits its file, so a local line there must suit all of them:
  // a region spanning several area codes (most provinces) may only dial 12393/12333 (policies/README.md).
  const areaCodes = facts.areaCodesOf(code)
  const bad = [
    ...contentProblems(parsed.output, {
      areaCodes,
      callAreaCodes: areaCodes.length === 1 ? areaCodes : [],
      latestDate,
      allowlist
    }).map((b) => `${b.path}: ${b.message}`),
    ...regionSafetyProblems(parsed.output)
  ]
  if (bad.length > 0) return { ok: false, problems: bad }
  return { ok: true, policy: parsed.output }
}

export function checkBundle(raw: unknown, facts: RegionFacts, allowlist: Allowlist = APP_ALLOWLIST): BundleCheck {
  try {
    if (raw && typeof raw === 'object' && 'schemaVersion' in raw && raw.schemaVersion !== SCHEMA_VERSION) {
      return {
        ok: false,
        reason: 'schema-version',
        problems: [`schemaVersion ${String(raw.schemaVersion)} 不是本程序能读的 ${SCHEMA_VERSION}`]
      }
    }
    const envelope = parse(PolicyBundleSchema, fastEnvelope, raw)
    if (!envelope.success) return { ok: false, reason: 'schema', problems: describeIssues(envelope.issues) }
    const { publishedAt } = envelope.output
    const national = checkNational(envelope.output.national, allowlist, publishedAt)
    if (!national.ok) {
      return { ok: false, reason: national.kind === 'schema' ? 'schema' : 'national-actions', problems: national.problems }
    }
    const regions: Record<string, RegionPolicy> = {}
    const dropped: DroppedRegion[] = []
    for (const [code, value] of Object.entries(envelope.output.regions)) {
      const region = checkRegion(code, value, facts, allowlist, publishedAt)
      if (region.ok) regions[code] = region.policy
      else dropped.push({ region: code, problems: region.problems })
    }
    const { schemaVersion, version } = envelope.output
    return { ok: true, bundle: { schemaVersion, version, publishedAt, national: national.policy, regions }, dropped }
  } catch (err) {
    // The validator is not expected to throw; if it ever does, refuse rather than crash the page.
    return { ok: false, reason: 'schema', problems: [`校验出错: ${String(err)}`] }
  }
}
