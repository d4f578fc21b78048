/**
 * @jest-environment node
 *
 * Layering national → province → city, first over the real policies/ (expectations are read
 * from the JSON files themselves), then with small synthetic overrides for the merge rules
 * described in policies/README.md.
 */
import { checkPhone } from '../../src/domain/policy/allowlist'
import { resolvePolicy, type LayerRef } from '../../src/domain/policy/resolve'
import type { BalanceChannel, BindingPath, NationalPolicy, RegionPolicy, Situation } from '../../src/domain/policy/schema'
import { allRegions, areaCodesOf, regionChain } from '../../src/domain/region'
import { rawNational, rawRegion, realBundle, regionFileCodes } from './fixtures/policies'

const bundle = realBundle()
const national = rawNational()
const resolveReal = (code: string) => resolvePolicy(bundle.national, bundle.regions, regionChain(code))
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((x) => x.id)
const codes = (layers: readonly LayerRef[]) => layers.map((l) => l.code)

describe('with the real policies', () => {
  it('every region file loaded into the bundle', () => {
    expect(Object.keys(bundle.regions).sort()).toEqual(regionFileCodes())
  })

  describe('350200 厦门: a city with its own file, no province file', () => {
    const file = rawRegion('350200')
    const r = resolveReal('350200')
    const fileChannels = file.balance?.channels?.upsert ?? []

    it('has local info from exactly the national layer and its own', () => {
      expect(regionChain('350200')).toEqual(['350000', '350200'])
      expect(r.region).toBe('350200')
      expect(r.hasLocalInfo).toBe(true)
      expect(codes(r.layers)).toEqual(['national', '350200'])
      expect(r.checkedOn).toBe(file.checkedOn)
    })

    it('keeps every national channel, in order, then adds its local hotline', () => {
      expect(fileChannels.map((c) => c.id)).toEqual(['local-hotline'])
      expect(ids(r.balance.channels)).toEqual([...ids(national.balance.channels), 'local-hotline'])
    })

    it('marks national items national and the hotline as 350200 with the file’s date and sources', () => {
      const [local] = r.balance.channels.slice(-1)
      expect(local).toMatchObject(fileChannels[0] as BalanceChannel)
      expect(local?.from).toEqual({ code: '350200', checkedOn: file.checkedOn, sources: file.sources })
      for (const c of r.balance.channels.slice(0, -1)) {
        expect(c.from).toEqual({ code: 'national', checkedOn: national.checkedOn, sources: national.sources })
      }
      national.balance.channels.forEach((c, i) => expect(r.balance.channels[i]).toMatchObject(c))
    })

    it('dials the local hotline with 厦门’s own area code', () => {
      const local = r.balance.channels.find((c) => c.id === 'local-hotline')
      const calls = (local?.actions ?? []).filter((a) => a.kind === 'call')
      expect(calls).toEqual([expect.objectContaining({ number: '0592-12393' })])
      expect(areaCodesOf('350200')).toContain('0592')
    })

    it('shows its highlights, and otherwise the national family and withdraw rules', () => {
      expect(r.highlights).toEqual((file.highlights ?? []).map((text) => expect.objectContaining({ text })))
      expect(r.highlights.every((h) => h.from.code === '350200')).toBe(true)
      expect(r.family.scope).toBe(national.family.scope)
      expect(r.family.from.scope.code).toBe('national')
      expect(ids(r.family.paths)).toEqual(ids(national.family.paths))
      expect(ids(r.withdraw.situations)).toEqual(ids(national.withdraw.situations))
    })
  })

  describe('620200 嘉峪关: no file of its own, under 甘肃 620000 which has one', () => {
    const province = rawRegion('620000')
    const r = resolveReal('620200')
    const provincePaths = province.family?.paths?.upsert ?? []

    it('has no file itself (the premise of this test)', () => {
      expect(regionFileCodes()).not.toContain('620200')
      expect(regionChain('620200')).toEqual(['620000', '620200'])
    })

    it('gets the province’s layer, date and binding path', () => {
      expect(r.region).toBe('620200')
      expect(r.hasLocalInfo).toBe(true)
      expect(codes(r.layers)).toEqual(['national', '620000'])
      expect(r.checkedOn).toBe(province.checkedOn)
      expect(provincePaths.length).toBeGreaterThan(0)
      expect(ids(r.family.paths)).toEqual([...ids(national.family.paths), ...provincePaths.map((p) => p.id)])
      const added = r.family.paths.slice(national.family.paths.length)
      added.forEach((p, i) => {
        expect(p).toMatchObject(provincePaths[i] as BindingPath)
        expect(p.from).toEqual({ code: '620000', checkedOn: province.checkedOn, sources: province.sources })
      })
      expect(r.highlights.map((h) => h.text)).toEqual(province.highlights)
    })

    it('has no local hotline (a province file carries no area-code numbers)', () => {
      expect(ids(r.balance.channels)).toEqual(ids(national.balance.channels))
    })
  })

  describe('620100 兰州: its own file under 甘肃', () => {
    const province = rawRegion('620000')
    const city = rawRegion('620100')
    const r = resolveReal('620100')

    it('layers national, province, city; the city’s date wins', () => {
      expect(codes(r.layers)).toEqual(['national', '620000', '620100'])
      expect(r.checkedOn).toBe(city.checkedOn)
    })

    it('inherits the province’s binding path and adds its own hotline', () => {
      expect(r.family.paths.map((p) => [p.id, p.from.code])).toEqual([
        ...national.family.paths.map((p) => [p.id, 'national']),
        ...(province.family?.paths?.upsert ?? []).map((p) => [p.id, '620000'])
      ])
      expect(r.balance.channels.map((c) => [c.id, c.from.code]).slice(-1)).toEqual([['local-hotline', '620100']])
    })

    it('shows the city’s highlights instead of the province’s', () => {
      expect(city.highlights?.length).toBeGreaterThan(0)
      expect(r.highlights.map((h) => h.text)).toEqual(city.highlights)
      expect(r.highlights.every((h) => h.from.code === '620100')).toBe(true)
    })
  })

  describe('150100 呼和浩特: nothing for the city or 内蒙古', () => {
    const r = resolveReal('150100')

    it('has no file for itself or its province (the premise of this test)', () => {
      expect(regionChain('150100')).toEqual(['150000', '150100'])
      expect(regionFileCodes()).not.toContain('150000')
      expect(regionFileCodes()).not.toContain('150100')
    })

    it('says so and uses only the national layer', () => {
      expect(r.region).toBe('150100')
      expect(r.hasLocalInfo).toBe(false)
      expect(codes(r.layers)).toEqual(['national'])
      expect(r.checkedOn).toBe(national.checkedOn)
      expect(r.highlights).toEqual([])
    })

    it('equals the national rules everywhere', () => {
      const strip = <T extends { from: LayerRef }>(items: T[]) => items.map(({ from: _from, ...rest }) => rest)
      expect(strip(r.balance.channels)).toEqual(national.balance.channels)
      expect(r.balance.accounts).toEqual(national.balance.accounts)
      expect(strip(r.family.paths)).toEqual(national.family.paths)
      expect(strip(r.withdraw.situations)).toEqual(national.withdraw.situations)
      expect(r.withdraw.alternatives).toEqual(national.withdraw.alternatives)
      const { paths: _p, from, ...family } = r.family
      const { paths: _np, ...nationalFamily } = national.family
      expect(family).toEqual(nationalFamily)
      expect(codes(Object.values(from))).toEqual(['national', 'national', 'national'])
      expect(r.myths).toEqual(national.myths)
    })
  })

  describe('110000 北京: a municipality', () => {
    const file = rawRegion('110000')
    const r = resolveReal('110000')

    it('is its own chain', () => {
      expect(regionChain('110000')).toEqual(['110000'])
      expect(codes(r.layers)).toEqual(['national', '110000'])
    })

    it('takes scope and scopeNote from its file, and keeps the national relatives', () => {
      expect(file.family?.scope).toBeDefined()
      expect(r.family.scope).toBe(file.family?.scope)
      expect(r.family.scopeNote).toBe(file.family?.scopeNote)
      expect(r.family.from.scope.code).toBe('110000')
      expect(r.family.relatives).toEqual(national.family.relatives)
      expect(r.family.from.relatives.code).toBe('national')
    })

    it('appends its extra uses to the national ones', () => {
      expect(file.family?.extraUses?.length).toBeGreaterThan(0)
      expect(r.family.uses).toEqual([...national.family.uses, ...(file.family?.extraUses ?? [])])
      expect(r.family.from.uses.code).toBe('110000')
    })

    it('adds its platform after the national paths', () => {
      expect(ids(r.family.paths)).toEqual([...ids(national.family.paths), ...ids(file.family?.paths?.upsert ?? [])])
    })
  })

  it('resolves national rules (no region) to the national layer only', () => {
    const r = resolvePolicy(bundle.national, bundle.regions, [])
    expect(r.region).toBeNull()
    expect(r.hasLocalInfo).toBe(false)
    expect(codes(r.layers)).toEqual(['national'])
  })

  describe('over every region the app knows', () => {
    const everyCode = allRegions.map((region) => region.code)
    /** myths from policies/README.md that must never be offered as a way to withdraw */
    const FORBIDDEN_ID = /major-illness|serious-illness|critical|quit|give-up|retire-lump|lump-sum/
    const FORBIDDEN_NAME = /大病|重大疾病|重病|放弃.*医保|退保|一次性/

    it('covers every region file and all its cities', () => {
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

    it('the local hotlines of the real files are really checked (a city’s number fails elsewhere)', () => {
      expect(checkPhone('0592-12393', areaCodesOf('350200'))).toBeNull()
      expect(checkPhone('0592-12393', areaCodesOf('620200'))).not.toBeNull()
    })
  })
})

describe('merge rules (synthetic overrides)', () => {
  const src = (title: string) => [{ title, strength: 'weak' as const }]
  const channel = (id: string, name = id): BalanceChannel => ({
    id,
    name,
    kind: 'online',
    steps: [`${name} 的步骤`],
    needs: [],
    suits: [],
    limits: [],
    actions: []
  })
  const path = (id: string): BindingPath => ({
    id,
    name: id,
    kind: 'counter',
    summary: `${id} 的说明`,
    prepare: [],
    steps: [{ title: '去窗口', detail: '带身份证去窗口' }],
    afterwards: [],
    unbind: '到窗口解除',
    actions: []
  })
  const situation = (id: string, name = id): Situation => ({
    id,
    name,
    description: `${name} 的说明`,
    whoMayApply: ['本人'],
    materials: [{ id: 'id-card', name: '身份证', form: '原件' }],
    where: '医保窗口',
    steps: [{ title: '申请', detail: '提交申请' }]
  })

  const base: NationalPolicy = {
    checkedOn: '2026-01-01',
    sources: src('全国'),
    balance: {
      channels: [channel('a'), channel('b'), channel('c')],
      accounts: national.balance.accounts
    },
    family: {
      eligibleInsurance: '职工医保',
      relatives: ['spouse', 'parent', 'child'],
      relativesNote: '全国的说明',
      scope: 'cross-province',
      scopeNote: '全国可以跨省',
      uses: ['看病', '买药'],
      notAllowed: ['健身'],
      rules: ['用自己的卡'],
      paths: [path('p1'), path('p2')]
    },
    withdraw: { situations: [situation('death'), situation('abroad')], alternatives: ['留着用'] },
    myths: []
  }
  const region = (code: string, rest: Partial<RegionPolicy> = {}): RegionPolicy => ({
    region: code,
    checkedOn: code === 'P' ? '2026-02-01' : '2026-03-01',
    sources: src(code),
    ...rest
  })
  const resolve = (overrides: Record<string, RegionPolicy>, chain = ['P', 'C']) => resolvePolicy(base, overrides, chain)

  it('upsert with an inherited id replaces that item in place', () => {
    const b2 = channel('b', '新的 b')
    const r = resolve({ C: region('C', { balance: { channels: { upsert: [b2] } } }) })
    expect(r.balance.channels.map((c) => [c.id, c.name, c.from.code])).toEqual([
      ['a', 'a', 'national'],
      ['b', '新的 b', 'C'],
      ['c', 'c', 'national']
    ])
    // whole-item replacement, not a field merge
    expect(r.balance.channels[1]).toEqual({ ...b2, from: expect.objectContaining({ code: 'C' }) })
  })

  it('upsert with a new id appends, in the order given', () => {
    const r = resolve({ C: region('C', { balance: { channels: { upsert: [channel('y'), channel('x')] } } }) })
    expect(ids(r.balance.channels)).toEqual(['a', 'b', 'c', 'y', 'x'])
  })

  it('remove drops inherited items and keeps the order of the rest', () => {
    const r = resolve({ C: region('C', { balance: { channels: { remove: ['a', 'c', 'not-there'] } } }) })
    expect(ids(r.balance.channels)).toEqual(['b'])
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

  it('does not change the national policy or the overrides it merges', () => {
    const before = JSON.stringify(base)
    const overrides = { C: region('C', { balance: { channels: { upsert: [channel('b', 'B')], remove: ['a'] } } }) }
    const overridesBefore = JSON.stringify(overrides)
    resolve(overrides)
    expect(JSON.stringify(base)).toBe(before)
    expect(JSON.stringify(overrides)).toBe(overridesBefore)
  })

  it.each([
    ['city and province', { P: ['省 1', '省 2'], C: ['市'] }, ['市'], 'C'],
    ['province only', { P: ['省 1', '省 2'] }, ['省 1', '省 2'], 'P'],
    ['city only', { C: ['市'] }, ['市'], 'C']
  ])('highlights from %s: the most specific list replaces the broader one', (_what, lists, texts, from) => {
    const overrides: Record<string, RegionPolicy> = {}
    for (const [code, highlights] of Object.entries(lists)) overrides[code] = region(code, { highlights })
    const r = resolve(overrides)
    expect(r.highlights.map((h) => h.text)).toEqual(texts)
    expect(r.highlights.every((h) => h.from.code === from)).toBe(true)
  })

  it('a city with no highlights keeps its province’s', () => {
    const r = resolve({ P: region('P', { highlights: ['省'] }), C: region('C') })
    expect(r.highlights).toEqual([{ text: '省', from: expect.objectContaining({ code: 'P' }) }])
  })

  it('extraUses append to the inherited uses, layer by layer', () => {
    const r = resolve({
      P: region('P', { family: { extraUses: ['省里的用途'] } }),
      C: region('C', { family: { extraUses: ['市里的用途'] } })
    })
    expect(r.family.uses).toEqual(['看病', '买药', '省里的用途', '市里的用途'])
    expect(r.family.from.uses.code).toBe('C')
  })

  it('uses replaces the list, and extraUses in the same file append to the replacement', () => {
    const r = resolve({
      P: region('P', { family: { extraUses: ['省里的用途'] } }),
      C: region('C', { family: { uses: ['只能看病'], extraUses: ['还能交居民医保'] } })
    })
    expect(r.family.uses).toEqual(['只能看病', '还能交居民医保'])
  })

  it('an empty extraUses changes nothing', () => {
    const r = resolve({ C: region('C', { family: { extraUses: [] } }) })
    expect(r.family.uses).toEqual(base.family.uses)
    expect(r.family.from.uses.code).toBe('national')
  })

  it('relatives replace the list with the note that goes with them', () => {
    const r = resolve({ C: region('C', { family: { relatives: ['spouse'] } }) })
    expect(r.family.relatives).toEqual(['spouse'])
    // the national note describes the national list, so it must not stay with a local one
    expect(r.family.relativesNote).toBeUndefined()
    expect(r.family.from.relatives.code).toBe('C')
  })

  it('a note alone replaces the note and keeps the inherited list', () => {
    const r = resolve({ P: region('P', { family: { relativesNote: '省里的说明' } }) })
    expect(r.family.relatives).toEqual(base.family.relatives)
    expect(r.family.relativesNote).toBe('省里的说明')
    // the shown note is the province's, so the source line under the list must be too
    expect(r.family.from.relatives.code).toBe('P')
  })

  it('scope and scopeNote are replaced independently', () => {
    const r = resolve({
      P: region('P', { family: { scope: 'same-province', scopeNote: '省内共济' } }),
      C: region('C', { family: { scopeNote: '市里补充说明' } })
    })
    expect(r.family.scope).toBe('same-province')
    expect(r.family.scopeNote).toBe('市里补充说明')
    // what the card shows last came from the city: it is credited to the city
    expect(r.family.from.scope.code).toBe('C')
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
