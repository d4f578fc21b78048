/**
 * @jest-environment node
 *
 * Layering national → province → city, first over the real policies/ (expectations are read
 * from the JSON files themselves, and the regions under test are picked from the data so the
 * research that adds files does not break the premises), then with small synthetic overrides
 * for the merge rules described in policies/README.md.
 */
import { checkPhone } from '../../../src/domain/policy/allowlist'
import { hotlinePlaceOf, localHotline } from '../../../src/domain/policy/hotline'
import { notesFor, resolvePolicy, type Cited, type LayerRef } from '../../../src/domain/policy/resolve'
import { effectiveStrength } from '../../../src/domain/policy/sourceTrust'
import type {
  BalanceChannelEntry,
  BindingPathEntry,
  Citation,
  FilingKindEntry,
  FilingPathEntry,
  NationalPolicy,
  RegionPolicy,
  SituationEntry,
  Source
} from '../../../src/domain/policy/schema'
import { regionList } from '../../../src/domain/region/fullList'
import { rawNational, rawRegion, realBundle, regionFileCodes } from '../../support/policies'

const { all: allRegions, areaCodesOf, getRegion, placesWithAreaCode, regionChain } = regionList

const bundle = realBundle()
const national = rawNational()
const files = new Set(regionFileCodes())
const resolveReal = (code: string) =>
  resolvePolicy(bundle.national, bundle.regions, regionChain(code), code, {
    hotline: hotlinePlaceOf(code, { getRegion, areaCodesOf, placesWithAreaCode })
  })
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((x) => x.id)
const codes = (layers: readonly LayerRef[]) => layers.map((l) => l.code)
const sourceIds = (c: Cited) => c.sources.map((s) => s.id)
/** The distinct source ids a file's citations name, in the order they are first cited. */
const citedIds = (cites: readonly Citation[]) => [...new Set(cites.map((c) => (typeof c === 'string' ? c : c.id)))]
/** The words a file's citations quote from one source. */
const quotesOf = (cites: readonly Citation[], id: string) => cites.flatMap((c) => (typeof c !== 'string' && c.id === id ? [c.quote] : []))

