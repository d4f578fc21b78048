/**
 * The reviewer's diff on small hand-written bundles in both policy formats:
 * v1 (highlights, sources without ids) and v2 (notes, sources with ids, extraRules, wallet).
 */
import { diffBundles, extractFacts, formatDiffText, type BundleDiff, type Category } from '../../../scripts/policy-release/diff'
import { escapeHtml, renderDiffHtml } from '../../../scripts/policy-release/html'

type Json = Record<string, unknown>

const v1Region = (): Json => ({
  region: '350200',
  checkedOn: '2026-11-20',
  sources: [{ title: '厦门市医保局：共济办事指南', url: 'https://ybj.xm.gov.cn/a.html', strength: 'strong' }],
  highlights: ['厦门可以在“厦门医保”公众号办共济。'],
  balance: {
    channels: {
      upsert: [
        {
          id: 'local-hotline',
          name: '厦门医保热线',
          kind: 'phone',
          steps: ['拨打 0592-12393。', '按语音提示转人工。'],
          needs: ['电话'],
          suits: ['不用上网'],
          limits: [],
          actions: [{ kind: 'call', label: '拨打厦门医保热线', number: '0592-12393' }]
        }
      ]
    }
  },
  family: {
    scope: 'same-region',
    paths: {
      upsert: [
        {
          id: 'xm-wechat',
          name: '厦门医保公众号',
          kind: 'wechat',
          summary: '在公众号里办。',
          prepare: [],
          steps: [{ title: '关注公众号', detail: '在微信里搜“厦门医保”，关注。' }],
          afterwards: [],
          unbind: '在同一页面解除。',
          actions: [
            { kind: 'copy', label: '复制公众号名称', text: '厦门医保' },
            { kind: 'link', label: '厦门医保网站', url: 'https://ybj.xm.gov.cn/' }
          ]
        }
      ]
    }
  },
  withdraw: {
    situations: {
      upsert: [
        {
          id: 'death',
          name: '参保人去世',
          description: '家属可以申请。',
          whoMayApply: ['继承人'],
          materials: [{ id: 'death-cert', name: '死亡证明', form: '原件' }],
          where: '医保窗口',
          steps: [{ title: '准备材料', detail: '带齐材料。' }]
        }
      ]
    }
  }
})

const v2Region = (): Json => ({
  region: '330100',
  checkedOn: '2026-12-02',
  sources: [
    { id: 'hz-guide', title: '杭州医保局：共济指南', url: 'https://ybj.hangzhou.gov.cn/g.html', strength: 'strong' },
    { id: 'hz-news', title: '杭州日报 2025 年 9 月', strength: 'medium', note: '以当地医保部门为准' }
  ],
  notes: [{ id: 'one-helper', text: '一位家人只能由一个人为他共济。', topics: ['family'], sources: ['hz-guide'] }],
  family: {
    sources: ['hz-guide'],
    extraRules: ['在浙江，一位家人只能由一个人为他共济。'],
    wallet: { status: 'testing', asOf: '2025-09-22', sources: ['hz-news'] },
    paths: {
      upsert: [
        {
          id: 'zj-app',
          name: '浙里办',
          kind: 'local-platform',
          summary: '在浙里办 APP 里办。',
          prepare: [],
          steps: [{ title: '打开浙里办', detail: '搜“医保共济”。' }],
          afterwards: [],
          unbind: '在同一页面解除。',
          actions: [{ kind: 'copy', label: '复制 APP 名称', text: '浙里办' }],
          sources: ['hz-guide']
        }
      ]
    }
  }
})

const bundle = (regions: Record<string, Json>, version = 1, national: Json = { checkedOn: '2026-11-01', sources: [] }): Json => ({
  schemaVersion: 1,
  version,
  publishedAt: '2026-12-01',
  national,
  regions
})

/** A deep copy with one change made to it. */
function edit(region: Json, change: (r: Json) => void): Json {
  const copy = JSON.parse(JSON.stringify(region)) as Json
  change(copy)
  return copy
}
// Reaching into hand-written fixtures: the shapes are fixed above.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

type Expected = Partial<Record<Category, { added?: string[]; removed?: string[] }>>

