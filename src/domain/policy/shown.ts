/**
 * What guide pages read off a resolved policy beyond its fields. Apart from resolve.ts: the pages
 * import this, and only the policy package (which every guide shares) carries the resolver.
 */
import { notesFor } from './notes'
import type { Cited, CitedSource, LayerRef, ResolvedPolicy } from './resolve'
import type { Topic } from './schema'

/**
 * Whether a guide page shows anything checked for this place itself (or its province): its notes,
 * its own ways, situations or family rules. The 医保钱包 status alone does not count: a page whose
 * content is otherwise all national says so.
 */
export function hasLocalFacts(policy: ResolvedPolicy, topic: Topic): boolean {
  const local = (c: { from: LayerRef }) => c.from.code !== 'national'
  if (notesFor(policy, topic).some(local)) return true
  switch (topic) {
    case 'balance':
      return policy.balance.channels.some(local)
    case 'family': {
      const f = policy.family
      return f.paths.some(local) || Object.values(f.from).some(local) || f.contested !== undefined
    }
    case 'withdraw':
      return policy.withdraw.situations.some(local)
    case 'yidi':
      return policy.yidi.localFrom.length > 0
  }
}

/**
 * The sources of several cited facts as one line under their card: the most specific layer names it,
 * and a source cited by several of them is listed once, with every distinct quote.
 */
export function citedTogether(facts: readonly Cited[]): Cited {
  const first = facts[0]
  if (!first) return { from: { code: 'national', checkedOn: '' }, sources: [] }
  const byKey = new Map<string, CitedSource>()
  let from = first.from
  for (const f of facts) {
    if (f.from.code !== 'national') from = f.from
    for (const s of f.sources) {
      const key = `${f.from.code}/${s.id}`
      const seen = byKey.get(key)
      if (!seen) byKey.set(key, { ...s, quotes: [...s.quotes] })
      else for (const q of s.quotes) if (!seen.quotes.includes(q)) seen.quotes.push(q)
    }
  }
  return { from, sources: [...byKey.values()] }
}
