/** @jest-environment node */
import { checkBundle, checkNational, checkRegion, type BundleCheck } from '../../../src/domain/policy/bundle'
import type { Allowlist } from '../../../src/domain/policy/allowlist'
import { SCHEMA_VERSION, type RegionPolicy } from '../../../src/domain/policy/schema'
import { regionList } from '../../../src/domain/region/fullList'
import { copy, facts, rawNational, rawRegion, rawRelease, realBundle, regionFileCodes, regionWithCall, xiamenWithCall } from '../../support/policies'

const { citiesOf } = regionList

const good = realBundle()

/** The bundle as the publisher would send it: real national and region files, untouched. */
const rawBundle = (): { schemaVersion: number; version: number; publishedAt: string; national: unknown; regions: Record<string, unknown> } => ({
  schemaVersion: SCHEMA_VERSION,
  version: rawRelease().version,
  publishedAt: rawRelease().publishedAt,
  national: rawNational(),
  regions: Object.fromEntries(regionFileCodes().map((code) => [code, rawRegion(code)]))
})

function expectOk(result: BundleCheck): asserts result is Extract<BundleCheck, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.problems.join('; ')}`)
}

const droppedOf = (result: BundleCheck) => {
  expectOk(result)
  return result.dropped
}

/** 厦门's file with its local hotline number changed */
const xiamenWithNumber = (number: string): RegionPolicy => xiamenWithCall(number)

const xiamenWithLink = (url: string): RegionPolicy => {
  const r = xiamenWithCall()
  r.balance?.channels?.upsert?.[0]?.actions.push({ kind: 'link', label: '打开网站', url })
  return r
}

describe('checkBundle', () => {
  it('accepts the real bundle whole, with nothing dropped', () => {
    const result = checkBundle(rawBundle(), facts)
    expectOk(result)
    expect(result.dropped).toEqual([])
    expect(Object.keys(result.bundle.regions).sort()).toEqual(regionFileCodes())
    expect(result.bundle.version).toBe(rawRelease().version)
    expect(result.bundle.publishedAt).toBe(rawRelease().publishedAt)
    expect(result.bundle.national.balance.channels.map((c) => c.id)).toEqual(rawNational().balance.channels.map((c) => c.id))
  })

  it('accepts the bundle the build writes (a JSON round trip changes nothing)', () => {
    const result = checkBundle(JSON.parse(JSON.stringify(good)), facts)
    expectOk(result)
    expect(result.dropped).toEqual([])
    expect(result.bundle).toEqual(good)
  })

  it('drops one broken region with a readable path and keeps all the others', () => {
    const raw = rawBundle()
    const gansu = copy(rawRegion('620000'))
    const path = gansu.family?.paths?.upsert?.[0]
    if (!path) throw new Error('fixture: 620000 should upsert a binding path')
    path.steps = []
    raw.regions['620000'] = gansu

    const result = checkBundle(raw, facts)
    expectOk(result)
    expect(result.dropped).toEqual([{ region: '620000', problems: [expect.stringMatching(/^family\.paths\.upsert\.0\.steps: .+/)] }])
    expect(Object.keys(result.bundle.regions).sort()).toEqual(regionFileCodes().filter((c) => c !== '620000'))
    expect(result.bundle.regions['620100']).toEqual(good.regions['620100'])
  })

  it('reports every problem of a broken region, each with its path', () => {
    const raw = rawBundle()
    const beijing = copy(rawRegion('110000')) as unknown as Record<string, unknown>
    delete beijing.sources
    beijing.checkedOn = '2026/11/22'
    raw.regions['110000'] = beijing
    const [dropped] = droppedOf(checkBundle(raw, facts))
    expect(dropped?.region).toBe('110000')
    expect(dropped?.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^sources: /), expect.stringMatching(/^checkedOn: .*YYYY-MM-DD/)])
    )
  })

  it('drops a region filed under a code that is not its own', () => {
    const raw = rawBundle()
    raw.regions['350200'] = rawRegion('620000')
    expect(droppedOf(checkBundle(raw, facts))).toEqual([{ region: '350200', problems: [expect.stringMatching(/^region: .*620000.*350200/)] }])
  })

  it.each([
    ['710000', '台湾 is outside the app'],
    ['999999', 'no such code'],
    ['110100', 'a pseudo-entry, not a prefecture'],
    ['350203', 'a district, not a prefecture']
  ])('drops unknown region %s (%s)', (code) => {
    const raw = rawBundle()
    raw.regions[code] = { ...copy(rawRegion('350200')), region: code }
    const result = checkBundle(raw, facts)
    expect(droppedOf(result)).toEqual([{ region: code, problems: [expect.stringContaining(code)] }])
    expectOk(result)
    expect(Object.keys(result.bundle.regions)).toHaveLength(regionFileCodes().length)
  })

  it.each(['35020', 'abc', '3502000', ' 350200', '__proto__'])('drops only the entry under malformed key %j, keeping the rest', (key) => {
    const raw = rawBundle()
    // JSON.parse creates "__proto__" as an ordinary own key, as a downloaded file would
    const regions = JSON.parse(JSON.stringify(raw.regions).replace(/^\{/, `{${JSON.stringify(key)}:{"region":"350200"},`)) as Record<string, unknown>
    expect(Object.keys(regions)).toContain(key)
    const result = checkBundle({ ...raw, regions }, facts)
    expectOk(result)
    expect(Object.keys(result.bundle.regions).sort()).toEqual(regionFileCodes())
    expect(Object.getPrototypeOf(result.bundle.regions)).toBe(Object.prototype)
    expect(result.dropped.map((d) => d.region).filter((r) => r !== key)).toEqual([])
  })

  it.each([
    ['an unofficial number', xiamenWithNumber('0592-88888888'), '0592-88888888'],
    ['a short commercial number', xiamenWithNumber('95518'), '95518'],
    ['another city’s 12393', xiamenWithNumber('010-12393'), '010-12393'],
    ['its own 12393 with an extension', xiamenWithNumber('0592-123931'), '0592-123931'],
    ['a local 12333 (12333 is only the national 人社 line)', xiamenWithNumber('0592-12333'), '0592-12333'],
    ['a plain http link', xiamenWithLink('http://ybj.xm.gov.cn/'), 'http://ybj.xm.gov.cn/'],
    ['a non-government link', xiamenWithLink('https://xm-yibao.com/'), 'https://xm-yibao.com/'],
    ['a look-alike link', xiamenWithLink('https://ybj.xm.gov.cn.evil.com/'), 'https://ybj.xm.gov.cn.evil.com/'],
    ['a link with an account part', xiamenWithLink('https://ybj.xm.gov.cn@evil.com/'), 'https://ybj.xm.gov.cn@evil.com/']
  ])('drops a region with %s (allowlist)', (_what, xiamen, culprit) => {
    const raw = rawBundle()
    raw.regions['350200'] = xiamen
    const dropped = droppedOf(checkBundle(raw, facts))
    expect(dropped).toEqual([{ region: '350200', problems: [expect.stringMatching(/^balance\.channels\.upsert\[0\]\.actions\[\d\]: /)] }])
    expect(dropped[0]?.problems[0]).toContain(culprit)
  })

  it.each([
    ['a 400 number', xiamenWithNumber('400-810-8888'), /^balance\.channels\.upsert\.0\.actions\.0\.number: /],
    ['a number with spaces', xiamenWithNumber('0592 12393'), /^balance\.channels\.upsert\.0\.actions\.0\.number: /],
    ['a javascript: link', xiamenWithLink('javascript:alert(1)'), /^balance\.channels\.upsert\.0\.actions\.1\.url: /]
  ])('drops a region with %s (schema)', (_what, xiamen, problem) => {
    const raw = rawBundle()
    raw.regions['350200'] = xiamen
    expect(droppedOf(checkBundle(raw, facts))).toEqual([{ region: '350200', problems: [expect.stringMatching(problem)] }])
  })

  describe('local lines in province files (policies/README.md: 省级文件不放带区号的电话)', () => {
    /** 甘肃's file with one more call action */
    const gansuWith = (number: string, region = '620000'): RegionPolicy => {
      const r = { ...copy(rawRegion('620000')), region }
      r.family?.paths?.upsert?.[0]?.actions.push({ kind: 'call', label: '拨打热线', number })
      return r
    }

    it('a province file dialling one of its cities’ lines is dropped: its other cities would inherit it', () => {
      // 0931 is 兰州 (620100), 0937 is 嘉峪关 (620200): both read 620000.json
      expect(facts.areaCodesOf('620100')).toEqual(['0931'])
      expect(facts.areaCodesOf('620200')).toEqual(['0937'])
      const raw = rawBundle()
      raw.regions['620000'] = gansuWith('0931-12393')
      expect(droppedOf(checkBundle(raw, facts))).toEqual([
        { region: '620000', problems: [expect.stringMatching(/^family\.paths\.upsert\[0\]\.actions\[0\]: .*0931-12393/)] }
      ])
    })

    it('a province file may still dial the national lines', () => {
      const raw = rawBundle()
      raw.regions['620000'] = gansuWith('12393')
      expect(droppedOf(checkBundle(raw, facts))).toEqual([])
    })

    it('a province whose cities all share one area code (海南 0898) may dial it', () => {
      const hainanCities = citiesOf('460000')
      expect(hainanCities.length).toBeGreaterThan(1)
      for (const city of hainanCities) expect(facts.areaCodesOf(city.code)).toEqual(['0898'])
      const raw = rawBundle()
      raw.regions['460000'] = gansuWith('0898-12393', '460000')
      expect(droppedOf(checkBundle(raw, facts))).toEqual([])
    })

    it('a municipality dials its own code (北京 010)', () => {
      expect(checkRegion('110000', regionWithCall('110000', '010-12393'), facts)).toMatchObject({ ok: true })
      expect(checkRegion('110000', regionWithCall('110000', '0592-12393'), facts)).toMatchObject({ ok: false })
    })
  })

  it('accepts a region’s own 12393 line and a gov.cn link (the positive control)', () => {
    const raw = rawBundle()
    const xiamen = xiamenWithNumber('0592-12393')
    xiamen.balance?.channels?.upsert?.[0]?.actions.push({ kind: 'link', label: '打开网站', url: 'https://ybj.xm.gov.cn/' })
    raw.regions['350200'] = xiamen
    expect(droppedOf(checkBundle(raw, facts))).toEqual([])
  })

  it.each([
    ['a local number (national has no area code)', { kind: 'call', label: '打电话', number: '0592-12393' }],
    ['a scam number', { kind: 'call', label: '拨打热线', number: '95518' }],
    ['a non-government link', { kind: 'link', label: '打开', url: 'https://evil.com/' }],
    ['an unknown mini-program', { kind: 'miniProgram', label: '打开', appId: 'wx0123456789abcdef' }]
  ])('refuses the whole bundle when national has %s', (_what, action) => {
    const raw = rawBundle()
    const national = copy(rawNational())
    national.family.paths[1]?.actions.push(action as never)
    raw.national = national
    const result = checkBundle(raw, facts)
    expect(result).toEqual({ ok: false, reason: 'national-actions', problems: [expect.stringMatching(/^family\.paths\[1\]\.actions\[\d+\]: /)] })
  })

  it('refuses the whole bundle when national breaks the schema', () => {
    const raw = rawBundle()
    const national = copy(rawNational())
    national.withdraw.situations = []
    raw.national = national
    expect(checkBundle(raw, facts)).toEqual({
      ok: false,
      reason: 'schema',
      problems: [expect.stringMatching(/^national\.withdraw\.situations: /)]
    })
  })

  it.each([1, 2, SCHEMA_VERSION + 1, 0, String(SCHEMA_VERSION)])('refuses schemaVersion %j as schema-version', (schemaVersion) => {
    const result = checkBundle({ ...rawBundle(), schemaVersion }, facts)
    expect(result).toEqual({ ok: false, reason: 'schema-version', problems: [expect.stringContaining(String(schemaVersion))] })
  })

  it.each([
    ['no schemaVersion', ({ schemaVersion: _s, ...rest }: ReturnType<typeof rawBundle>) => rest, /schemaVersion/],
    ['version 0', (b: ReturnType<typeof rawBundle>) => ({ ...b, version: 0 }), /^version: /],
    ['a fractional version', (b: ReturnType<typeof rawBundle>) => ({ ...b, version: 1.5 }), /^version: /],
    ['a bad publishedAt', (b: ReturnType<typeof rawBundle>) => ({ ...b, publishedAt: 'yesterday' }), /^publishedAt: /],
    ['no regions', ({ regions: _r, ...rest }: ReturnType<typeof rawBundle>) => rest, /regions/],
    ['regions as a string', (b: ReturnType<typeof rawBundle>) => ({ ...b, regions: '350200' }), /^regions: /]
  ])('refuses a bundle with %s as schema', (_what, change, problem) => {
    const result = checkBundle(change(rawBundle()), facts)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.reason).toBe('schema')
    expect(result.problems.join('\n')).toMatch(problem)
  })

  it.each([null, undefined, [], 'x', '', 42, 0, true, {}, { schemaVersion: SCHEMA_VERSION }, [rawBundle()], JSON.stringify(rawBundle())])(
    'refuses garbage %j without throwing',
    (garbage) => {
      let result: BundleCheck | undefined
      expect(() => {
        result = checkBundle(garbage, facts)
      }).not.toThrow()
      expect(result?.ok).toBe(false)
    }
  )

  it('uses the allowlist it is given for national and regions alike', () => {
    const appId = 'wx0123456789abcdef'
    const list: Allowlist = { appIds: [appId], extraPhones: [], extraHosts: [] }
    const raw = rawBundle()
    const national = copy(rawNational())
    national.family.paths[0]?.actions.push({ kind: 'miniProgram', label: '打开', appId })
    raw.national = national
    expectOk(checkBundle(raw, facts, list))
    expect(checkBundle(raw, facts)).toMatchObject({ ok: false, reason: 'national-actions' })
  })
})

describe('checkRegion and checkNational directly', () => {
  it('accept every real file', () => {
    expect(checkNational(rawNational())).toMatchObject({ ok: true })
    for (const code of regionFileCodes())
      expect([code, checkRegion(code, rawRegion(code), facts)]).toEqual([code, expect.objectContaining({ ok: true })])
  })

  it.each([
    ['2025-02-30', 'no 30 February'],
    ['2025-02-29', 'not a leap year'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'no 13th month'],
    ['2025-00-10', 'no month 0'],
    ['2025-6-9', 'not zero-padded']
  ])('refuse the impossible checkedOn %s (%s)', (checkedOn) => {
    const r = { ...copy(rawRegion('350200')), checkedOn }
    const result = checkRegion('350200', r, facts)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.length).toBeGreaterThan(0)
    for (const p of result.problems) expect(p).toMatch(/^checkedOn: /)
    const national = checkNational({ ...copy(rawNational()), checkedOn })
    expect(national.ok).toBe(false)
    if (national.ok) return
    expect(national.kind).toBe('schema')
    for (const p of national.problems) expect(p).toMatch(/^checkedOn: /)
  })

  it.each(['2024-02-29', '2025-12-31', '2026-01-01'])('accept the real date %s', (checkedOn) => {
    expect(checkRegion('350200', { ...copy(rawRegion('350200')), checkedOn }, facts)).toMatchObject({ ok: true })
  })

  it('trims text and returns the parsed policy', () => {
    const r = copy(rawRegion('350200'))
    r.notes = [...(r.notes ?? []), { id: 'spaced', text: '  有空格的要点  ', topics: ['balance'], sources: [r.sources[0]?.id ?? ''] }]
    const result = checkRegion('350200', r, facts)
    expect(result).toMatchObject({ ok: true, policy: { notes: expect.arrayContaining([expect.objectContaining({ text: '有空格的要点' })]) } })
  })
})

describe('ids are unique within each list', () => {
  type N = ReturnType<typeof rawNational>
  const dup = <T extends { id: string }>(list: T[]) => {
    const first = list[0]
    if (!first) throw new Error('fixture: empty list')
    list.push({ ...copy(first) })
  }

  it.each<[string, (n: N) => void, RegExp]>([
    ['balance channels', (n) => dup(n.balance.channels), /^balance\.channels: id 重复: /],
    ['binding paths', (n) => dup(n.family.paths), /^family\.paths: id 重复: /],
    ['situations', (n) => dup(n.withdraw.situations), /^withdraw\.situations: id 重复: /],
    ['materials of a situation', (n) => dup(n.withdraw.situations[0]?.materials ?? []), /^withdraw\.situations\.0\.materials: id 重复: /],
    ['myths', (n) => dup(n.myths), /^myths: id 重复: /]
  ])('national %s', (_what, change, message) => {
    const n = copy(rawNational())
    change(n)
    const result = checkNational(n)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(message)])
  })

  it('a region upsert list', () => {
    const r = copy(rawRegion('350200'))
    const list = r.balance?.channels?.upsert ?? []
    dup(list)
    const id = list[0]?.id ?? 'fixture: 350200 has no channel'
    expect(checkRegion('350200', r, facts)).toEqual({ ok: false, problems: [`balance.channels.upsert: id 重复: ${id}`] })
  })

  it('the same id in two different lists is fine (they merge separately)', () => {
    const n = copy(rawNational())
    const path = n.family.paths[0]
    const channel = n.balance.channels[0]
    if (!path || !channel) throw new Error('fixture')
    path.id = channel.id
    expect(checkNational(n).ok).toBe(true)
  })
})
