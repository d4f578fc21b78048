/**
 * npm run generate (last step) — the small data the main package needs, so the home page and
 * app.tsx never import the full region list or the embedded policy bundle (the main package stays small, so a
 * shared card opens fast):
 *  - src/generated/region-names.json: every region's code and short name, grouped by province
 *    (first-launch grid, names in labels and share titles, checking stored codes), and the area code of
 *    each place that has exactly one (the search's "call 区号-12393" when nothing matches).
 * Derived from the other generated files, never edited by hand.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRegionIndex, parseRegionData } from '../src/domain/region/regions'
import { hotlinePlaceOf } from '../src/domain/policy/hotline'
import type { RegionNames } from '../src/domain/region/names'

const GENERATED = join(__dirname, '..', 'src', 'generated')
const read = (name: string): unknown => JSON.parse(readFileSync(join(GENERATED, name), 'utf8'))

const index = createRegionIndex(parseRegionData(read('regions.json')))
// the same rule the guides use for their 区号-12393 line, so home and guides offer the same number
const areaCode = (code: string) => hotlinePlaceOf(code, index)?.areaCode
const withCode = <T extends unknown[]>(tuple: T, code: string): T | [...T, string] => {
  const a = areaCode(code)
  return a ? [...tuple, a] : tuple
}
const names: RegionNames = index
  .provinces()
  .map((p) => withCode([p.code, p.short, index.citiesOf(p.code).map((c) => withCode([c.code, c.short] as [string, string], c.code))], p.code))
const covered = names.reduce((n, [, , cities]) => n + 1 + cities.length, 0)
if (covered !== index.all.length) throw new Error(`region-names: ${index.all.length - covered} region(s) are neither a province nor a city`)

const namesText = JSON.stringify(names)
writeFileSync(join(GENERATED, 'region-names.json'), namesText)
// what earlier versions generated for the home page's search, which now loads when someone searches
for (const old of ['search-national.json', 'search-version.json']) rmSync(join(GENERATED, old), { force: true })
console.log(`home data: region-names.json ${(Buffer.byteLength(namesText) / 1024).toFixed(1)} KB`)
