/**
 * The main package's region names (src/generated/region-names.json) must agree with the full region list the
 * guides use on every code: the home page, the region store and share titles rely on them.
 */
import { regionList as full } from '../../../src/domain/region/fullList'
import * as names from '../../../src/domain/region/names'
import { createRegionNames } from '../../../src/domain/region/names'

/** The label the region bar showed before the names moved to the main package. */
function fullLabel(code: string | null): string {
  const r = code ? full.getRegion(code) : undefined
  if (!code || !r) return '全国通用'
  const p = r.level === 'city' ? full.provinceOf(code) : undefined
  return p ? `${p.short} · ${r.short}` : r.short
}

describe('region names agree with the full region list', () => {
  it.each(full.all.map((r) => [r.code, r.short]))('%s %s', (code) => {
    expect(names.isKnownRegion(code)).toBe(true)
    expect(names.shortName(code)).toBe(full.getRegion(code)?.short)
    expect(names.provinceCodeOf(code)).toBe(full.provinceOf(code)?.code)
    expect(names.isMunicipality(code)).toBe(full.isMunicipality(code))
    expect(names.citiesOf(code).map((c) => c.code)).toEqual(full.citiesOf(code).map((c) => c.code))
    expect(names.regionLabel(code)).toBe(fullLabel(code))
  })

  it('lists the same provinces in the same order', () => {
    expect(names.provinces()).toEqual(full.provinces().map((p) => ({ code: p.code, short: p.short })))
  })

  it.each(['', '999999', '35020', 'abc'])('does not know %p', (code) => {
    expect(names.isKnownRegion(code)).toBe(full.isKnownRegion(code))
    expect(names.regionLabel(code)).toBe('全国通用')
  })

  it('labels no region as the national rules', () => {
    expect(names.regionLabel(null)).toBe('全国通用')
  })
})

describe('createRegionNames', () => {
  const index = createRegionNames([
    ['110000', '北京', []],
    ['350000', '福建', [['350200', '厦门']]]
  ])

  it.each([
    ['350200', '福建 · 厦门'],
    ['350000', '福建'],
    ['110000', '北京'],
    [' 350200 ', '福建 · 厦门']
  ])('labels %p as %s', (code, label) => {
    expect(index.regionLabel(code)).toBe(label)
  })

  it('treats a province without cities as a municipality, and a city never', () => {
    expect(index.isMunicipality('110000')).toBe(true)
    expect(index.isMunicipality('350000')).toBe(false)
    expect(index.isMunicipality('350200')).toBe(false)
  })
})
