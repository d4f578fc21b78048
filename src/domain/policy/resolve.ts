/**
 * Layering national → province → city: a region inherits everything it does
 * not override. Every fact keeps the layer it came from and the sources it
 * cites (resolved from ids to the file's source entries), so a card's 看来源
 * shows exactly what that card rests on.
 */
import { citedId, citedQuote } from './citations'
import { localHotlineChannel, type HotlinePlace } from './hotline'
import { effectiveStrength } from './sourceTrust'
import type {
  BalanceChannelEntry as BalanceChannel,
  Citation,
  Contested,
  BindingPathEntry as BindingPath,
  FilingKindEntry as FilingKind,
  FilingPathEntry as FilingPath,
  Material,
  MythEntry as Myth,
  NationalPolicy,
  NoteEntry as Note,
  RegionPolicy,
  Relative,
  SituationEntry as Situation,
  Source,
  SourcedLineEntry,
  WalletStatus
} from './schema'

/** A source as shown: its check date is the source's own, or else its file's; its strength is capped by its address. */
export type ResolvedSource = Source & { checkedOn: string }

/** A source as one fact cites it: with the words of it that say this fact (none for a bare id). */
export type CitedSource = ResolvedSource & { quotes: string[] }

export interface LayerRef {
  /** 'national' or the region's GB/T 2260 code */
  code: string
  /** the file's check date */
  checkedOn: string
}

/** A whole file: what it is and everything it lists as sources. */
export interface Layer extends LayerRef {
  sources: ResolvedSource[]
}

/** Where a fact comes from: its layer and the sources it cites, each with its quoted words. */
export interface Cited {
  from: LayerRef
  sources: CitedSource[]
}

/** A fact as the page gets it: cited ids replaced by the sources themselves. */
export type Sourced<T extends object> = Omit<T, 'sources'> & Cited

export type ResolvedNote = Sourced<Note>

export interface ResolvedWallet {
  /** 'unknown': no layer says whether the 医保钱包 works here */
  status: WalletStatus | 'unknown'
  asOf?: string
  cited?: Cited
}

/** What this place's sources disagree on (the answers it touches become "ask first"). */
export type ResolvedContested = Omit<Contested, 'sources'> & Cited

export interface ResolvedPolicy {
  /** the region asked for, or null for the national rules */
  region: string | null
  /** national first, most specific last */
  layers: Layer[]
  /** false: nothing checked for this region itself or its province, only national rules apply */
  hasLocalInfo: boolean
  /** the check date of the most specific layer that applies */
  checkedOn: string
  /** local tips, most specific layer first; filter with notesFor() */
  notes: ResolvedNote[]
  balance: {
    channels: Array<Sourced<BalanceChannel>>
    accounts: NationalPolicy['balance']['accounts']
    accountsCited: Cited
  }
  family: {
    eligibleInsurance: string
    relatives: Relative[]
    relativesNote?: string
    scope: NationalPolicy['family']['scope']
    scopeNote: string
    uses: string[]
    notAllowed: string[]
    /** national rules, then each layer's extraRules */
    rules: string[]
    wallet: ResolvedWallet
    /** set where the sources for the region disagree */
    contested?: ResolvedContested
    paths: Array<Sourced<BindingPath>>
    /** where the region-dependent answers come from */
    from: { relatives: Cited; scope: Cited; uses: Cited; rules: Cited }
  }
  withdraw: {
    situations: Array<Sourced<Situation>>
    alternatives: string[]
    cited: Cited
  }
  myths: Array<Sourced<Myth>>
  yidi: ResolvedYidi
}

type Lines = Array<Sourced<SourcedLineEntry>>

/** 去外地看病: national rules with the region's kinds, ways and claim materials merged in by id. */
export interface ResolvedYidi {
  answer: { title: string; lines: Lines }
  scope: Lines
  kinds: Array<Sourced<FilingKind>>
  paths: Array<Sourced<FilingPath>>
  time: Lines
  late: Lines
  onTheDay: Lines
  claim: { intro: string; materials: Material[]; steps: string[]; cited: Cited }
  myths: Array<Sourced<Myth>>
  /** the region layers that change this guide (notes included); empty: only the national rules apply here */
  localFrom: string[]
}

export interface ResolveOptions {
  /** the region's own place for the generated 区号-12393 line; null or absent: no local line */
  hotline?: HotlinePlace | null
}

interface ById<T> {
  upsert?: T[]
  remove?: string[]
}

function layerOf(code: string, file: { checkedOn: string; sources: readonly Source[] }): Layer {
  return {
    code,
    checkedOn: file.checkedOn,
    sources: file.sources.map((s) => ({ ...s, strength: effectiveStrength(s), checkedOn: s.checkedOn ?? file.checkedOn }))
  }
}