function changesOf(diff: BundleDiff, scope: string): Expected {
  const out: Expected = {}
  for (const c of diff.scopes.find((s) => s.scope === scope)?.changes ?? []) {
    out[c.category] = {
      ...(c.added.length ? { added: c.added.map((f) => f.text) } : {}),
      ...(c.removed.length ? { removed: c.removed.map((f) => f.text) } : {})
    }
  }
  return out
}

describe('diffBundles, per region, what changes for a user', () => {
  it.each<[string, Json, Json, Expected, boolean]>([
    [
      'v1: a city phone number changes',
      v1Region(),
      edit(v1Region(), (r: Any) => (r.balance.channels.upsert[0].actions[0].number = '0592-12333')),
      { number: { added: ['0592-12333'], removed: ['0592-12393'] } },
      true
    ],
    [
      'v1: only a button label changes (the number stays: reported as text, no --yes)',
      v1Region(),
      edit(v1Region(), (r: Any) => (r.balance.channels.upsert[0].actions[0].label = '打电话问厦门医保')),
      { text: { added: ['打电话问厦门医保'], removed: ['拨打厦门医保热线'] } },
      false
    ],
    [
      'v1: a link action is removed',
      v1Region(),
      edit(v1Region(), (r: Any) => r.family.paths.upsert[0].actions.pop()),
      { link: { removed: ['https://ybj.xm.gov.cn/'] }, text: { removed: ['厦门医保网站'] } },
      true
    ],
    [
      'v1: the name to search for changes',
      v1Region(),
      edit(v1Region(), (r: Any) => (r.family.paths.upsert[0].actions[0].text = '厦门市医疗保障局')),
      { app: { added: ['搜索“厦门市医疗保障局”'], removed: ['搜索“厦门医保”'] } },
      false
    ],
    [
      'schema 3: a copy names a registry entry; the diff shows the name it copies',
      edit(v1Region(), (r: Any) => (r.family.paths.upsert[0].actions[0] = { kind: 'copy', name: 'xiamen-yiliao-baozhang' })),
      edit(v1Region(), (r: Any) => (r.family.paths.upsert[0].actions[0] = { kind: 'copy', name: 'i-xiamen' })),
      { app: { added: ['搜索“i厦门”'], removed: ['搜索“厦门医疗保障”'] } },
      false
    ],
    [
      'v1: a channel step (plain text) and a path step (title + detail) change',
      v1Region(),
      edit(v1Region(), (r: Any) => {
        r.balance.channels.upsert[0].steps[1] = '说要查个人账户余额。'
        r.family.paths.upsert[0].steps[0].tip = '认准官方账号。'
      }),
      {
        step: {
          added: ['说要查个人账户余额。', '关注公众号：在微信里搜“厦门医保”，关注。（提示：认准官方账号。）'],
          removed: ['按语音提示转人工。', '关注公众号：在微信里搜“厦门医保”，关注。']
        }
      },
      false
    ],
    [
      'a binding step now says the relative does it, with the words she reads when it is sent to her',
      v1Region(),
      edit(v1Region(), (r: Any) => {
        Object.assign(r.family.paths.upsert[0].steps[0], { who: 'relative', forRelative: { title: '关注', detail: '您在微信里关注。' } })
      }),
      {
        step: {
          added: ['【家人来做】关注公众号：在微信里搜“厦门医保”，关注。 写给家人：关注：您在微信里关注。'],
          removed: ['关注公众号：在微信里搜“厦门医保”，关注。']
        }
      },
      false
    ],
    [
      'v1: a material changes form and one is added',
      v1Region(),
      edit(v1Region(), (r: Any) => {
        const s = r.withdraw.situations.upsert[0]
        s.materials[0].form = '原件和复印件'
        s.materials.push({ id: 'id-card', name: '继承人身份证', form: '原件', note: '代办人也要带' })
      }),
      { material: { added: ['死亡证明（原件和复印件）', '继承人身份证（原件）：代办人也要带'], removed: ['死亡证明（原件）'] } },
      false
    ],
    [
      'v1: the scope rule and the check date change',
      v1Region(),
      edit(v1Region(), (r: Any) => {
        r.family.scope = 'same-province'
        r.checkedOn = '2026-12-02'
      }),
      { rule: { added: ['省内'], removed: ['同一统筹区'] }, date: { added: ['2026-12-02'], removed: ['2026-11-20'] } },
      false
    ],
    [
      'v1: a source becomes weaker, a highlight is rewritten',
      v1Region(),
      edit(v1Region(), (r: Any) => {
        r.sources[0].strength = 'weak'
        r.highlights[0] = '厦门可以在公众号办共济。'
      }),
      {
        source: { added: ['厦门市医保局：共济办事指南（较弱）'], removed: ['厦门市医保局：共济办事指南（可靠）'] },
        note: { added: ['厦门可以在公众号办共济。'], removed: ['厦门可以在“厦门医保”公众号办共济。'] }
      },
      false
    ],
    [
      'v1: a region stops inheriting a national channel',
      v1Region(),
      edit(v1Region(), (r: Any) => (r.balance.channels.remove = ['kiosk'])),
      { item: { added: ['去掉上级的 kiosk'] } },
      false
    ],
    [
      'v2: a local rule is added to extraRules',
      v2Region(),
      edit(v2Region(), (r: Any) => r.family.extraRules.push('共济的钱不能取现。')),
      { rule: { added: ['共济的钱不能取现。'] } },
      false
    ],
    [
      'v2: the wallet goes live (status and its date)',
      v2Region(),
      edit(v2Region(), (r: Any) => {
        r.family.wallet.status = 'live'
        r.family.wallet.asOf = '2026-11-30'
      }),
      { rule: { added: ['医保钱包：已开通'], removed: ['医保钱包：试点中'] }, date: { added: ['2026-11-30'], removed: ['2025-09-22'] } },
      false
    ],
    [
      'v2: a source url moves (a link a user can open) and a source note is added',
      v2Region(),
      edit(v2Region(), (r: Any) => {
        r.sources[0].url = 'https://ybj.hangzhou.gov.cn/g2.html'
        r.sources[0].note = '2026 年版'
      }),
      {
        link: { added: ['https://ybj.hangzhou.gov.cn/g2.html'], removed: ['https://ybj.hangzhou.gov.cn/g.html'] },
        source: { added: ['杭州医保局：共济指南（可靠）：2026 年版'], removed: ['杭州医保局：共济指南（可靠）'] }
      },
      true
    ],
    [
      'v2: a note is rewritten; re-citing another source id alone is not a user change',
      v2Region(),
      edit(v2Region(), (r: Any) => {
        r.notes[0].text = '在浙江，一位家人只能由一个人为他共济。'
        r.notes[0].sources = ['hz-news']
      }),
      { note: { added: ['在浙江，一位家人只能由一个人为他共济。'], removed: ['一位家人只能由一个人为他共济。'] } },
      false
    ],
    [
      'v2: a binding path is removed as a whole',
      v2Region(),
      edit(v2Region(), (r: Any) => (r.family.paths.upsert = [])),
      {
        item: { removed: ['浙里办'] },
        app: { removed: ['搜索“浙里办”'] },
        step: { removed: ['打开浙里办：搜“医保共济”。'] },
        text: { removed: ['在浙里办 APP 里办。', '在同一页面解除。', '复制 APP 名称'] }
      },
      false
    ],
    [
      'v2: a path is renamed (one item line, not a list of text)',
      v2Region(),
      edit(v2Region(), (r: Any) => (r.family.paths.upsert[0].name = '浙里办 APP')),
      { item: { added: ['浙里办 APP'], removed: ['浙里办'] } },
      false
    ],
    ['nothing changes', v2Region(), v2Region(), {}, false]
  ])('%s', (_name, before, after, expected, needsConfirmation) => {
    const code = String(before.region)
    const diff = diffBundles(bundle({ [code]: before }), bundle({ [code]: after }, 2))
    expect(changesOf(diff, code)).toEqual(expected)
    expect(diff.needsConfirmation).toBe(needsConfirmation)
    // the unchanged national scope never shows up
    expect(diff.scopes.map((s) => s.scope)).toEqual(Object.keys(expected).length ? [code] : [])
  })

  it('a v1 highlight that becomes a v2 note with the same words is no change for the user', () => {
    const v1 = { region: '350200', checkedOn: '2026-11-20', sources: [{ title: 'A', strength: 'strong' }], highlights: ['要点一'] }
    const v2 = {
      region: '350200',
      checkedOn: '2026-11-20',
      sources: [{ id: 'a', title: 'A', strength: 'strong' }],
      notes: [{ id: 'n', text: '要点一', topics: ['family'], sources: ['a'] }]
    }
    const diff = diffBundles({ ...bundle({ '350200': v1 }) }, { ...bundle({ '350200': v2 }, 2), schemaVersion: 2 })
    expect(diff.scopes).toEqual([])
    expect(formatDiffText(diff)).toContain('格式版本：1 → 2')
  })

  it('a new region lists everything it brings, a dropped one everything it takes away; names come from the caller', () => {
    const diff = diffBundles(
      bundle({ '350200': v1Region() }),
      bundle({ '330100': v2Region() }, 2),
      (c) => ({ '350200': '厦门市', '330100': '杭州市' })[c] ?? c
    )
    expect(diff.scopes.map((s) => [s.scope, s.name, s.status])).toEqual([
      ['330100', '杭州市', 'added'],
      ['350200', '厦门市', 'removed']
    ])
    expect(changesOf(diff, '350200').number).toEqual({ removed: ['0592-12393'] })
    expect(changesOf(diff, '330100').app).toEqual({ added: ['搜索“浙里办”'] })
    expect(diff.needsConfirmation).toBe(true)
  })

  it('a first publish (nothing live) compares with nothing, and national content is its own scope', () => {
    const national = {
      checkedOn: '2026-11-01',
      sources: [],
      balance: { channels: [{ id: 'h', name: '12393', actions: [{ kind: 'call', label: '拨打', number: '12393' }] }] }
    }
    const diff = diffBundles(null, bundle({}, 1, national))
    expect(diff.from).toBeNull()
    expect(diff.scopes.map((s) => s.scope)).toEqual(['national'])
    expect(changesOf(diff, 'national').number).toEqual({ added: ['12393'] })
  })

  it('extractFacts names where each fact sits', () => {
    const facts = extractFacts(v1Region())
    expect(facts.find((f) => f.category === 'number')).toMatchObject({ text: '0592-12393', where: '厦门医保热线' })
    expect(facts.find((f) => f.category === 'link' && f.where.startsWith('来源'))).toMatchObject({ where: '来源：厦门市医保局：共济办事指南' })
    expect(facts.find((f) => f.text === '在公众号里办。')).toMatchObject({ category: 'text', where: '厦门医保公众号 · 简介' })
    expect(facts.find((f) => f.text === '拨打厦门医保热线')).toMatchObject({ category: 'text', where: '厦门医保热线 · 按钮' })
    expect(
      extractFacts(v2Region(), '杭州市')
        .filter((f) => f.where.includes('医保钱包'))
        .map((f) => [f.category, f.text, f.where])
    ).toEqual([
      ['rule', '医保钱包：试点中', '杭州市 · 医保钱包'],
      ['date', '2025-09-22', '杭州市 · 医保钱包']
    ])
  })
})

