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
import { SCHEMA_VERSION } from '../../src/domain/policy/schema'
import { POLICIES, rawRegion, rawRelease, regionFileCodes, xiamenWithCall } from '../support/policies'

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
  expect(bundle?.schemaVersion).toBe(SCHEMA_VERSION)
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

// Every binding step says who does it; a step the relative takes part in is also written to her.
describe('who does a binding step', () => {
  type Steps = { paths: { upsert: Array<{ steps: Array<Record<string, unknown>> }> } }
  const gansuStep = (json: Record<string, unknown>, i: number) => (json.family as Steps).paths.upsert[0]?.steps[i] ?? {}

  it('the real files name an actor on every step of every path, and the relative’s steps are written to her', () => {
    const { bundle } = loadPolicies(dir)
    const paths = [...(bundle?.national.family.paths ?? [])]
    for (const region of Object.values(bundle?.regions ?? {})) paths.push(...(region.family?.paths?.upsert ?? []))
    const steps = paths.flatMap((p) => p.steps)
    expect(steps.length).toBeGreaterThan(100)
    for (const s of steps) expect(['giver', 'relative', 'both']).toContain(s.who)
    expect(steps.filter((s) => s.who !== 'giver').every((s) => s.forRelative !== undefined)).toBe(true)
    // the 医保钱包 path: the relative opens her own wallet and uses the money; the giver does the rest
    const wallet = bundle?.national.family.paths.find((p) => p.id === 'medical-wallet')
    expect(wallet?.steps.map((s) => s.who)).toEqual(['giver', 'relative', 'giver', 'giver', 'relative'])
  })

  it('names the step without an actor', () => {
    edit('regions/620000.json', (json) => delete gansuStep(json, 0).who)
    expectProblems([/^regions\/620000\.json: family\.paths\.upsert\.0\.steps\.0\.who: /])
  })

  it('refuses an actor it does not know', () => {
    edit('regions/620000.json', (json) => (gansuStep(json, 0).who = 'neighbour'))
    expectProblems([/^regions\/620000\.json: family\.paths\.upsert\.0\.steps\.0\.who: who 应为 giver、relative 或 both/])
  })

  it('refuses a relative’s step that is not written to her, and accepts it once it is', () => {
    edit('regions/620000.json', (json) => {
      const step = gansuStep(json, 0)
      step.who = 'relative'
      delete step.forRelative
    })
    expectProblems([/^regions\/620000\.json: family\.paths\.upsert\.0\.steps\.0: 家人要做的步骤/])
    edit('regions/620000.json', (json) => (gansuStep(json, 0).forRelative = { title: '打开移动端', detail: '按页面提示登录。' }))
    expect(loadPolicies(dir).problems).toEqual([])
  })
})

