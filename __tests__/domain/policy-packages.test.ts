/**
 * The shipped policy data cut into the pieces the app loads (scripts/generate-policy-packages.ts): nothing is lost
 * or added, each region sits in its province's file, and the head names the whole bundle's text exactly.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import head from '../../src/generated/policy/national.json'
import { embeddedBundle, type EmbeddedHead, type ProvinceRegions } from '../../src/domain/policy/embedded'
import { digestOf } from '../../src/domain/config/cache'
import { regionFacts } from '../../src/domain/region/facts'

const GENERATED = join(__dirname, '..', '..', 'src', 'generated')
const text = readFileSync(join(GENERATED, 'policies.json'), 'utf8')
const shipped = head as unknown as EmbeddedHead
const provinceFiles = readdirSync(join(GENERATED, 'policy', 'regions')).sort()
const province = (file: string) => JSON.parse(readFileSync(join(GENERATED, 'policy', 'regions', file), 'utf8')) as ProvinceRegions

describe('the shipped data in packages', () => {
  it('head plus every province file is the whole bundle, key for key', () => {
    const regions = Object.assign({}, ...provinceFiles.map(province)) as ProvinceRegions
    expect(embeddedBundle(shipped, regions)).toEqual(JSON.parse(text))
  })

  it('each province file holds that province and its cities only, and the head lists exactly the files there are', () => {
    expect(shipped.provinces.map((p) => `${p}.json`)).toEqual(provinceFiles)
    for (const file of provinceFiles) {
      const code = file.slice(0, 6)
      for (const region of Object.keys(province(file))) expect(regionFacts.provinceOf(region)).toBe(code)
    }
  })

  it('the head names the bundle’s text by length and digest (how the shipped file is recognised when served)', () => {
    expect(shipped.payload).toEqual({ length: text.length, digest: digestOf(text) })
    expect(JSON.stringify(JSON.parse(text))).toBe(text)
  })
})
