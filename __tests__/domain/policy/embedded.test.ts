/**
 * The shipped policy data cut into the pieces the app loads (scripts/generate-policy-packages.ts): nothing is lost
 * or added, each region sits in its province's file, the sections one guide shows (提取, 去外地看病) ship apart,
 * what source lines show on a tap (titles, notes, quotes) is kept apart from what first screens show and goes back
 * exactly, and the head names the whole bundle's text.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import head from '../../../src/generated/policy/national.json'
import {
  embeddedBundle,
  splitSourceDetail,
  withSourceDetail,
  NOT_LOADED,
  SECTIONS,
  type EmbeddedHead,
  type NationalHead,
  type ProvinceRegions,
  type Sections,
  type SourceDetail
} from '../../../src/domain/policy/embedded'
import type { PolicyBundle } from '../../../src/domain/policy/bundle'
import { resolvePolicy } from '../../../src/domain/policy/resolve'
import { digestOf } from '../../../src/domain/policyUpdate/cache'
import { regionFacts } from '../../../src/domain/region/facts'
import { copy, realBundle } from '../../support/policyFixtures'

const GENERATED = join(__dirname, '..', '..', '..', 'src', 'generated')
const POLICY = join(GENERATED, 'policy')
const text = readFileSync(join(GENERATED, 'policies.json'), 'utf8')
const shipped = head as unknown as EmbeddedHead
const read = <T>(...path: string[]) => JSON.parse(readFileSync(join(POLICY, ...path), 'utf8')) as T
const provinceFiles = readdirSync(join(POLICY, 'regions')).sort()
const province = (file: string) => read<ProvinceRegions>('regions', file)
const provinceDetail = (file: string) => read<Record<string, SourceDetail>>('sources', file)

/** The shipped bundle with every part back, as the store puts it together. */
function wholeFromParts(): PolicyBundle {
  const national = withSourceDetail(shipped.national, read<SourceDetail>('sources', 'national.json'))
  const regions: ProvinceRegions = {}
  for (const file of provinceFiles) {
    const detail = provinceDetail(file)
    for (const [code, policy] of Object.entries(province(file))) regions[code] = withSourceDetail(policy, detail[code] ?? { sources: [], quotes: [] })
  }
  const sections: Sections = Object.fromEntries(SECTIONS.map((section) => [section, read<unknown>('sections', `${section}.json`)]))
  return embeddedBundle({ ...shipped, national }, regions, sections)
}

/** Every string anywhere in a value. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.values(value as Record<string, unknown>).flatMap(strings)
}

describe('the shipped data in packages', () => {
  it('head, sections, every province file and every file’s source detail are the whole bundle, key for key', () => {
    expect(wholeFromParts()).toEqual(JSON.parse(text))
  })

  it('what every first screen loads carries no quote, title or note, and none of the sections one guide shows', () => {
    const first: unknown[] = [shipped.national, ...provinceFiles.map(province)]
    const quotes = provinceFiles.flatMap((f) => Object.values(provinceDetail(f)).flatMap((d) => d.quotes)).filter((q): q is string => q !== 0)
    expect(quotes.length).toBeGreaterThan(100)
    const shown = new Set(first.flatMap(strings))
    expect(quotes.filter((q) => shown.has(q))).toEqual([])
    expect(JSON.stringify(first)).not.toContain('"quote":')
    const sourceLists = [shipped.national.sources, ...provinceFiles.flatMap((f) => Object.values(province(f)).map((r) => r.sources))]
    expect(sourceLists.flat().filter((s) => s.title !== '' || s.note !== undefined)).toEqual([])
    expect(shipped.national.yidi).toBeUndefined()
    expect(shipped.national.withdraw).toBeUndefined()
    expect(shipped.sourceDetail).toBe(true)
  })

  it('each province file holds that province and its cities only, and the head lists exactly the files there are', () => {
    expect(shipped.provinces.map((p) => `${p}.json`)).toEqual(provinceFiles)
    expect(readdirSync(join(POLICY, 'sources')).sort()).toEqual([...provinceFiles, 'national.json'].sort())
    for (const file of provinceFiles) {
      const code = file.slice(0, 6)
      for (const region of Object.keys(province(file))) expect(regionFacts.provinceOf(region)).toBe(code)
      expect(Object.keys(provinceDetail(file))).toEqual(Object.keys(province(file)))
    }
  })

  it('the head names the bundle’s text by length and digest (how the shipped file is recognised when served)', () => {
    expect(shipped.payload).toEqual({ length: text.length, digest: digestOf(text) })
    expect(JSON.stringify(JSON.parse(text))).toBe(text)
  })
})

describe('source detail apart and back', () => {
  const bundle = realBundle()

  it.each(Object.keys(bundle.regions).map((code) => [code]))('region %s: split and put back is the file as built', (code) => {
    const file = bundle.regions[code]
    if (!file) throw new Error(code)
    const { file: thin, detail } = splitSourceDetail(file)
    expect(withSourceDetail(thin, detail)).toEqual(file)
    expect(detail.sources).toHaveLength(file.sources.length)
  })

  it('a bare-id citation stays bare, a quoted one gets its own quote back, in the order they come', () => {
    const { yidi: _yidi, withdraw: _withdraw, ...national } = copy(bundle.national)
    const n = national as NationalHead
    const first = n.balance.channels[0]
    if (!first) throw new Error('fixture: a channel')
    first.sources = ['src-a', { id: 'src-b', quote: '第一句' }, { id: 'src-a', quote: '第二句' }] as typeof first.sources
    const { file, detail } = splitSourceDetail(n)
    expect(file.balance.channels[0]?.sources).toEqual(['src-a', 'src-b', 'src-a'])
    expect(withSourceDetail(file, detail).balance.channels[0]?.sources).toEqual(first.sources)
  })

  it('without its detail, a shipped file resolves to the same facts with empty titles and no quotes', () => {
    const { file } = splitSourceDetail(bundle.national)
    const full = resolvePolicy(bundle.national, {}, [], null)
    const thin = resolvePolicy(file, {}, [], null)
    expect(thin.family.paths.map((p) => [p.id, p.name, p.sources.map((s) => s.id)])).toEqual(
      full.family.paths.map((p) => [p.id, p.name, p.sources.map((s) => s.id)])
    )
    expect(thin.family.paths.flatMap((p) => p.sources.flatMap((s) => [s.title, ...s.quotes]))).toEqual(
      thin.family.paths.flatMap((p) => p.sources.map(() => ''))
    )
  })

  it('until a section is in, the bundle resolves with an empty one in its place', () => {
    const { yidi, withdraw, ...national } = bundle.national
    const b = embeddedBundle({ ...shipped, national }, {})
    expect(b.national.yidi).toBe(NOT_LOADED.yidi)
    expect(b.national.withdraw).toBe(NOT_LOADED.withdraw)
    const resolved = resolvePolicy(b.national, {}, [], null)
    expect([resolved.yidi.paths, resolved.withdraw.situations]).toEqual([[], []])
    expect(embeddedBundle({ ...shipped, national }, {}, { yidi, withdraw }).national).toEqual(bundle.national)
  })
})