/**
 * Resolves citations against one file: one entry per source, in citation order, with every quote
 * the fact takes from it. An unknown id is skipped: the build and the bundle check refuse such files.
 */
function citer(layer: Layer) {
  const byId = new Map(layer.sources.map((s) => [s.id, s]))
  const from: LayerRef = { code: layer.code, checkedOn: layer.checkedOn }
  const cite = (citations: readonly Citation[]): Cited => {
    const out: CitedSource[] = []
    for (const c of citations) {
      const s = byId.get(citedId(c))
      if (!s) continue
      const quote = citedQuote(c)
      const seen = out.find((x) => x.id === s.id)
      if (seen) {
        if (quote !== undefined) seen.quotes.push(quote)
      } else out.push({ ...s, quotes: quote === undefined ? [] : [quote] })
    }
    return { from, sources: out }
  }
  const stamp = <T extends { sources: readonly Citation[] }>(item: T): Sourced<T> => ({ ...item, ...cite(item.sources) })
  return { cite, stamp }
}

/** Linear in the list and the change: an index by id, not a search per upsert (thousands of regions, phones without a JIT). */
function mergeById<T extends { id: string; sources: readonly Citation[] }>(
  inherited: Array<Sourced<T>>,
  change: ById<T> | undefined,
  stamp: (item: T) => Sourced<T>
): Array<Sourced<T>> {
  if (!change) return inherited
  const removed = new Set(change.remove ?? [])
  const out = inherited.filter((item) => !removed.has(item.id))
  const at = new Map<string, number>()
  out.forEach((item, i) => at.set(item.id, i))
  for (const item of change.upsert ?? []) {
    const next = stamp(item)
    const i = at.get(item.id)
    if (i !== undefined) out[i] = next
    else at.set(item.id, out.push(next) - 1)
  }
  return out
}

/** The same rule for items that carry no sources of their own (claim materials: the list cites). */
function mergePlain<T extends { id: string }>(inherited: readonly T[], change: ById<T> | undefined): T[] {
  if (!change) return [...inherited]
  const removed = new Set(change.remove ?? [])
  const out = inherited.filter((item) => !removed.has(item.id))
  for (const item of change.upsert ?? []) {
    const at = out.findIndex((x) => x.id === item.id)
    if (at >= 0) out[at] = item
    else out.push(item)
  }
  return out
}

/** Two citations as one (e.g. national rules plus a province's extra rule): the later layer names it. */
function joinCited(a: Cited, b: Cited): Cited {
  const seen = new Set(a.sources.map((s) => `${a.from.code}/${s.id}`))
  const extra = b.sources.filter((s) => !seen.has(`${b.from.code}/${s.id}`))
  return { from: b.from, sources: [...a.sources, ...extra] }
}

/**
 * @param chain region codes from broadest to most specific (e.g. ['350000', '350200'])
 * @param overrides valid region overrides by code; missing ones are simply skipped
 */