it('names a region file with an unofficial phone number and the action', () => {
  writeJson('regions/350200.json', xiamenWithCall('0592-88888888'))
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

describe('sources cited per fact (policy format v2)', () => {
  /** A small valid file for 海东, so these checks do not depend on the researched content. */
  const haidong = () => ({
    region: '630200',
    checkedOn: '2026-12-01',
    sources: [
      {
        id: 'hd-gov',
        title: '海东市医疗保障局：办事指南',
        url: 'https://ybj.haidong.gov.cn/guide',
        strength: 'strong',
        publishedOn: '2026-11'
      } as { id: string; title: string; url: string; strength: string; publishedOn?: string; checkedOn?: string }
    ],
    notes: [{ id: 'hd-note', text: '海东的本地提示', topics: ['balance'], sources: ['hd-gov'] as Array<string | { id: string; quote: string }> }]
  })
  const writeHaidong = (change: (json: ReturnType<typeof haidong> & Record<string, unknown>) => void = () => undefined) => {
    const json = haidong()
    change(json)
    writeJson('regions/630200.json', json)
  }

  it('the small file itself builds', () => {
    writeHaidong()
    expect(loadPolicies(dir).problems).toEqual([])
  })

  it.each<[string, (json: ReturnType<typeof haidong> & Record<string, unknown>) => void, RegExp]>([
    ['cites an id the file does not have', (j) => j.notes[0]?.sources.push('nope'), /^regions\/630200\.json: notes\[0\]\.sources: .*nope/],
    [
      'lists a source nothing cites',
      (j) => j.sources.push({ id: 'unused', title: '没人引用的来源', url: 'https://ybj.haidong.gov.cn/other', strength: 'strong' }),
      /^regions\/630200\.json: sources\[1\]: .*unused/
    ],
    ['has a fact with no source', (j) => j.notes[0]?.sources.splice(0), /^regions\/630200\.json: notes\.0\.sources: /],
    [
      'has a fact without a sources field',
      (j) => delete (j.notes[0] as Partial<(typeof j.notes)[0]>).sources,
      /^regions\/630200\.json: notes\.0\.sources: /
    ],
    [
      'gives a source an http address',
      (j) => Object.assign(j.sources[0] ?? {}, { url: 'http://ybj.haidong.gov.cn/guide' }),
      /^regions\/630200\.json: sources\.0\.url: /
    ],
    ['repeats an id in one list', (j) => j.notes.push({ ...j.notes[0]!, text: '另一条' }), /^regions\/630200\.json: notes: .*id 重复/],
    [
      'repeats a source id',
      (j) => j.sources.push({ ...j.sources[0]!, url: 'https://ybj.haidong.gov.cn/2' }),
      /^regions\/630200\.json: sources: .*id 重复/
    ],
    [
      'sets family fields without family.sources',
      (j) => Object.assign(j, { family: { scopeNote: '海东的说明' } }),
      /^regions\/630200\.json: family: .*family\.sources/
    ],
    ['gives a note an unknown topic', (j) => Object.assign(j.notes[0] ?? {}, { topics: ['money'] }), /^regions\/630200\.json: notes\.0\.topics\.0: /]
  ])('refuses a file that %s', (_what, change, problem) => {
    writeHaidong(change)
    const problems = expectProblems([problem])
    expect(problems.every((p) => p.startsWith('regions/630200.json'))).toBe(true)
  })

  it('refuses the same address with another strength in another file, naming both files', () => {
    writeHaidong()
    writeJson('regions/630100.json', {
      ...haidong(),
      region: '630100',
      sources: [{ ...haidong().sources[0], strength: 'weak' }]
    })
    // files are read in name order: the second one met is named, with the first for comparison
    expectProblems([/^regions\/630200\.json: .*https:\/\/ybj\.haidong\.gov\.cn\/guide.*strong.*regions\/630100\.json.*weak/])
  })

  it('the same address with the same strength in two files is fine', () => {
    writeHaidong()
    writeJson('regions/630100.json', { ...haidong(), region: '630100' })
    expect(loadPolicies(dir).problems).toEqual([])
  })

  it('warns (without failing) about a weak source with no note saying it is unverified', () => {
    writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { strength: 'weak' }))
    const { bundle, warnings } = loadPolicies(dir)
    expect(bundle).not.toBeNull()
    expect(warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([expect.stringMatching(/弱来源 hd-gov 没有 note/)])
    writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { strength: 'weak', note: '网上资料，未经官方核实' }))
    expect(loadPolicies(dir).warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([])
  })

  it('warns (without failing) about a source claimed stronger than its address allows: the app shows it lower', () => {
    writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { url: 'https://www.haidong-news.example.com/guide' }))
    const { bundle, warnings } = loadPolicies(dir)
    expect(bundle).not.toBeNull()
    expect(warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([expect.stringMatching(/hd-gov 标为 strong.*按 medium 显示/)])
    // the positive control: the same claim on a gov.cn address is not a warning
    writeHaidong()
    expect(loadPolicies(dir).warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([])
  })

  it('warns (without failing) about sources checked more than 12 months before today', () => {
    writeHaidong((j) => {
      j.checkedOn = '2025-06-01'
      j.sources.push({
        id: 'fresh',
        title: '新核对的来源',
        url: 'https://ybj.haidong.gov.cn/new',
        strength: 'strong',
        checkedOn: '2026-11-30',
        publishedOn: '2026'
      })
      j.notes.push({ id: 'n2', text: '第二条', topics: ['family'], sources: ['fresh'] })
    })
    const { bundle, problems, warnings } = loadPolicies(dir, new Date('2026-12-07T00:00:00Z'))
    expect(problems).toEqual([])
    expect(bundle).not.toBeNull()
    const mine = warnings.filter((w) => w.startsWith('regions/630200.json'))
    expect(mine).toEqual([expect.stringMatching(/hd-gov.*2025-06-01/)])
    // the same file a year earlier is not stale
    expect(loadPolicies(dir, new Date('2026-05-01T00:00:00Z')).warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([])
  })

  describe('evidence: what a fact names, the words it quotes must say', () => {
    const withNote = (text: string, quote?: string) =>
      writeHaidong((j) => {
        j.notes = [{ id: 'hd-note', text, topics: ['balance'], sources: [quote === undefined ? 'hd-gov' : { id: 'hd-gov', quote }] }]
      })

    it.each<[string, string, string | undefined, RegExp]>([
      ['a quoted name no quote contains', '在“湘医保”小程序里查', '在小程序里查余额', /notes\[0\]: “湘医保”不在它引用的来源原文/],
      ['a 「」 name with a bare id', '在「湘医保」里查', undefined, /notes\[0\]: “湘医保”不在/],
      ['a menu item no quote contains', '打开首页 → 家庭共济 → 添加亲属', '首页有家庭共济', /notes\[0\]: 菜单“添加亲属”不在/],
      ['a number no quote states', '一般 15 个工作日内到账', '一般二十个工作日内到账', /notes\[0\]: 数字 15 不在/],
      ['a number with a bare id', '满 3 个月才能办', undefined, /notes\[0\]: 数字 3 不在/]
    ])('refuses %s', (_what, text, quote, problem) => {
      withNote(text, quote)
      const problems = expectProblems([problem])
      expect(problems.every((p) => p.startsWith('regions/630200.json'))).toBe(true)
    })

    it.each<[string, string, string]>([
      ['the name, in the source’s own words', '在“湘医保”小程序里查', '打开湘医保小程序，点击查询'],
      ['a menu path whose every item the quote names', '打开后点 首页 → 家庭共济 → 添加亲属', '在首页点击家庭共济，再点添加亲属'],
      ['a number the source writes in words', '一般 15 个工作日内到账', '一般十五个工作日内到账'],
      ['a year that is the source’s own publication date', '2026 年 11 月的办事指南说，窗口可以办', '窗口可以办'],
      ['the official line, which is the app’s own advice', '拿不准就打 0972-12393 问', '窗口可以办']
    ])('accepts %s', (_what, text, quote) => {
      withNote(text, quote)
      expect(loadPolicies(dir).problems).toEqual([])
    })

    it('checks the text a copy button puts on the clipboard like a quoted name', () => {
      writeHaidong((j) => {
        Object.assign(j, {
          balance: {
            channels: {
              upsert: [
                {
                  id: 'hd-app',
                  name: '小程序',
                  kind: 'online',
                  steps: ['在微信里搜索小程序'],
                  needs: ['微信'],
                  suits: ['会用微信'],
                  limits: [],
                  actions: [{ kind: 'copy', name: 'xiang-yibao' }],
                  sources: [{ id: 'hd-gov', quote: '在微信里搜索小程序' }]
                }
              ]
            }
          }
        })
      })
      expectProblems([/balance\.channels\.upsert\[0\]: 复制的名称“湘医保”不在/])
    })

    it('a fact with a bare id and plain prose builds, and is counted as without evidence', () => {
      withNote('海东的本地提示')
      const { problems } = loadPolicies(dir)
      expect(problems).toEqual([])
    })
  })

  describe('the two dates: publishedOn apart from checkedOn', () => {
    it('warns about a fact whose newest source is more than two years old, naming its year', () => {
      writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { publishedOn: '2021-06' }))
      const { bundle, warnings } = loadPolicies(dir, new Date('2026-12-07T00:00:00Z'))
      expect(bundle).not.toBeNull()
      expect(warnings.filter((w) => w.startsWith('regions/630200.json'))).toEqual([expect.stringMatching(/notes\[0\] 最新的来源是 2021 年的/)])
    })

    it('a source re-checked today is still old if it was published long ago (checkedOn does not make it new)', () => {
      writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { publishedOn: '2022', checkedOn: '2026-12-07' }))
      expect(loadPolicies(dir, new Date('2026-12-07T00:00:00Z')).warnings).toEqual(
        expect.arrayContaining([expect.stringMatching(/^regions\/630200\.json: notes\[0\] 最新的来源是 2022 年/)])
      )
    })

    it('warns about a fact whose sources have no publication date', () => {
      writeHaidong((j) => delete (j.sources[0] as { publishedOn?: string }).publishedOn)
      expect(loadPolicies(dir).warnings).toEqual(
        expect.arrayContaining([expect.stringMatching(/^regions\/630200\.json: notes\[0\] 的来源都没有发布日期/)])
      )
    })

    it.each(['2026-13', '26-11', '2026/11', '2026-11-31x'])('refuses publishedOn %j', (publishedOn) => {
      writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { publishedOn }))
      expectProblems([/^regions\/630200\.json: sources\.0\.publishedOn/])
    })

    it('refuses a publication date after the publish date', () => {
      writeHaidong((j) => Object.assign(j.sources[0] ?? {}, { publishedOn: '2052-09' }))
      expectProblems([/^regions\/630200\.json: sources\[0\]\.publishedOn: 日期 2052-09 晚于发布日期/])
    })
  })
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
      (n) => (n.balance as { channels: Array<{ steps: string[] }> }).channels[0]?.steps.push('请拨打 400-123-4567'),
      /^national\.json: balance\.channels\[0\]\.steps\[\d+\]: 数字“400-123-4567”/
    ],
    [
      'a mobile number in a region highlight',
      'regions/350200.json',
      (r) =>
        (r.notes = [
          { id: 'scam', text: '加 138 0013 8000 办理', topics: ['balance'], sources: [(r.sources as Json[])[0]?.id] },
          ...((r.notes as Json[]) ?? [])
        ]),
      /^regions\/350200\.json: notes\[0\]\.text: 数字“138 0013 8000”/
    ],
    [
      'a web address in region text',
      'regions/440300.json',
      (r) =>
        (r.notes = [
          { id: 'web', text: '在 sipub.sz.gov.cn 办理', topics: ['family'], sources: [(r.sources as Json[])[0]?.id] },
          ...((r.notes as Json[]) ?? [])
        ]),
      /^regions\/440300\.json: notes\[0\]\.text: 英文“sipub”/
    ],
    [
      'a copy button for a name the app does not know',
      'regions/350200.json',
      (r) => (firstUpsert(r, 'balance', 'channels').actions as unknown[]).push({ kind: 'copy', name: 'kefu-4001234567' }),
      /^regions\/350200\.json: balance\.channels\.upsert\[0\]\.actions\[\d+\]: 复制的名称 kefu-4001234567 不在/
    ],
    [
      'a character the app does not know, named with its code',
      'regions/350200.json',
      (r) =>
        (r.notes = [
          { id: 'odd', text: '请拨打 400\u2800812', topics: ['balance'], sources: [(r.sources as Json[])[0]?.id] },
          ...((r.notes as Json[]) ?? [])
        ]),
      /^regions\/350200\.json: notes\[0\]\.text: 不能用.*U\+2800/
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
