/**
 * The policy data the app ships, in the pieces it loads (scripts/generate-policy-packages.ts): a head
 * with the national rules every guide needs, one file per province with the overrides of that
 * province and its cities, the national sections only one guide shows (提取, 去外地看病), and, for
 * the head and each province file, what its source lines show when a reader opens them (the sources'
 * titles and notes, the quotes): a guide's first screen needs none of that, and it is a third of
 * the data. The build checked all of it, so at run time it is only put together, never checked again.
 */
import type { PolicyBundle } from './bundle'
import type { Citation, NationalPolicy, RegionPolicy, Source } from './schema'

/** National sections that ship apart, each loaded by the one guide that shows it (and the search, the safety layer). */
export const SECTIONS = ['withdraw', 'yidi'] as const
export type Section = (typeof SECTIONS)[number]
export type Sections = Partial<Pick<NationalPolicy, Section>>

/** The national rules as shipped in the head: without the sections that ship apart. */
export type NationalHead = Omit<NationalPolicy, Section> & Sections

export interface EmbeddedHead {
  schemaVersion: number
  version: number
  publishedAt: string
  national: NationalHead
  /** provinces that have a file of overrides; the others have none */
  provinces: string[]
  /** the head's and the province files' source detail ships apart (sources/<part>.json) */
  sourceDetail?: true
  /** the whole bundle's text as the publish script signs it: enough to recognise it when served again */
  payload: { length: number; digest: string }
}

/** One province's file: its own overrides and its cities', by region code. */
export type ProvinceRegions = Record<string, RegionPolicy>

/**
 * What a shipped file's source lines show on a tap, kept apart from the file (splitSourceDetail):
 * each source's title and note, by the file's source list, and each citation's quote in the order
 * the citations come in the file (0: a bare id, which has none).
 */
export interface SourceDetail {
  sources: Array<[title: string, note?: string]>
  quotes: Array<string | 0>
}

/** Keys under which a fact lists the sources it rests on (as in citations.ts). */
const CITING_KEYS = new Set(['sources', 'accountsSources'])

function isCitation(x: unknown): x is Citation {
  if (typeof x === 'string') return true
  return x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' && typeof (x as { quote?: unknown }).quote === 'string'
}

/** A copy of `value` with every fact's citations mapped, in the order they come in the file. */
function mapCitations(value: unknown, f: (c: Citation) => Citation): unknown {
  if (Array.isArray(value)) return value.map((x) => mapCitations(x, f))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    out[key] = CITING_KEYS.has(key) && Array.isArray(child) && child.every(isCitation) ? child.map(f) : mapCitations(child, f)
  }
  return out
}

type WithSources = { sources: readonly Source[] }

/**
 * A shipped file without what its source lines show on a tap: its sources keep their id, address,
 * strength and dates (what the line under a card says at once) with an empty title and no note, and
 * every citation is a bare id. withSourceDetail puts it back.
 */
export function splitSourceDetail<T extends WithSources>(file: T): { file: T; detail: SourceDetail } {
  const quotes: Array<string | 0> = []
  const { sources, ...rest } = file
  const facts = mapCitations(rest, (c) => {
    if (typeof c === 'string') {
      quotes.push(0)
      return c
    }
    quotes.push(c.quote)
    return c.id
  }) as Omit<T, 'sources'>
  const detail: SourceDetail['sources'] = []
  const thin = sources.map((s) => {
    const { note, ...kept } = s
    detail.push(note === undefined ? [s.title] : [s.title, note])
    return { ...kept, title: '' }
  })
  return { file: { ...facts, sources: thin } as unknown as T, detail: { sources: detail, quotes } }
}

/** A file split by splitSourceDetail with its detail back: what the build checked, key for key. */
export function withSourceDetail<T extends WithSources>(file: T, detail: SourceDetail): T {
  let i = 0
  const { sources, ...rest } = file
  const facts = mapCitations(rest, (c) => {
    const quote = detail.quotes[i++]
    const id = typeof c === 'string' ? c : c.id
    return typeof quote === 'string' ? { id, quote } : id
  }) as Omit<T, 'sources'>
  const full = sources.map((s, j) => {
    const [title = s.title, note] = detail.sources[j] ?? []
    return note === undefined ? { ...s, title } : { ...s, title, note }
  })
  return { ...facts, sources: full } as unknown as T
}

/**
 * What a page sees of a section before it has loaded: nothing to show, and a valid section for the
 * resolver. Only the guide that shows a section (and the search, the safety layer) reads it, and they
 * wait for it.
 */
export const NOT_LOADED: Required<Sections> = {
  withdraw: { sources: [], situations: [], alternatives: [] },
  yidi: {
    answer: { title: '', lines: [] },
    scope: [],
    kinds: [],
    paths: [],
    time: [],
    late: [],
    onTheDay: [],
    claim: { intro: '', materials: [], steps: [], sources: [] },
    myths: []
  }
}

/** The shipped bundle with what is loaded so far: the head's national rules, the sections, the provinces. */
export function embeddedBundle(head: EmbeddedHead, regions: ProvinceRegions, sections: Sections = {}): PolicyBundle {
  const { schemaVersion, version, publishedAt, national } = head
  const withdraw = sections.withdraw ?? national.withdraw ?? NOT_LOADED.withdraw
  const yidi = sections.yidi ?? national.yidi ?? NOT_LOADED.yidi
  return { schemaVersion, version, publishedAt, national: { ...national, withdraw, yidi }, regions }
}
