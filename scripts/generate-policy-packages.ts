/**
 * npm run generate (after build-policies) — the embedded policy data cut into the pieces the app
 * loads, so a guide downloads only what its first screen shows (README "Package map"):
 *  - src/generated/policy/national.json: the bundle's head and national rules, which every guide
 *    needs, without the sections one guide shows and without what source lines show on a tap, plus
 *    the length and digest of the whole bundle's text (so the config check can tell "the file the
 *    app ships" when the CDN serves it again, without shipping that text);
 *  - src/generated/policy/sections/<withdraw | yidi>.json: the national 提取 and 去外地看病 sections,
 *    each shown by one guide (with their quotes: only that guide loads them);
 *  - src/generated/policy/regions/<province code>.json: the overrides of one province and its cities
 *    (each becomes its own small subpackage, loaded when a guide shows a region there), also without
 *    what source lines show on a tap;
 *  - src/generated/policy/sources/<national | province code>.json: that, for the head and each
 *    province file: the sources' titles and notes and the quotes (embedded.ts, SourceDetail);
 *  - src/generated/policy/partFiles.ts: the weapp build's loaders for those files, one literal
 *    require.async path each (config/policy-packages.ts writes them to policy-data/<part>/index.js);
 *  - src/generated/region-areas.json: every region's code and each place's 长途区号, the one region fact
 *    the policy code needs beyond the codes and names the main package already has (region-names.json),
 *    and all the config checks need (the worker does without the names).
 * Derived from src/generated/policies.json and regions.json, never edited by hand.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRegionIndex, parseRegionData } from '../src/domain/region/regions'
import type { PolicyBundle } from '../src/domain/policy/bundle'
import type { RegionPolicy } from '../src/domain/policy/schema'
import { digestOf } from '../src/domain/policyUpdate/cache'
import { SECTIONS, splitSourceDetail, type EmbeddedHead, type SourceDetail } from '../src/domain/policy/embedded'
import { encodeAreaCodes, type RegionAreas } from '../src/domain/region/areas'

const GENERATED = join(__dirname, '..', 'src', 'generated')
const OUT = join(GENERATED, 'policy')
const readText = (name: string): string => readFileSync(join(GENERATED, name), 'utf8')

const index = createRegionIndex(parseRegionData(JSON.parse(readText('regions.json'))))
const text = readText('policies.json')
const bundle = JSON.parse(text) as PolicyBundle
// The digest is of the text the publish script signs: the bundle as JSON.stringify writes it.
if (JSON.stringify(bundle) !== text) throw new Error('policies.json is not in JSON.stringify form: its digest would not match a served payload')

const byProvince = new Map<string, Record<string, RegionPolicy>>()
for (const [code, policy] of Object.entries(bundle.regions)) {
  const province = index.provinceOf(code)?.code
  if (!province) throw new Error(`policies.json: region ${code} is not in regions.json`)
  byProvince.set(province, { ...(byProvince.get(province) ?? {}), [code]: policy })
}
const provinces = [...byProvince.keys()].sort()

const { withdraw, yidi, ...core } = bundle.national
const sections = { withdraw, yidi }
const national = splitSourceDetail(core)
const head: EmbeddedHead = {
  schemaVersion: bundle.schemaVersion,
  version: bundle.version,
  publishedAt: bundle.publishedAt,
  national: national.file,
  provinces,
  sourceDetail: true,
  payload: { length: text.length, digest: digestOf(text) }
}
const provinceParts = new Map(
  provinces.map((province) => {
    const files = Object.entries(byProvince.get(province) ?? {}).map(([code, policy]) => [code, splitSourceDetail(policy)] as const)
    const regions: Record<string, RegionPolicy> = Object.fromEntries(files.map(([code, split]) => [code, split.file]))
    const detail: Record<string, SourceDetail> = Object.fromEntries(files.map(([code, split]) => [code, split.detail]))
    return [province, { regions, detail }] as const
  })
)

const areas: RegionAreas = {
  generatedFrom: (JSON.parse(readText('regions.json')) as { generatedFrom: string }).generatedFrom,
  areaCodes: encodeAreaCodes(Object.fromEntries(index.all.map((r) => [r.code, r.areaCode])))
}

rmSync(OUT, { recursive: true, force: true })
mkdirSync(join(OUT, 'regions'), { recursive: true })
mkdirSync(join(OUT, 'sources'), { recursive: true })
mkdirSync(join(OUT, 'sections'), { recursive: true })
writeFileSync(join(OUT, 'national.json'), JSON.stringify(head))
for (const section of SECTIONS) writeFileSync(join(OUT, 'sections', `${section}.json`), JSON.stringify(sections[section]))
writeFileSync(join(OUT, 'sources', 'national.json'), JSON.stringify(national.detail))
for (const [province, part] of provinceParts) {
  writeFileSync(join(OUT, 'regions', `${province}.json`), JSON.stringify(part.regions))
  writeFileSync(join(OUT, 'sources', `${province}.json`), JSON.stringify(part.detail))
}
writeFileSync(join(GENERATED, 'region-areas.json'), JSON.stringify(areas))
// Paths are relative to policy/index.js, the policy package's file in the weapp build, where this runs.
const load = (part: string) => `() => __non_webpack_require__.async('../policy-data/${part}/index.js')`
writeFileSync(
  join(OUT, 'partFiles.ts'),
  [
    '// Generated by scripts/generate-policy-packages.ts. Literal paths: WeChat finds the files a package may load by reading its code.',
    'export const PROVINCE_FILES: Record<string, () => Promise<unknown>> = {',
    ...provinces.map((p) => `  '${p}': ${load(p)},`),
    '}',
    '/** What source lines show on a tap, for the head (national) and each province file */',
    'export const SOURCE_FILES: Record<string, () => Promise<unknown>> = {',
    ...['national', ...provinces].map((p) => `  '${p}': ${load(`sources-${p}`)},`),
    '}',
    '/** The national sections one guide shows */',
    'export const SECTION_FILES: Record<string, () => Promise<unknown>> = {',
    ...SECTIONS.map((section) => `  ${section}: ${load(section)},`),
    '}',
    ''
  ].join('\n')
)

const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB`
const range = (texts: string[]) => {
  const sizes = texts.map((t) => Buffer.byteLength(t) / 1024)
  return `${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} KB`
}
const parts = [...provinceParts.values()]
console.log(
  `policy packages: national ${kb(JSON.stringify(head))} (its source detail ${kb(JSON.stringify(national.detail))}), ` +
    `提取 ${kb(JSON.stringify(withdraw))}, 去外地看病 ${kb(JSON.stringify(yidi))}, ` +
    `${provinces.length} provinces ${range(parts.map((p) => JSON.stringify(p.regions)))} (source detail ${range(parts.map((p) => JSON.stringify(p.detail)))}), ` +
    `region-areas.json ${kb(JSON.stringify(areas))}`
)
