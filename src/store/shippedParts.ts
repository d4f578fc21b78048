/**
 * The data the app ships, put together as its parts arrive (domain/policy/embedded.ts): the head is there
 * at once; a province's overrides, a national section one guide shows (提取, 去外地看病) and what a file's
 * source lines show on a tap each load when a page first needs them, once per process. What a part loads
 * is never checked again: the build checked it.
 */
import type { PolicyBundle } from '../domain/policy/bundle'
import {
  embeddedBundle,
  SECTIONS,
  withSourceDetail,
  type EmbeddedHead,
  type NationalHead,
  type ProvinceRegions,
  type Section,
  type Sections,
  type SourceDetail
} from '../domain/policy/embedded'
import type { Topic } from '../domain/policy/schema'
import { digestOf } from '../domain/policyUpdate/cache'
import type { HeldCopy } from '../workers/policy/protocol'

/** The shipped data: a whole bundle (tests, scripts), or its head with the rest loaded on demand. */
export type ShippedData = PolicyBundle | ShippedFiles

export interface ShippedFiles {
  head: EmbeddedHead
  loadProvince(code: string): Promise<ProvinceRegions>
  /** a national section, when the head ships without it */
  loadSection?(section: Section): Promise<Sections[Section]>
  /** the source detail of 'national' or a province's file, when the head says they ship apart */
  loadSources?(part: string): Promise<SourceDetail | Record<string, SourceDetail>>
}

/** Whether what a page needs is at hand: loading (or not asked for yet), there, or failed to download. */
export type PartStatus = 'ready' | 'loading' | 'failed'

/** Everything a page may need beyond the head: every topic, the search over all of them, and the safety layer. */
export type Needs = Topic | 'all'

const isSection = (key: string): key is Section => (SECTIONS as readonly string[]).includes(key)
const sourcesKey = (part: string) => `sources:${part}`

export interface ShippedParts {
  /** the shipped bundle with what has loaded so far */
  bundle(): PolicyBundle
  /** the parts a page showing `needs` for `region` loads (none for a region without shipped overrides) */
  partsFor(region: string | null, needs?: Needs): string[]
  /** the part holding what the source lines of `layer` ('national' or a region code) show on a tap */
  sourcesPartOf(layer: string): string[]
  status(parts: readonly string[]): PartStatus
  /** loads what is not there yet (again, after a failure); resolves either way */
  load(parts: readonly string[]): Promise<void>
  /** every part's state, for pages to follow */
  states(): Readonly<Record<string, PartStatus>>
  /** how the config check recognises the shipped file when it is served again */
  held(): HeldCopy
}

export function createShippedParts(data: ShippedData, provinceOf: (code: string) => string | undefined, changed: () => void): ShippedParts {
  return 'regions' in data ? wholeBundle(data) : inParts(data, provinceOf, changed)
}

function inParts(data: ShippedFiles, provinceOf: (code: string) => string | undefined, changed: () => void): ShippedParts {
  const { head } = data
  const provinces = new Set(head.provinces)
  const apart = SECTIONS.filter((section) => head.national[section] === undefined && data.loadSection !== undefined)
  const detailApart = head.sourceDetail === true && data.loadSources !== undefined

  const states: Record<string, PartStatus> = {}
  const running = new Map<string, Promise<void>>()
  const provinceData = new Map<string, ProvinceRegions>()
  const provinceDetail = new Map<string, Record<string, SourceDetail>>()
  const sections: Sections = {}
  let nationalDetail: SourceDetail | undefined
  let assembled: PolicyBundle | null = null

  function bundle(): PolicyBundle {
    if (assembled) return assembled
    const national: NationalHead = nationalDetail ? withSourceDetail(head.national, nationalDetail) : head.national
    const regions: ProvinceRegions = {}
    for (const [province, files] of provinceData) {
      const detail = provinceDetail.get(province)
      for (const [code, file] of Object.entries(files)) {
        const d = detail?.[code]
        regions[code] = d ? withSourceDetail(file, d) : file
      }
    }
    assembled = embeddedBundle({ ...head, national }, regions, sections)
    return assembled
  }

  function fetchPart(key: string): Promise<void> {
    if (isSection(key)) {
      return (data.loadSection?.(key) ?? Promise.resolve(undefined)).then((section) => {
        Object.assign(sections, { [key]: section })
      })
    }
    if (key.startsWith('sources:')) {
      const part = key.slice('sources:'.length)
      return (data.loadSources?.(part) ?? Promise.resolve({})).then((detail: SourceDetail | Record<string, SourceDetail>) => {
        if (part === 'national') nationalDetail = detail as SourceDetail
        else provinceDetail.set(part, detail as Record<string, SourceDetail>)
      })
    }
    return data.loadProvince(key).then((regions: ProvinceRegions) => void provinceData.set(key, regions))
  }

  function load(parts: readonly string[]): Promise<void> {
    return Promise.all(
      parts.map((key) => {
        if (states[key] === 'ready') return Promise.resolve()
        const inFlight = running.get(key)
        if (inFlight) return inFlight
        states[key] = 'loading'
        const done = fetchPart(key)
          .then(
            () => {
              states[key] = 'ready'
              assembled = null
            },
            () => {
              // a subpackage that could not be downloaded: the page offers to try again
              states[key] = 'failed'
            }
          )
          .finally(() => {
            running.delete(key)
            changed()
          })
        running.set(key, done)
        changed()
        return done
      })
    ).then(() => undefined)
  }

  const shippedProvince = (region: string | null): string | undefined => {
    const province = region === null ? undefined : provinceOf(region)
    return province !== undefined && provinces.has(province) ? province : undefined
  }

  return {
    bundle,
    partsFor(region, needs) {
      const province = shippedProvince(region)
      const section = apart.filter((s) => needs === s || needs === 'all')
      return [...(province ? [province] : []), ...section]
    },
    sourcesPartOf(layer) {
      if (!detailApart) return []
      if (layer === 'national') return [sourcesKey('national')]
      const province = shippedProvince(layer)
      return province ? [sourcesKey(province)] : []
    },
    status(parts) {
      if (parts.some((k) => states[k] === 'failed')) return 'failed'
      return parts.every((k) => states[k] === 'ready') ? 'ready' : 'loading'
    },
    load,
    states: () => ({ ...states }),
    held: () => ({ kind: 'embedded', ...head.payload })
  }
}

/** A whole bundle: nothing to load. */
function wholeBundle(data: PolicyBundle): ShippedParts {
  let held: HeldCopy | undefined
  return {
    bundle: () => data,
    partsFor: () => [],
    sourcesPartOf: () => [],
    status: () => 'ready',
    load: () => Promise.resolve(),
    states: () => ({}),
    held() {
      if (!held) {
        const text = JSON.stringify(data)
        held = { kind: 'embedded', length: text.length, digest: digestOf(text) }
      }
      return held
    }
  }
}
