/**
 * Per-fact sources (policy format v2): every fact cites source ids of its own file.
 * A citation to nothing would show an empty 看来源; a source nothing cites is dead weight
 * that makes a layer look better sourced than it is. Both refuse the file.
 */
import type { Source } from './schema'

/** Keys under which a fact lists the ids of the sources it rests on. */
const CITING_KEYS = new Set(['sources', 'accountsSources'])

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
      if (CITING_KEYS.has(key) && Array.isArray(child) && child.every((x) => typeof x === 'string')) {
        for (const id of child as string[]) out.push({ path: at, id })
      } else walk(child, at)
    }
  }
  // The file's own source list holds objects, not citations: walk everything else.
  for (const [key, child] of Object.entries(policy)) if (key !== 'sources') walk(child, key)
  return out
}

export function citationProblems(policy: { sources: readonly Source[] }): string[] {
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