describe('with the real policies', () => {
  it('every region file loaded into the bundle', () => {
    expect(Object.keys(bundle.regions).sort()).toEqual(regionFileCodes())
  })

  describe.each(regionFileCodes())('region file %s', (code) => {
    const r = resolveReal(code)
    const chainFiles = regionChain(code).filter((c) => files.has(c))

    it('layers national and exactly the files on its chain, dated by the most specific', () => {
      expect(codes(r.layers)).toEqual(['national', ...chainFiles])
      expect(r.hasLocalInfo).toBe(true)
      expect(r.checkedOn).toBe(rawRegion(chainFiles[chainFiles.length - 1] ?? code).checkedOn)
    })

    it('gives every fact the sources it cites, from the file it came from, with an effective date', () => {
      type Written = { id: string; sources: Citation[] }
      // Where each kind of fact is written, in national.json and in a region file.
      const lists: Array<[Array<{ id: string } & Cited>, (f: RegionPolicy) => Written[] | undefined, Written[]]> = [
        [r.notes, (f) => f.notes, national.notes ?? []],
        [r.balance.channels, (f) => f.balance?.channels?.upsert, national.balance.channels],
        [r.family.paths, (f) => f.family?.paths?.upsert, national.family.paths],
        [r.withdraw.situations, (f) => f.withdraw?.situations?.upsert, national.withdraw.situations],
        [r.myths, () => [], national.myths],
        [r.yidi.kinds, (f) => f.yidi?.kinds?.upsert, national.yidi.kinds],
        [r.yidi.paths, (f) => f.yidi?.paths?.upsert, national.yidi.paths],
        [r.yidi.myths, () => [], national.yidi.myths]
      ]
      for (const [facts, inRegion, inNational] of lists) {
        for (const fact of facts) {
          expect(fact.sources.length).toBeGreaterThan(0)
          if (fact.id === 'local-hotline') continue // generated, checked below
          const file = fact.from.code === 'national' ? national : rawRegion(fact.from.code)
          const written = ('region' in file ? (inRegion(file) ?? []) : inNational).find((x) => x.id === fact.id)
          expect(fact.sources.map((s) => s.id)).toEqual(citedIds(written?.sources ?? []))
          for (const s of fact.sources) {
            const entry = file.sources.find((x) => x.id === s.id)
            // shown at the strength its address allows (sourceTrust.test.ts), never above the file's claim
            if (!entry) throw new Error(`no source ${s.id}`)
            expect(s).toEqual({
              ...entry,
              strength: effectiveStrength(entry),
              checkedOn: entry.checkedOn ?? file.checkedOn,
              quotes: quotesOf(written?.sources ?? [], s.id)
            })
          }
        }
      }
    })
  })

  describe('a city without a file of its own, under a province that has one', () => {
    const city = allRegions.find((c) => c.level === 'city' && !files.has(c.code) && c.parent !== null && files.has(c.parent))
    const province = city?.parent ? rawRegion(city.parent) : undefined
    const r = city ? resolveReal(city.code) : undefined

    it('exists in the data (the premise of this test)', () => {
      expect(city).toBeDefined()
    })

    it('gets the province’s layer, date, paths and notes', () => {
      if (!city || !province || !r) throw new Error('premise')
      expect(codes(r.layers)).toEqual(['national', city.parent])
      expect(r.checkedOn).toBe(province.checkedOn)
      const added = province.family?.paths?.upsert ?? []
      for (const p of added) expect(r.family.paths.find((x) => x.id === p.id)?.from.code).toBe(city.parent)
      expect(r.notes.map((n) => n.text)).toEqual((province.notes ?? []).map((n) => n.text))
    })
  })

  it('resolves national rules (no region) to the national layer only, with no local line', () => {
    const r = resolvePolicy(bundle.national, bundle.regions, [])
    expect(r.region).toBeNull()
    expect(r.hasLocalInfo).toBe(false)
    expect(codes(r.layers)).toEqual(['national'])
    expect(localHotline(r)).toBeNull()
    expect(r.notes).toEqual([])
  })

  it('the national layer alone equals national.json, facts aside', () => {
    const r = resolvePolicy(bundle.national, {}, ['150000', '150100'])
    const strip = <T extends Cited>(items: T[]) => items.map(({ from: _from, sources: _sources, ...rest }) => rest)
    const bare = <T extends { sources: Citation[] }>(items: T[]) => items.map(({ sources: _sources, ...rest }) => rest)
    expect(strip(r.balance.channels)).toEqual(bare(national.balance.channels))
    expect(strip(r.family.paths)).toEqual(bare(national.family.paths))
    expect(strip(r.withdraw.situations)).toEqual(bare(national.withdraw.situations))
    expect(strip(r.myths)).toEqual(bare(national.myths))
    expect(strip(r.yidi.kinds)).toEqual(bare(national.yidi.kinds))
    expect(strip(r.yidi.paths)).toEqual(bare(national.yidi.paths))
    expect(r.yidi.claim.materials).toEqual(national.yidi.claim.materials)
    expect(r.yidi.localFrom).toEqual([])
    expect(sourceIds(r.balance.accountsCited)).toEqual(citedIds(national.balance.accountsSources))
    expect(sourceIds(r.withdraw.cited)).toEqual(citedIds(national.withdraw.sources))
    expect(sourceIds(r.family.from.scope)).toEqual(citedIds(national.family.sources))
    expect(r.family.rules).toEqual(national.family.rules)
  })

  describe('the 区号-12393 line every place with one area code gets', () => {
    it.each([
      ['630200', '海东', '0972-12393'],
      ['410200', '开封', '0371-12393'], // the data package still says 0378 (scripts/area-codes.ts)
      ['500000', '重庆', '023-12393'],
      ['419001', '济源', '0391-12393'],
      ['429004', '仙桃', '0728-12393'],
      ['469002', '琼海', '0898-12393'],
      ['130500', '邢台', '0319-12393'],
      ['350200', '厦门', '0592-12393']
    ])('%s %s dials %s, sourced to the national 12393 facts', (code, name, number) => {
      const r = resolveReal(code)
      expect(localHotline(r)).toEqual(expect.objectContaining({ kind: 'call', number }))
      const channel = r.balance.channels.find((c) => c.id === 'local-hotline')
      // it names the number, not a bureau: which office answers is not something the data knows
      expect(channel?.name).toBe(`医保服务热线 ${number}`)
      expect(channel?.name).not.toContain(name)
      expect(channel?.steps.join('')).toContain(number)
      // it takes the plain 12393 row's place (its steps say a bare 12393 works locally), with its sources
      const plain = resolvePolicy(bundle.national, bundle.regions, [], null).balance.channels
      const at = plain.findIndex((c) => c.id === 'hotline-12393')
      expect(r.balance.channels.map((c) => c.id).indexOf('local-hotline')).toBe(at)
      expect(r.balance.channels.some((c) => c.id === 'hotline-12393')).toBe(false)
      expect(channel?.steps.join('')).toContain('直接拨 12393')
      expect(channel?.sources).toEqual(plain[at]?.sources)
      expect(channel?.sources.length).toBeGreaterThan(0)
    })

    it.each([
      ['620000', '甘肃'],
      ['440000', '广东']
    ])('%s %s (a province with several codes) has none', (code) => {
      expect(areaCodesOf(code).length).toBeGreaterThan(1)
      expect(localHotline(resolveReal(code))).toBeNull()
    })

    it.each([
      ['429004', '0728', ['潜江', '天门']],
      ['450100', '0771', ['崇左']],
      ['510100', '028', ['眉山', '资阳']],
      ['410100', '0371', ['开封']],
      ['210100', '024', ['抚顺', '本溪', '铁岭']],
      ['520100', '0851', ['遵义', '安顺']],
      ['341200', '0558', ['亳州']]
    ])('%s shares %s with other places (computed from the region data): the caller says where they are insured', (code, areaCode, others) => {
      const place = hotlinePlaceOf(code, { getRegion, areaCodesOf, placesWithAreaCode })
      expect(place?.areaCode).toBe(areaCode)
      expect(place?.sharedWith).toEqual(expect.arrayContaining(others))
      const steps =
        resolveReal(code)
          .balance.channels.find((c) => c.id === 'local-hotline')
          ?.steps.join('') ?? ''
      for (const other of others) expect(steps).toContain(other)
      expect(steps).toContain('接通后请先说您在哪个城市参保')
    })

    it.each(['350200', '630200', '500000', '130500'])('%s has its area code to itself: no sharing line', (code) => {
      expect(hotlinePlaceOf(code, { getRegion, areaCodesOf, placesWithAreaCode })?.sharedWith).toBeUndefined()
      const steps =
        resolveReal(code)
          .balance.channels.find((c) => c.id === 'local-hotline')
          ?.steps.join('') ?? ''
      expect(steps).not.toContain('哪个城市参保')
    })

    it('promises a 医保 service line, not a particular bureau', () => {
      for (const region of allRegions) {
        const line = resolveReal(region.code).balance.channels.find((c) => c.id === 'local-hotline')
        if (!line) continue
        expect(line.steps.join('')).not.toMatch(/会接到/)
      }
    })

    it('every city and 直辖市 the app knows has one', () => {
      const without = allRegions.filter((g) => (g.level === 'city' || g.areaCode !== null) && localHotline(resolveReal(g.code)) === null)
      expect(without.map((g) => `${g.code} ${g.name}`)).toEqual([])
    })
  })

  describe('over every region the app knows', () => {
    const everyCode = allRegions.map((region) => region.code)
    /** myths from policies/README.md that must never be offered as a way to withdraw */
    const FORBIDDEN_ID = /major-illness|serious-illness|critical|quit|give-up|retire-lump|lump-sum/
    const FORBIDDEN_NAME = /大病|重大疾病|重病|放弃.*医保|退保|一次性/

    it('covers every region file', () => {
      for (const code of regionFileCodes()) expect(everyCode).toContain(code)
    })

    it('checks the forbidden-words rule against the national myths it is meant for', () => {
      const mythIds = national.myths.map((m) => m.id).join(' ')
      expect(mythIds).toMatch(FORBIDDEN_ID)
      expect(national.myths.some((m) => FORBIDDEN_NAME.test(m.claim))).toBe(true)
    })

    it('no region ever offers a 大病 or 放弃职工医保 withdrawal', () => {
      const offending = everyCode.flatMap((code) =>
        resolveReal(code)
          .withdraw.situations.filter((s) => FORBIDDEN_ID.test(s.id) || FORBIDDEN_NAME.test(s.name))
          .map((s) => `${code}: ${s.id} ${s.name}`)
      )
      expect(offending).toEqual([])
    })

    it('every region only dials official numbers for its own area codes', () => {
      let checked = 0
      const offending = everyCode.flatMap((code) => {
        const r = resolveReal(code)
        const areaCodes = areaCodesOf(code)
        const calls = [...r.balance.channels, ...r.family.paths].flatMap((x) => x.actions).filter((a) => a.kind === 'call')
        checked += calls.length
        return calls.flatMap((call) => {
          const problem = checkPhone(call.number, areaCodes)
          return problem ? [`${code}: ${problem}`] : []
        })
      })
      expect(offending).toEqual([])
      // every region offers at least the national 12393 and 12333 lines
      expect(checked).toBeGreaterThanOrEqual(everyCode.length * 2)
    })

    it('a city’s number fails elsewhere', () => {
      expect(checkPhone('0592-12393', areaCodesOf('350200'))).toBeNull()
      expect(checkPhone('0592-12393', areaCodesOf('620200'))).not.toBeNull()
    })
  })
})

