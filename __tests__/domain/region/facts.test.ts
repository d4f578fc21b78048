/**
 * The policy code's region facts come from the small lists (region-names.json in the main package,
 * region-areas.json in the policy package), not the region picker's full list: they must agree with it.
 */
import { regionList } from '../../../src/domain/region/fullList'
import { regionFacts } from '../../../src/domain/region/facts'
import { checkFacts } from '../../../src/domain/region/checkFacts'
import { decodeAreaCodes, decodeRegionCodes, encodeAreaCodes } from '../../../src/domain/region/areas'

const { all: allRegions, areaCodesOf, getRegion, isKnownRegion, placesWithAreaCode, provinceOf, regionChain } = regionList

describe('region facts from the small lists', () => {
  it.each(allRegions.map((r) => [r.code, r.short] as const))('%s (%s) agrees with the full region list', (code) => {
    expect(regionFacts.isKnownRegion(code)).toBe(true)
    expect(regionFacts.regionChain(code)).toEqual(regionChain(code))
    expect(regionFacts.areaCodesOf(code)).toEqual(areaCodesOf(code))
    expect(regionFacts.provinceOf(code)).toBe(provinceOf(code)?.code)
    expect(regionFacts.getRegion(code)).toEqual({ short: getRegion(code)?.short })
    // the config checks' own facts, without the names
    expect(checkFacts.isKnownRegion(code)).toBe(true)
    expect(checkFacts.areaCodesOf(code)).toEqual(areaCodesOf(code))
    for (const area of areaCodesOf(code)) {
      expect(regionFacts.placesWithAreaCode(area)).toEqual(placesWithAreaCode(area).map((p) => ({ code: p.code, short: p.short })))
    }
  })

  it('places sharing an area code are all named, in code order (仙桃/潜江/天门 0728), a province with cities is not one of them', () => {
    expect(regionFacts.placesWithAreaCode('0728').map((p) => p.short)).toEqual(['仙桃', '潜江', '天门'])
    expect(regionFacts.placesWithAreaCode('0898').map((p) => p.code)).not.toContain('460000')
    expect(regionFacts.placesWithAreaCode('0000')).toEqual([])
  })

  it.each(['000000', '350299', 'abc', ''])('knows nothing of %p', (code) => {
    expect(regionFacts.isKnownRegion(code)).toBe(isKnownRegion(code))
    expect(regionFacts.isKnownRegion(code)).toBe(false)
    expect(regionFacts.regionChain(code)).toEqual([])
    expect(regionFacts.areaCodesOf(code)).toEqual([])
    expect(regionFacts.getRegion(code)).toBeUndefined()
    expect(checkFacts.isKnownRegion(code)).toBe(false)
    expect(checkFacts.areaCodesOf(code)).toEqual([])
  })

  it.each([
    ['the policy package', regionFacts],
    ['the config checks', checkFacts]
  ])('%s: a province spanning several area codes lists each once; one dialling one code throughout has one', (_who, facts) => {
    expect(facts.areaCodesOf('430000').filter((c) => c === '0731')).toHaveLength(1)
    expect(facts.areaCodesOf('460000')).toEqual(['0898'])
  })

  it('the compact area-code list reads back as written, codes without an area code of their own included', () => {
    const codes = { '110000': '010', '350000': null, '350200': '0592', '419001': '0391' }
    const text = encodeAreaCodes(codes)
    expect(decodeAreaCodes(text)).toEqual({ '110000': '010', '350200': '0592', '419001': '0391' })
    expect(decodeRegionCodes(text)).toEqual(Object.keys(codes))
    expect(decodeAreaCodes('')).toEqual({})
    expect(decodeRegionCodes('')).toEqual([])
  })
})