export function resolvePolicy(
  national: NationalPolicy,
  overrides: Readonly<Record<string, RegionPolicy>>,
  chain: readonly string[],
  region: string | null = chain[chain.length - 1] ?? null,
  options: ResolveOptions = {}
): ResolvedPolicy {
  const base = layerOf('national', national)
  const { cite, stamp } = citer(base)
  const familyCited = cite(national.family.sources)
  const nationalWallet = national.family.wallet
  const r: ResolvedPolicy = {
    region,
    layers: [base],
    hasLocalInfo: false,
    checkedOn: national.checkedOn,
    notes: (national.notes ?? []).map(stamp),
    balance: {
      channels: national.balance.channels.map(stamp),
      accounts: national.balance.accounts,
      accountsCited: cite(national.balance.accountsSources)
    },
    family: {
      eligibleInsurance: national.family.eligibleInsurance,
      relatives: [...national.family.relatives],
      relativesNote: national.family.relativesNote,
      scope: national.family.scope,
      scopeNote: national.family.scopeNote,
      uses: [...national.family.uses],
      notAllowed: [...national.family.notAllowed],
      rules: [...national.family.rules],
      wallet: nationalWallet
        ? { status: nationalWallet.status, asOf: nationalWallet.asOf, cited: cite(nationalWallet.sources) }
        : { status: 'unknown' },
      paths: national.family.paths.map(stamp),
      from: { relatives: familyCited, scope: familyCited, uses: familyCited, rules: familyCited }
    },
    withdraw: {
      situations: national.withdraw.situations.map(stamp),
      alternatives: [...national.withdraw.alternatives],
      cited: cite(national.withdraw.sources)
    },
    myths: national.myths.map(stamp),
    yidi: {
      answer: { title: national.yidi.answer.title, lines: national.yidi.answer.lines.map(stamp) },
      scope: national.yidi.scope.map(stamp),
      kinds: national.yidi.kinds.map(stamp),
      paths: national.yidi.paths.map(stamp),
      time: national.yidi.time.map(stamp),
      late: national.yidi.late.map(stamp),
      onTheDay: national.yidi.onTheDay.map(stamp),
      claim: {
        intro: national.yidi.claim.intro,
        materials: [...national.yidi.claim.materials],
        steps: [...national.yidi.claim.steps],
        cited: cite(national.yidi.claim.sources)
      },
      myths: national.yidi.myths.map(stamp),
      localFrom: []
    }
  }

  for (const code of chain) {
    const o = overrides[code]
    if (!o) continue
    const layer = layerOf(code, o)
    const local = citer(layer)
    r.layers.push(layer)
    r.hasLocalInfo = true
    r.checkedOn = o.checkedOn
    if (o.notes) {
      // The more specific layer's notes come first; a note with the same id replaces the inherited one.
      const mine = o.notes.map(local.stamp)
      const ids = new Set(mine.map((n) => n.id))
      r.notes = [...mine, ...r.notes.filter((n) => !ids.has(n.id))]
    }
    r.balance.channels = mergeById(r.balance.channels, o.balance?.channels, local.stamp)
    const f = o.family
    if (f) {
      const cited = local.cite(f.sources ?? [])
      if (f.relatives) {
        r.family.relatives = [...f.relatives]
        r.family.relativesNote = f.relativesNote
        r.family.from.relatives = cited
      } else if (f.relativesNote) {
        r.family.relativesNote = f.relativesNote
        r.family.from.relatives = cited
      }
      if (f.scope) {
        r.family.scope = f.scope
        r.family.from.scope = cited
      }
      if (f.scopeNote) {
        r.family.scopeNote = f.scopeNote
        r.family.from.scope = cited
      }
      if (f.uses) {
        r.family.uses = [...f.uses]
        r.family.from.uses = cited
      }
      if (f.extraUses && f.extraUses.length > 0) {
        r.family.uses = [...r.family.uses, ...f.extraUses]
        r.family.from.uses = cited
      }
      if (f.extraRules && f.extraRules.length > 0) {
        r.family.rules = [...r.family.rules, ...f.extraRules]
        r.family.from.rules = joinCited(r.family.from.rules, cited)
      }
      if (f.wallet) r.family.wallet = { status: f.wallet.status, asOf: f.wallet.asOf, cited: local.cite(f.wallet.sources) }
      if (f.contested) {
        const { sources, ...rest } = f.contested
        r.family.contested = { ...rest, ...local.cite(sources) }
      }
      r.family.paths = mergeById(r.family.paths, f.paths, local.stamp)
    }
    r.withdraw.situations = mergeById(r.withdraw.situations, o.withdraw?.situations, local.stamp)
    const y = o.yidi
    if (y) {
      r.yidi.kinds = mergeById(r.yidi.kinds, y.kinds, local.stamp)
      r.yidi.paths = mergeById(r.yidi.paths, y.paths, local.stamp)
      if (y.claim) {
        r.yidi.claim.materials = mergePlain(r.yidi.claim.materials, y.claim.materials)
        r.yidi.claim.cited = joinCited(r.yidi.claim.cited, local.cite(y.claim.sources))
      }
    }
    if (y || o.notes?.some((n) => n.topics.includes('yidi'))) r.yidi.localFrom.push(code)
  }

  // Every place with one area code gets its own line, whether or not it has a file. It rests on the
  // national 12393 facts (plus the area code data), so it is national content citing what the national
  // 12393 channel cites, not something checked for this place.
  if (region !== null && options.hotline) {
    const national12393 = r.balance.channels.find((c) => c.id === 'hotline-12393') ?? r.balance.channels[0]
    const sources = national12393 ? national12393.sources : base.sources.map((s) => ({ ...s, quotes: [] }))
    const channel: Sourced<BalanceChannel> = {
      ...localHotlineChannel(options.hotline),
      from: { code: 'national', checkedOn: national.checkedOn },
      sources
    }
    // It takes the plain 12393 line's place: its steps say that locally a bare 12393 works too, and
    // two phone rows for one service make a long page longer.
    const at = r.balance.channels.findIndex((c) => c.id === channel.id)
    const plain = r.balance.channels.findIndex((c) => c.id === 'hotline-12393')
    if (at >= 0) r.balance.channels[at] = channel
    else if (plain >= 0) r.balance.channels[plain] = channel
    else r.balance.channels.push(channel)
  }
  return r
}

// notesFor, hasLocalFacts and citedTogether live apart so the pages that read a resolved policy need not load the resolver.
export { notesFor } from './notes'
export { citedTogether, hasLocalFacts } from './shown'