describe('merge rules (synthetic overrides)', () => {
  const src = (id: string, more: Partial<Source> = {}): Source => ({ id, title: `来源 ${id}`, strength: 'weak', ...more })
  const channel = (id: string, name = id, sources = ['s']): BalanceChannelEntry => ({
    id,
    name,
    kind: 'online',
    steps: [`${name} 的步骤`],
    needs: [],
    suits: [],
    limits: [],
    actions: [],
    sources
  })
  const path = (id: string, sources = ['s']): BindingPathEntry => ({
    id,
    name: id,
    kind: 'counter',
    summary: `${id} 的说明`,
    prepare: [],
    steps: [{ title: '去窗口', who: 'giver', detail: '带身份证去窗口' }],
    afterwards: [],
    unbind: '到窗口解除',
    actions: [],
    sources
  })
  const situation = (id: string, name = id, sources = ['s']): SituationEntry => ({
    id,
    name,
    description: `${name} 的说明`,
    whoMayApply: ['本人'],
    materials: [{ id: 'id-card', name: '身份证', form: '原件' }],
    where: '医保窗口',
    steps: [{ title: '申请', detail: '提交申请' }],
    sources
  })

  const kind = (id: string, group: FilingKindEntry['group'] = 'temporary', sources: Citation[] = ['s']): FilingKindEntry => ({
    id,
    group,
    name: `${id} 人员`,
    who: `${id} 的人`,
    validity: '6 个月',
    goingBack: '可以回去看病',
    payment: '按参保地',
    sources
  })
  const filing = (id: string, sources: Citation[] = ['s']): FilingPathEntry => ({
    id,
    name: id,
    kind: 'counter',
    summary: `${id} 的说明`,
    prepare: [],
    steps: [{ title: '去窗口', detail: '带身份证去窗口' }],
    afterwards: [],
    manage: '到窗口取消',
    actions: [],
    sources
  })
  const lines = (text: string) => [{ text, sources: ['n'] }]

  const base: NationalPolicy = {
    checkedOn: '2026-01-01',
    sources: [src('n'), src('hotline', { strength: 'medium', checkedOn: '2025-12-01' })],
    balance: {
      channels: [channel('a', 'a', ['n']), channel('hotline-12393', '12393', ['hotline']), channel('c', 'c', ['n'])],
      accounts: national.balance.accounts,
      accountsSources: ['n']
    },
    family: {
      sources: ['n'],
      eligibleInsurance: '职工医保',
      relatives: ['spouse', 'parent', 'child'],
      relativesNote: '全国的说明',
      scope: 'cross-province',
      scopeNote: '全国可以跨省',
      uses: ['看病', '买药'],
      notAllowed: ['健身'],
      rules: ['用自己的卡'],
      paths: [path('p1', ['n']), path('p2', ['n'])]
    },
    withdraw: { sources: ['n'], situations: [situation('death', 'death', ['n']), situation('abroad', 'abroad', ['n'])], alternatives: ['留着用'] },
    myths: [],
    yidi: {
      answer: { title: '能用', lines: [{ text: '先备案', sources: [{ id: 'n', quote: '备案长期有效' }] }] },
      scope: lines('跨省'),
      kinds: [kind('long', 'long-term', ['n']), kind('trip', 'temporary', ['n'])],
      paths: [filing('app', ['n']), filing('counter', ['n'])],
      time: lines('各地不同'),
      late: lines('出院前补办'),
      onTheDay: lines('带医保码'),
      claim: {
        intro: '回参保地报销',
        materials: [
          { id: 'receipts', name: '收费票据', form: '原件' },
          { id: 'list', name: '费用清单', form: '原件' }
        ],
        steps: ['交材料'],
        sources: ['n']
      },
      myths: []
    }
  }
  const region = (code: string, rest: Partial<RegionPolicy> = {}): RegionPolicy => ({
    region: code,
    checkedOn: code === 'P' ? '2026-02-01' : '2026-03-01',
    sources: [src('s')],
    ...rest
  })
  const resolve = (overrides: Record<string, RegionPolicy>, chain = ['P', 'C']) => resolvePolicy(base, overrides, chain)

  it('upsert with an inherited id replaces that item in place', () => {
    const b2 = channel('hotline-12393', '新的 b')
    const r = resolve({ C: region('C', { balance: { channels: { upsert: [b2] } } }) })
    expect(r.balance.channels.map((c) => [c.id, c.name, c.from.code])).toEqual([
      ['a', 'a', 'national'],
      ['hotline-12393', '新的 b', 'C'],
      ['c', 'c', 'national']
    ])
  })

  it('upsert with a new id appends, in the order given', () => {
    const r = resolve({ C: region('C', { balance: { channels: { upsert: [channel('y'), channel('x')] } } }) })
    expect(ids(r.balance.channels)).toEqual(['a', 'hotline-12393', 'c', 'y', 'x'])
  })

  it('remove drops inherited items and keeps the order of the rest', () => {
    const r = resolve({ C: region('C', { balance: { channels: { remove: ['a', 'c', 'not-there'] } } }) })
    expect(ids(r.balance.channels)).toEqual(['hotline-12393'])
    expect(r.balance.channels[0]?.from.code).toBe('national')
  })

  it('a city replaces what its province added and removes what it inherited', () => {
    const r = resolve({
      P: region('P', { family: { paths: { upsert: [path('prov'), path('p1')] } } }),
      C: region('C', { family: { paths: { upsert: [path('prov')], remove: ['p2'] } } })
    })
    expect(r.family.paths.map((p) => [p.id, p.from.code])).toEqual([
      ['p1', 'P'],
      ['prov', 'C']
    ])
  })

  it('withdraw situations merge by id too', () => {
    const r = resolve({ C: region('C', { withdraw: { situations: { upsert: [situation('abroad', '出国定居')], remove: ['death'] } } }) })
    expect(r.withdraw.situations.map((s) => [s.id, s.name, s.from.code])).toEqual([['abroad', '出国定居', 'C']])
    expect(r.withdraw.alternatives).toEqual(base.withdraw.alternatives)
  })

  describe('去外地看病 (yidi)', () => {
    it('kinds and ways to file merge by id, keeping the layer each came from', () => {
      const r = resolve({
        P: region('P', { yidi: { kinds: { upsert: [kind('trip')] }, paths: { upsert: [filing('province-app')] } } }),
        C: region('C', { yidi: { paths: { remove: ['counter'] } } })
      })
      expect(r.yidi.kinds.map((k) => [k.id, k.from.code])).toEqual([
        ['long', 'national'],
        ['trip', 'P']
      ])
      expect(r.yidi.paths.map((p) => [p.id, p.from.code])).toEqual([
        ['app', 'national'],
        ['province-app', 'P']
      ])
      expect(r.yidi.localFrom).toEqual(['P', 'C'])
    })

    it('a region’s claim materials replace or add by id, and the list cites both layers', () => {
      const r = resolve({
        C: region('C', {
          yidi: {
            claim: {
              materials: {
                upsert: [
                  { id: 'list', name: '费用明细清单（医院盖章）', form: '原件' },
                  { id: 'agent', name: '代办人身份证', form: '原件' }
                ]
              },
              sources: ['s']
            }
          }
        })
      })
      expect(r.yidi.claim.materials.map((m) => [m.id, m.name])).toEqual([
        ['receipts', '收费票据'],
        ['list', '费用明细清单（医院盖章）'],
        ['agent', '代办人身份证']
      ])
      expect(r.yidi.claim.cited.from.code).toBe('C')
      expect(sourceIds(r.yidi.claim.cited)).toEqual(['n', 's'])
    })

    it('a region with only a note for this guide counts as local for it; a note for another guide does not', () => {
      const note = (topic: 'yidi' | 'family') => ({ notes: [{ id: 'x', text: '本地提示', topics: [topic], sources: ['s'] }] })
      expect(resolve({ C: region('C', note('yidi')) }).yidi.localFrom).toEqual(['C'])
      expect(resolve({ C: region('C', note('family')) }).yidi.localFrom).toEqual([])
      expect(resolve({}).yidi.localFrom).toEqual([])
    })

    it('a quoted citation carries its quote to the source shown; a bare id carries none', () => {
      const r = resolve({})
      expect(r.yidi.answer.lines[0]?.sources).toEqual([{ ...src('n'), checkedOn: '2026-01-01', quotes: ['备案长期有效'] }])
      expect(r.yidi.scope[0]?.sources[0]?.quotes).toEqual([])
    })
  })

  it('does not change the national policy or the overrides it merges', () => {
    const before = JSON.stringify(base)
    const overrides = { C: region('C', { balance: { channels: { upsert: [channel('c', 'C')], remove: ['a'] } } }) }
    const overridesBefore = JSON.stringify(overrides)
    resolve(overrides)
    expect(JSON.stringify(base)).toBe(before)
    expect(JSON.stringify(overrides)).toBe(overridesBefore)
  })

  describe('per-fact sources', () => {
    const file = region('C', {
      checkedOn: '2026-03-01',
      sources: [src('gov', { strength: 'strong', url: 'https://ybj.example.gov.cn/a' }), src('blog', { checkedOn: '2025-01-05', note: '网上资料' })],
      balance: { channels: { upsert: [channel('app', 'app', ['gov'])] } },
      family: { paths: { upsert: [path('local', ['blog', 'gov'])] } },
      withdraw: { situations: { upsert: [situation('death', '去世', ['blog'])] } }
    })
    const r = resolve({ C: file })

    it('a card gets only the sources it cites, in the order cited', () => {
      expect(r.balance.channels.find((c) => c.id === 'app')?.sources.map((s) => s.id)).toEqual(['gov'])
      expect(r.family.paths.find((p) => p.id === 'local')?.sources.map((s) => s.id)).toEqual(['blog', 'gov'])
      expect(r.withdraw.situations.find((s) => s.id === 'death')?.sources.map((s) => s.id)).toEqual(['blog'])
    })

    it('a source without its own date takes its file’s; one with a date keeps it', () => {
      const [blog, gov] = r.family.paths.find((p) => p.id === 'local')?.sources ?? []
      expect(gov).toEqual({
        id: 'gov',
        title: '来源 gov',
        strength: 'strong',
        url: 'https://ybj.example.gov.cn/a',
        checkedOn: '2026-03-01',
        quotes: []
      })
      expect(blog).toEqual({ id: 'blog', title: '来源 blog', strength: 'weak', checkedOn: '2025-01-05', note: '网上资料', quotes: [] })
    })

    it('an inherited national fact keeps the national sources', () => {
      const a = r.balance.channels.find((c) => c.id === 'a')
      expect(a?.from).toEqual({ code: 'national', checkedOn: '2026-01-01' })
      expect(a?.sources).toEqual([{ id: 'n', title: '来源 n', strength: 'weak', checkedOn: '2026-01-01', quotes: [] }])
    })

    it('family plain fields cite family.sources of the layer that set them', () => {
      const withFamily = resolve({ C: region('C', { family: { sources: ['s'], scopeNote: '本市说明' } }) })
      expect(withFamily.family.from.scope.from.code).toBe('C')
      expect(sourceIds(withFamily.family.from.scope)).toEqual(['s'])
      expect(withFamily.family.from.uses.from.code).toBe('national')
    })
  })

  describe('notes', () => {
    const note = (id: string, text: string, topics: Array<'balance' | 'family' | 'withdraw'>) => ({ id, text, topics, sources: ['s'] })

    it('the city’s notes come first, then the province’s; a city note with the same id replaces the province’s', () => {
      const r = resolve({
        P: region('P', { notes: [note('wallet', '省里的钱包', ['family']), note('app', '省里的 APP', ['balance', 'family'])] }),
        C: region('C', { notes: [note('wallet', '市里的钱包', ['family']), note('counter', '市里的窗口', ['withdraw'])] })
      })
      expect(r.notes.map((n) => [n.text, n.from.code])).toEqual([
        ['市里的钱包', 'C'],
        ['市里的窗口', 'C'],
        ['省里的 APP', 'P']
      ])
    })

    it.each([
      ['balance', ['二', '三']],
      ['family', ['一', '三']],
      ['withdraw', ['四']]
    ] as const)('notesFor(%s) keeps only that guide’s notes, in order', (topic, texts) => {
      const r = resolve({
        C: region('C', {
          notes: [note('a', '一', ['family']), note('b', '二', ['balance']), note('c', '三', ['balance', 'family']), note('d', '四', ['withdraw'])]
        })
      })
      expect(notesFor(r, topic).map((n) => n.text)).toEqual(texts)
    })

    it('a note carries its own sources', () => {
      const r = resolve({ C: region('C', { sources: [src('s'), src('t')], notes: [{ id: 'x', text: '说明', topics: ['family'], sources: ['t'] }] }) })
      expect(r.notes[0]?.sources.map((s) => s.id)).toEqual(['t'])
    })
  })

  describe('family rules and the 医保钱包', () => {
    it('extraRules append to the national rules, layer by layer, and the rules cite both', () => {
      const r = resolve({
        P: region('P', { sources: [src('zj')], family: { sources: ['zj'], extraRules: ['省里：一位家人只能由一人共济'] } }),
        C: region('C', { sources: [src('city')], family: { sources: ['city'], extraRules: ['市里的规定'] } })
      })
      expect(r.family.rules).toEqual(['用自己的卡', '省里：一位家人只能由一人共济', '市里的规定'])
      expect(r.family.from.rules.from.code).toBe('C')
      expect(sourceIds(r.family.from.rules)).toEqual(['n', 'zj', 'city'])
    })

    it('the wallet is unknown unless a layer says; the most specific layer wins', () => {
      expect(resolve({}).family.wallet).toEqual({ status: 'unknown' })
      const r = resolve({
        P: region('P', { family: { wallet: { status: 'live', asOf: '2025-09-22', sources: ['s'] } } }),
        C: region('C', { family: { wallet: { status: 'testing', asOf: '2025-10-01', sources: ['s'] } } })
      })
      expect(r.family.wallet).toMatchObject({ status: 'testing', asOf: '2025-10-01' })
      expect(r.family.wallet.cited?.from.code).toBe('C')
    })

    it('a national default applies where no province says', () => {
      const withDefault: NationalPolicy = { ...base, family: { ...base.family, wallet: { status: 'live', asOf: '2025-09-22', sources: ['n'] } } }
      expect(resolvePolicy(withDefault, {}, ['P', 'C']).family.wallet.status).toBe('live')
      const gd = { P: region('P', { family: { wallet: { status: 'not-yet' as const, asOf: '2025-09-22', sources: ['s'] } } }) }
      expect(resolvePolicy(withDefault, gd, ['P', 'C']).family.wallet.status).toBe('not-yet')
    })
  })

  describe('the generated local line', () => {
    it('is added for a place and cites what the national 12393 channel cites', () => {
      const r = resolvePolicy(base, {}, ['P', 'C'], 'C', { hotline: { name: '海东', areaCode: '0972' } })
      const line = r.balance.channels.find((c) => c.id === 'local-hotline')
      expect(line?.actions).toEqual([expect.objectContaining({ kind: 'call', number: '0972-12393' })])
      expect(line?.sources).toEqual([{ id: 'hotline', title: '来源 hotline', strength: 'medium', checkedOn: '2025-12-01', quotes: [] }])
      expect(line?.from.code).toBe('national')
    })

    it('replaces a local-hotline written in an older file instead of doubling it', () => {
      const r = resolvePolicy(base, { C: region('C', { balance: { channels: { upsert: [channel('local-hotline')] } } }) }, ['C'], 'C', {
        hotline: { name: '厦门', areaCode: '0592' }
      })
      expect(r.balance.channels.filter((c) => c.id === 'local-hotline')).toHaveLength(1)
      expect(localHotline(r)?.number).toBe('0592-12393')
    })

    it('is not added without a place (a province with several area codes)', () => {
      expect(localHotline(resolvePolicy(base, {}, ['P'], 'P', { hotline: null }))).toBeNull()
    })
  })

  it('skips chain entries without an override and dates the answer by the most specific one', () => {
    const r = resolve({ P: region('P') })
    expect(codes(r.layers)).toEqual(['national', 'P'])
    expect(r.checkedOn).toBe('2026-02-01')
    const both = resolve({ P: region('P'), C: region('C') })
    expect(codes(both.layers)).toEqual(['national', 'P', 'C'])
    expect(both.checkedOn).toBe('2026-03-01')
  })
})
