/**
 * Per-fact sources (policy format v2, quotes from v3): every fact cites sources of its own file, by id
 * or by id with the words of the source that say it.
 * A citation to nothing would show an empty 看来源; a source nothing cites is dead weight
 * that makes a layer look better sourced than it is. Both refuse the file.
 */
import type { Citation, Source } from './schema'
import { daysSince } from './sourceAge'
import { effectiveStrength } from './sourceTrust'

/** Keys under which a fact lists the sources it rests on. */
const CITING_KEYS = new Set(['sources', 'accountsSources'])

/** The source id of a citation, bare or with its quote. */
export const citedId = (c: Citation): string => (typeof c === 'string' ? c : c.id)

/** The source's own words a citation carries, or undefined for a bare id. */
export const citedQuote = (c: Citation): string | undefined => (typeof c === 'string' ? undefined : c.quote)

function isCitation(x: unknown): x is Citation {
  if (typeof x === 'string') return true
  return x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' && typeof (x as { quote?: unknown }).quote === 'string'
}

/** Every citation in a policy file, with where it sits ("family.paths.upsert[0].sources"). */
export function citationsOf(policy: { sources: readonly Source[] }): Array<{ path: string; id: string }> {
  const out: Array<{ path: string; id: string }> = []
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`))
      return
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const at = path ? `${path}.${key}` : key
      if (CITING_KEYS.has(key) && Array.isArray(child) && child.every(isCitation)) {
        for (const c of child) out.push({ path: at, id: citedId(c) })
      } else walk(child, at)
    }
  }
  // The file's own source list holds objects, not citations: walk everything else.
  for (const [key, child] of Object.entries(policy)) if (key !== 'sources') walk(child, key)
  return out
}

/** Every cited id in a file, as citationsOf finds them, without building their paths. */
function citedIds(value: unknown, out: Set<string>): void {
  if (value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) citedIds(item, out)
    return
  }
  const record = value as Record<string, unknown>
  for (const key in record) {
    const child = record[key]
    if (CITING_KEYS.has(key) && Array.isArray(child) && child.every(isCitation)) for (const c of child) out.add(citedId(c))
    else citedIds(child, out)
  }
}

/**
 * Whether citationProblems finds nothing, without the paths it names problems by: a file with thousands of
 * regions is checked on a phone, and only a file with a problem needs them.
 */
function citationsClean(policy: { sources: readonly Source[] }): boolean {
  const cited = new Set<string>()
  for (const key in policy) if (key !== 'sources') citedIds((policy as Record<string, unknown>)[key], cited)
  const known = new Set<string>()
  for (const s of policy.sources) {
    if (!cited.has(s.id)) return false
    known.add(s.id)
  }
  for (const id of cited) if (!known.has(id)) return false
  return true
}

export function citationProblems(policy: { sources: readonly Source[] }): string[] {
  if (citationsClean(policy)) return []
  const known = new Set(policy.sources.map((s) => s.id))
  const cited = new Set<string>()
  const problems: string[] = []
  for (const c of citationsOf(policy)) {
    cited.add(c.id)
    if (!known.has(c.id)) problems.push(`${c.path}: 引用的来源 ${c.id} 不在本文件的 sources 里`)
  }
  policy.sources.forEach((s, i) => {
    if (!cited.has(s.id)) problems.push(`sources[${i}]: 来源 ${s.id} 没有被任何内容引用`)
  })
  return problems
}

export interface SourcedFile {
  /** where to point the author, e.g. regions/410200.json */
  name: string
  checkedOn: string
  sources: readonly Source[]
}

/** One address, one strength: the same page cannot be official in one file and hearsay in another. */
export function strengthConflicts(files: readonly SourcedFile[]): string[] {
  const seen = new Map<string, { strength: Source['strength']; name: string }>()
  const problems: string[] = []
  for (const file of files) {
    for (const s of file.sources) {
      if (!s.url) continue
      const first = seen.get(s.url)
      if (!first) seen.set(s.url, { strength: s.strength, name: file.name })
      else if (first.strength !== s.strength) {
        problems.push(`${file.name}: 来源 ${s.id} 的网址 ${s.url} 标为 ${s.strength}，但 ${first.name} 标为 ${first.strength}`)
      }
    }
  }
  return problems
}

// Shared with the source line's dates (./sourceAge), where it lives.
export { daysSince }

/** Local facts checked longer ago than this may no longer hold: they are re-checked or shown as possibly out of date. */
export const RECHECK_AFTER_DAYS = 365

/** Sources (and so the local facts citing them) checked more than 12 months before today. */
export function staleSources(files: readonly SourcedFile[], today: Date): string[] {
  const out: string[] = []
  for (const file of files) {
    for (const s of file.sources) {
      const checked = s.checkedOn ?? file.checkedOn
      const days = daysSince(checked, today)
      if (days > RECHECK_AFTER_DAYS) out.push(`${file.name}: 来源 ${s.id} 核对于 ${checked}（${Math.floor(days / 30)} 个月前），请重新核对`)
    }
  }
  return out
}

/** Sources that claim more than their address allows: the app shows them at the lower strength (sourceTrust.ts). */
export function overclaimedSources(files: readonly SourcedFile[]): string[] {
  return files.flatMap((file) =>
    file.sources
      .filter((s) => effectiveStrength(s) !== s.strength)
      .map(
        (s) =>
          `${file.name}: 来源 ${s.id} 标为 ${s.strength}，但${s.url ? '网址不是 gov.cn 或名单里的央媒' : '没有网址'}，按 ${effectiveStrength(s)} 显示`
      )
  )
}

/** Weak sources may only back "请到 … 核实" leads, and must say so in their note (SPEC-policy-v2). */
export function weakWithoutNote(files: readonly SourcedFile[]): string[] {
  return files.flatMap((file) =>
    file.sources.filter((s) => s.strength === 'weak' && !s.note).map((s) => `${file.name}: 弱来源 ${s.id} 没有 note（应说明未经官方核实）`)
  )
}
