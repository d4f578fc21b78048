/**
 * The policy source files (policies/national.json, policies/regions/*.json) read
 * straight from disk, so page tests derive what a user should see from the data
 * itself rather than from the app's own resolver.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { NationalPolicy, RegionPolicy, Situation, BindingPath, FilingPath, Material } from '../../src/domain/policy/schema'

const POLICIES = join(__dirname, '..', '..', 'policies')

export const national = JSON.parse(readFileSync(join(POLICIES, 'national.json'), 'utf8')) as NationalPolicy

/** every region that has its own file, e.g. ['110000', '120000', ...] */
export const regionFileCodes: string[] = readdirSync(join(POLICIES, 'regions'))
  .filter((f) => /^\d{6}\.json$/.test(f))
  .map((f) => f.slice(0, 6))
  .sort()

export function regionFile(code: string): RegionPolicy | undefined {
  const file = join(POLICIES, 'regions', `${code}.json`)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RegionPolicy) : undefined
}

/** 350200 → ['350000', '350200']; a province → [itself]. (GB/T 2260: a city's province ends in 0000.) */
export function layersOf(code: string | null): RegionPolicy[] {
  if (!code) return []
  const province = `${code.slice(0, 2)}0000`
  const codes = province === code ? [code] : [province, code]
  return codes.map(regionFile).filter((r): r is RegionPolicy => r !== undefined)
}

/** The README's documented merge-by-id rule, applied to the files by hand. */
function byId<T extends { id: string }>(
  base: T[],
  pick: (r: RegionPolicy) => { upsert?: T[]; remove?: string[] } | undefined,
  code: string | null
): T[] {
  let out = [...base]
  for (const layer of layersOf(code)) {
    const change = pick(layer)
    if (!change) continue
    out = out.filter((x) => !(change.remove ?? []).includes(x.id))
    for (const item of change.upsert ?? []) {
      const at = out.findIndex((x) => x.id === item.id)
      if (at >= 0) out[at] = item
      else out.push(item)
    }
  }
  return out
}

export const situationsFor = (code: string | null): Situation[] => byId(national.withdraw.situations, (r) => r.withdraw?.situations, code)

export const pathsFor = (code: string | null): BindingPath[] => byId(national.family.paths, (r) => r.family?.paths, code)

export function situationOf(code: string | null, id: string): Situation {
  const s = situationsFor(code).find((x) => x.id === id)
  if (!s) throw new Error(`no situation ${id} for ${code ?? 'national'}`)
  return s
}

export function pathOf(code: string | null, id: string): BindingPath {
  const p = pathsFor(code).find((x) => x.id === id)
  if (!p) throw new Error(`no path ${id} for ${code ?? 'national'}`)
  return p
}

/** Every phone number a region's own file offers (local hotlines), e.g. ['0592-12393']. */
export function callNumbersIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(callNumbersIn)
  if (!value || typeof value !== 'object') return []
  const o = value as Record<string, unknown>
  const own = o.kind === 'call' && typeof o.number === 'string' ? [o.number] : []
  return [...own, ...Object.values(o).flatMap(callNumbersIn)]
}

/** 去外地看病: the ways to file a region's files and the national file give, merged by id by hand. */
export const filingPathsFor = (code: string | null): FilingPath[] => byId(national.yidi.paths, (r) => r.yidi?.paths, code)

export function filingPathOf(code: string | null, id: string): FilingPath {
  const p = filingPathsFor(code).find((x) => x.id === id)
  if (!p) throw new Error(`no way to file ${id} for ${code ?? 'national'}`)
  return p
}

/** The claim materials for a region: the national list with each layer's changes by id. */
export const claimMaterialsFor = (code: string | null): Material[] => byId(national.yidi.claim.materials, (r) => r.yidi?.claim?.materials, code)

/** The 去外地看病 notes a region's files give, most specific layer first. */
export const yidiNotesFor = (code: string | null): string[] =>
  [...layersOf(code)].reverse().flatMap((r) => (r.notes ?? []).filter((n) => n.topics.includes('yidi')).map((n) => n.text))
