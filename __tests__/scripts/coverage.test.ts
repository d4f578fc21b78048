/**
 * @jest-environment node
 *
 * The coverage numbers behind `npm run policies:report`, on a hand-made region list.
 */
import { coverage } from '../../scripts/coverage'
import { createRegionIndex, type Region } from '../../src/domain/region/fullList'
import type { RegionPolicy, Source } from '../../src/domain/policy/schema'

const r = (code: string, short: string, parent: string | null, areaCode: string | null): Region => ({
  code,
  name: short,
  short,
  parent,
  level: parent ? 'city' : 'province',
  initials: 'x'.repeat(short.length),
  areaCode
})
const index = createRegionIndex([
  r('110000', '北京', null, '010'),
  r('410000', '河南', null, null),
  r('410100', '郑州', '410000', '0371'),
  r('410200', '开封', '410000', '0371'),
  r('419001', '济源', '410000', '0391'),
  r('620000', '甘肃', null, null),
  r('620100', '兰州', '620000', null)
])
const file = (region: string, checkedOn: string, strengths: Array<Source['strength']>, notes = 1, quoted = 0): RegionPolicy => ({
  region,
  checkedOn,
  sources: strengths.map((strength, i) => ({ id: `s${i}`, title: `来源 ${i}`, strength })),
  // the first `quoted` notes cite their source with its own words; the rest by bare id
  notes: Array.from({ length: notes }, (_, i) => ({
    id: `n${i}`,
    text: '提示',
    topics: ['balance' as const],
    sources: [i < quoted ? { id: 's0', quote: '提示' } : 's0']
  }))
})

const { provinces, totals } = coverage(
  {
    regions: {
      '410000': file('410000', '2026-11-01', ['weak']),
      '410100': file('410100', '2025-06-01', ['medium', 'weak'], 2, 1),
      // 济源: one note for 去外地看病 and one way to file
      '419001': {
        ...file('419001', '2026-12-07', ['weak'], 0),
        notes: [{ id: 'y', text: '提示', topics: ['yidi'], sources: ['s0'] }],
        yidi: {
          paths: {
            upsert: [
              {
                id: 'local',
                name: '本地办法',
                kind: 'counter',
                summary: '到窗口办',
                prepare: [],
                steps: [{ title: '去窗口', detail: '带身份证去窗口' }],
                afterwards: [],
                manage: '到窗口取消',
                actions: [],
                sources: ['s0']
              }
            ]
          }
        }
      }
    }
  },
  index,
  new Date('2026-12-02T00:00:00Z')
)
const place = (code: string) => provinces.flatMap((p) => [p, ...p.places]).find((p) => p.code === code)

it('a city with its own file: strongest of its and its province’s sources, the newest check, its facts and the province’s', () => {
  expect(place('410100')).toMatchObject({
    ownFile: true,
    strength: 'medium',
    checkedOn: '2026-11-01',
    facts: 3,
    yidi: 0,
    localHotline: true,
    areaCode: '0371'
  })
})

it('the 去外地看病 column counts that guide’s notes and changed items, and nothing from the other guides', () => {
  expect(place('419001')).toMatchObject({ ownFile: true, facts: 3, yidi: 2 })
  expect(place('410200')).toMatchObject({ yidi: 0 })
})

it('counts facts with and without evidence (a quote on every citation) over the files that apply', () => {
  expect(place('410100')).toMatchObject({ withEvidence: 1, withoutEvidence: 2 })
  expect(place('410200')).toMatchObject({ withEvidence: 0, withoutEvidence: 1 })
})

it('a city without a file inherits its province’s coverage', () => {
  expect(place('410200')).toMatchObject({ ownFile: false, strength: 'weak', checkedOn: '2026-11-01', ageDays: 31, facts: 1 })
})

it('nothing local: no strength, no date; a place without one area code has no local line', () => {
  expect(place('620100')).toMatchObject({ strength: 'none', checkedOn: null, facts: 0, localHotline: false })
})

it('totals count the places users choose (cities, county-level areas and 直辖市), and stale files', () => {
  expect(totals).toEqual({
    provinces: 3,
    provincesWithFile: 1,
    places: 5, // 北京, 郑州, 开封, 济源, 兰州
    placesWithOwnFile: 2,
    placesWithLocalFacts: 3,
    placesWithYidiFacts: 1,
    placesWithLocalHotline: 4,
    byStrength: { strong: 0, medium: 1, weak: 2, none: 2 },
    staleFiles: 1,
    sources: 4,
    sourcesWithUrl: 0,
    factsWithEvidence: 1,
    factsWithoutEvidence: 4
  })
})
