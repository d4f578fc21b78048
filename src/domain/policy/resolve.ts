/**
 * Layering national → province → city: a region inherits everything it does
 * not override. Every piece of the answer keeps the layer it came from, so the
 * page can show the source and date of exactly what the user reads.
 */
import type {
  BalanceChannel,
  BindingPath,
  NationalPolicy,
  RegionPolicy,
  Relative,
  Situation,
  Source
} from './schema'

export interface LayerRef {
  /** 'national' or the region's GB/T 2260 code */
  code: string
  checkedOn: string
  sources: readonly Source[]
}

export type Sourced<T> = T & { from: LayerRef }

export interface ResolvedPolicy {
  /** the region asked for, or null for the national rules */
  region: string | null
  /** national first, most specific last */
  layers: LayerRef[]
  /** false: nothing checked for this region itself or its province, only national rules apply */
  hasLocalInfo: boolean
  /** the check date of the most specific layer that applies */
  checkedOn: string
  highlights: Array<{ text: string; from: LayerRef }>
  balance: {
    channels: Array<Sourced<BalanceChannel>>
    accounts: NationalPolicy['balance']['accounts']
  }
  family: {
    eligibleInsurance: string
    relatives: Relative[]
    relativesNote?: string
    scope: NationalPolicy['family']['scope']
    scopeNote: string
    uses: string[]
    notAllowed: string[]
    rules: string[]
    paths: Array<Sourced<BindingPath>>
    /** where the region-dependent answers come from */
    from: { relatives: LayerRef; scope: LayerRef; uses: LayerRef }
  }
  withdraw: {
    situations: Array<Sourced<Situation>>
    alternatives: string[]
  }
  myths: NationalPolicy['myths']
}

interface ById<T> {
  upsert?: T[]
  remove?: string[]
}

function mergeById<T extends { id: string }>(
  inherited: Array<Sourced<T>>,
  change: ById<T> | undefined,
  from: LayerRef
): Array<Sourced<T>> {
  if (!change) return inherited
  const removed = new Set(change.remove ?? [])
  const out = inherited.filter((item) => !removed.has(item.id))
  for (const item of change.upsert ?? []) {
    const next = { ...item, from }
    const at = out.findIndex((x) => x.id === item.id)
    if (at >= 0) out[at] = next
    else out.push(next)
  }
  return out
}

const layerOf = (code: string, p: { checkedOn: string; sources: readonly Source[] }): LayerRef => ({
  code,
  checkedOn: p.checkedOn,
  sources: p.sources
})

/**
 * @param chain region codes from broadest to most specific (e.g. ['350000', '350200'])
 * @param overrides valid region overrides by code; missing ones are simply skipped
 */
export function resolvePolicy(
  national: NationalPolicy,
  overrides: Readonly<Record<string, RegionPolicy>>,
  chain: readonly string[],
  region: string | null = chain[chain.length - 1] ?? null
): ResolvedPolicy {
  const base = layerOf('national', national)
  const stamp = <T>(items: T[]): Array<Sourced<T>> => items.map((x) => ({ ...x, from: base }))
  const r: ResolvedPolicy = {
    region,
    layers: [base],
    hasLocalInfo: false,
    checkedOn: national.checkedOn,
    highlights: [],
    balance: { channels: stamp(national.balance.channels), accounts: national.balance.accounts },
    family: {
      eligibleInsurance: national.family.eligibleInsurance,
      relatives: [...national.family.relatives],
      relativesNote: national.family.relativesNote,
      scope: national.family.scope,
      scopeNote: national.family.scopeNote,
      uses: [...national.family.uses],
      notAllowed: [...national.family.notAllowed],
      rules: [...national.family.rules],
      paths: stamp(national.family.paths),
      from: { relatives: base, scope: base, uses: base }
    },
    withdraw: { situations: stamp(national.withdraw.situations), alternatives: [...national.withdraw.alternatives] },
    myths: national.myths
  }

  for (const code of chain) {
    const o = overrides[code]
    if (!o) continue
    const from = layerOf(code, o)
    r.layers.push(from)
    r.hasLocalInfo = true
    r.checkedOn = o.checkedOn
    if (o.highlights) r.highlights = o.highlights.map((text) => ({ text, from }))
    r.balance.channels = mergeById(r.balance.channels, o.balance?.channels, from)
    const f = o.family
    if (f) {
      if (f.relatives) {
        r.family.relatives = [...f.relatives]
        r.family.relativesNote = f.relativesNote
        r.family.from.relatives = from
      } else if (f.relativesNote) {
        r.family.relativesNote = f.relativesNote
        r.family.from.relatives = from
      }
      if (f.scope) {
        r.family.scope = f.scope
        r.family.from.scope = from
      }
      if (f.scopeNote) {
        r.family.scopeNote = f.scopeNote
        r.family.from.scope = from
      }
      if (f.uses) {
        r.family.uses = [...f.uses]
        r.family.from.uses = from
      }
      if (f.extraUses && f.extraUses.length > 0) {
        r.family.uses = [...r.family.uses, ...f.extraUses]
        r.family.from.uses = from
      }
      r.family.paths = mergeById(r.family.paths, f.paths, from)
    }
    r.withdraw.situations = mergeById(r.withdraw.situations, o.withdraw?.situations, from)
  }
  return r
}
