/**
 * @jest-environment node
 *
 * loadPolicies over a temporary copy of policies/, broken in different ways: every problem
 * names its file (and field), and all of them are reported in one run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadPolicies } from '../../scripts/policy-files'
import { POLICIES, rawRegion, rawRelease, regionFileCodes } from './fixtures/policies'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yibao-policies-'))
  cpSync(POLICIES, dir, { recursive: true })
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

const file = (rel: string) => join(dir, rel)
const readJson = (rel: string) => JSON.parse(readFileSync(file(rel), 'utf8')) as Record<string, unknown>
const writeJson = (rel: string, value: unknown) => writeFileSync(file(rel), JSON.stringify(value, null, 2))
const edit = (rel: string, change: (json: Record<string, unknown>) => void) => {
  const json = readJson(rel)
  change(json)
  writeJson(rel, json)
}

function expectProblems(expected: RegExp[]) {
  const { bundle, problems } = loadPolicies(dir)
  expect(bundle).toBeNull()
  for (const re of expected) expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(re)]))
  return problems
}

it('loads the real files into a bundle with no problems', () => {
  const { bundle, problems } = loadPolicies(dir)
  expect(problems).toEqual([])
  expect(bundle).not.toBeNull()
  expect(bundle?.schemaVersion).toBe(1)
  expect(bundle?.version).toBe(rawRelease().version)
  expect(bundle?.publishedAt).toBe(rawRelease().publishedAt)
  expect(Object.keys(bundle?.regions ?? {}).sort()).toEqual(regionFileCodes())
  expect(bundle?.regions['350200']?.checkedOn).toBe(rawRegion('350200').checkedOn)
})

it('reads the directory it is given, not policies/', () => {
  unlinkSync(file('regions/350200.json'))
  const { bundle, problems } = loadPolicies(dir)
  expect(problems).toEqual([])
  expect(Object.keys(bundle?.regions ?? {})).not.toContain('350200')
  expect(Object.keys(bundle?.regions ?? {})).toHaveLength(regionFileCodes().length - 1)
})

it('ignores files that are not .json', () => {
  writeFileSync(file('regions/NOTES.md'), '# notes')
  expect(loadPolicies(dir).problems).toEqual([])
})

it('names the file and the field when a region lacks sources', () => {
  edit('regions/350200.json', (json) => delete json.sources)
  const problems = expectProblems([/^regions\/350200\.json: sources: /])
  expect(problems).toHaveLength(1)
})

it('names the file and the nested field of a deeper mistake', () => {
  edit('regions/620000.json', (json) => {
    const family = json.family as { paths: { upsert: Array<{ steps: unknown[] }> } }
    const first = family.paths.upsert[0]
    if (first) first.steps = []
  })
  expectProblems([/^regions\/620000\.json: family\.paths\.upsert\.0\.steps: /])
})

it('names a region file with an unofficial phone number and the action', () => {
  edit('regions/350200.json', (json) => {
    const raw = JSON.stringify(json).replace('"0592-12393"', '"0592-88888888"')
    Object.assign(json, JSON.parse(raw))
  })
  expectProblems([/^regions\/350200\.json: balance\.channels\.upsert\[0\]\.actions\[0\]: .*0592-88888888/])
})

it('names a file that is not valid JSON', () => {
  writeFileSync(file('regions/350200.json'), '{ "region": "350200", ')
  const problems = expectProblems([/regions\/350200\.json.*JSON/])
  expect(problems).toHaveLength(1)
})

it('names a file named after an unknown region code', () => {
  writeJson('regions/999999.json', { ...rawRegion('350200'), region: '999999' })
  const problems = expectProblems([/^regions\/999999\.json: .*999999/])
  expect(problems).toHaveLength(1)
})

it('names a file whose region field does not match its name', () => {
  writeJson('regions/350100.json', rawRegion('350200'))
  expectProblems([/^regions\/350100\.json: region: /])
})

it.each([
  ['version 0', { version: 0 }, /^release\.json: version/],
  ['a negative version', { version: -1 }, /^release\.json: version/],
  ['a fractional version', { version: 1.5 }, /^release\.json: version/],
  ['a string version', { version: '1' }, /^release\.json: version/],
  ['no publishedAt', { publishedAt: undefined }, /^release\.json: publishedAt/],
  ['a bad publishedAt', { publishedAt: '2026/11/23' }, /^release\.json: publishedAt/]
])('names release.json with %s', (_what, change, problem) => {
  writeJson('release.json', { ...rawRelease(), ...change })
  const problems = expectProblems([problem])
  expect(problems).toHaveLength(1)
})

it('names national.json and the field', () => {
  edit('national.json', (json) => {
    json.checkedOn = 'recently'
  })
  expectProblems([/^national\.json: checkedOn: /])
})

it('names an invalid national.json', () => {
  writeFileSync(file('national.json'), '<html>')
  expectProblems([/national\.json.*JSON/])
})

it('reports every broken file at once, not just the first', () => {
  edit('regions/110000.json', (json) => delete json.sources)
  writeFileSync(file('regions/350200.json'), 'not json')
  writeJson('regions/999999.json', { ...rawRegion('350200'), region: '999999' })
  writeJson('release.json', { ...rawRelease(), version: 0 })
  edit('national.json', (json) => {
    json.checkedOn = 'recently'
  })
  const problems = expectProblems([
    /^regions\/110000\.json: sources: /,
    /regions\/350200\.json.*JSON/,
    /^regions\/999999\.json: /,
    /^release\.json: version/,
    /^national\.json: checkedOn: /
  ])
  // each problem is about one of the five broken files
  expect(problems.every((p) => /110000|350200|999999|release\.json|national\.json/.test(p))).toBe(true)
})

it('two broken region files → two named problems', () => {
  edit('regions/110000.json', (json) => delete json.sources)
  edit('regions/620000.json', (json) => delete json.sources)
  const problems = expectProblems([/^regions\/110000\.json: sources: /, /^regions\/620000\.json: sources: /])
  expect(problems).toHaveLength(2)
})

describe('the content rule, before anything is published', () => {
  type Json = Record<string, unknown>
  const firstUpsert = (json: Json, ...keys: string[]): Json => {
    let node: unknown = json
    for (const k of keys) node = (node as Json)[k]
    const item = (node as { upsert: Json[] }).upsert[0]
    if (!item) throw new Error(`fixture: no ${keys.join('.')}`)
    return item
  }

  it.each<[string, string, (json: Json) => void, RegExp]>([
    [
      'a 400 number in a national step',
      'national.json',
      (n) => ((n.balance as { channels: Array<{ steps: string[] }> }).channels[0]?.steps.push('请拨打 400-123-4567')),
      /^national\.json: balance\.channels\[0\]\.steps\[\d+\]: 号码“400-123-4567”/
    ],
    [
      'a mobile number in a region highlight',
      'regions/350200.json',
      (r) => (r.highlights = ['加 138 0013 8000 办理']),
      /^regions\/350200\.json: highlights\[0\]: 号码/
    ],
    [
      'a web address in region text',
      'regions/440300.json',
      (r) => (r.highlights = ['在 sipub.sz.gov.cn 办理']),
      /^regions\/440300\.json: highlights\[0\]: 文字里不能写网址/
    ],
    [
      'a copy button carrying a number',
      'regions/350200.json',
      (r) => (firstUpsert(r, 'balance', 'channels').actions as unknown[]).push({ kind: 'copy', label: '复制', text: '4001234567' }),
      /^regions\/350200\.json: balance\.channels\.upsert\[0\]\.actions\[\d+\]: 复制的内容/
    ],
    [
      'an http source',
      'regions/350200.json',
      (r) => (r.sources as unknown[]).push({ title: '资料', url: 'http://ybj.xm.gov.cn/', strength: 'strong' }),
      /^regions\/350200\.json: sources\.\d+\.url: 来源网址应为 https/
    ],
    [
      'a check date after the publish date',
      'regions/350200.json',
      (r) => (r.checkedOn = '2052-09-15'),
      /^regions\/350200\.json: checkedOn: 日期 2052-09-15 晚于发布日期/
    ],
    [
      'two materials with one id',
      'regions/420100.json',
      (r) => {
        const materials = firstUpsert(r, 'withdraw', 'situations').materials as Json[]
        materials.push({ ...materials[0] })
      },
      /^regions\/420100\.json: withdraw\.situations\.upsert\.0\.materials: id 重复/
    ]
  ])('%s is refused with the file and field named', (_what, rel, change, expected) => {
    edit(rel, change)
    expectProblems([expected])
  })

  it('a publish date after tomorrow is refused (the phone would refuse the file)', () => {
    edit('release.json', (r) => (r.publishedAt = '2052-09-15'))
    expectProblems([/^release\.json: publishedAt 2052-09-15/])
  })

  it('a version that is not a safe integer is refused', () => {
    writeFileSync(file('release.json'), '{ "version": 1e308, "publishedAt": "2026-11-23" }')
    expectProblems([/^release\.json: version/])
  })
})
