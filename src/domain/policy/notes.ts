/** The notes for one guide. Apart from resolve.ts: pages filter notes, only the policy package resolves. */
import type { ResolvedNote, ResolvedPolicy } from './resolve'
import type { Topic } from './schema'

/** The notes for one guide, most useful (most specific layer) first. */
export function notesFor(policy: Pick<ResolvedPolicy, 'notes'>, topic: Topic): ResolvedNote[] {
  return policy.notes.filter((n) => n.topics.includes(topic))
}