describe('the terminal text and the HTML page', () => {
  const before = bundle({ '350200': v1Region() })
  const after = bundle({ '350200': edit(v1Region(), (r: Any) => (r.balance.channels.upsert[0].actions[0].number = '0592-12333')) }, 2)
  const diff = diffBundles(before, after, () => '厦门市')

  it('the terminal text shows the region, − and + lines, and says a number changed', () => {
    const text = formatDiffText(diff)
    expect(text).toContain('v1（2026-12-01） → v2（2026-12-01）')
    expect(text).toContain('350200 厦门市')
    expect(text).toMatch(/− 0592-12393 {2}〔厦门医保热线〕/)
    expect(text).toMatch(/\+ 0592-12333 {2}〔厦门医保热线〕/)
    expect(text).toContain('其中 1 个改了电话或链接（厦门市）')
  })

  it('the page marks the risky region and escapes every value', () => {
    const evil = edit(v1Region(), (r: Any) => (r.highlights = ['<script>alert("x")</script> & <b>']))
    const html = renderDiffHtml(diffBundles(before, bundle({ '350200': evil }, 2), () => '厦门市'))
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    const risky = renderDiffHtml(diff)
    expect(risky).toContain('<section class="risky">')
    expect(risky).toContain('<h2>350200 厦门市</h2>')
  })

  it.each([
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    ['中文不变', '中文不变']
  ])('escapeHtml(%j)', (input, output) => {
    expect(escapeHtml(input)).toBe(output)
  })
})
