/**
 * @jest-environment node
 *
 * Evidence (policies/README.md, "原文摘录"): the mechanical checks on one fact, the two dates,
 * and the real policies/ as they stand — every fact's names, menu items and numbers are in its
 * quotes, and the 医保钱包 path is never an equal way where the province does not run it.
 */
import { pathChoices, walletCaution, asOfText, WALLET_PATH_ID } from '../../../src/domain/family/wallet'
import {
  chineseNumber,
  dateWarnings,
  evidenceCount,
  evidenceProblems,
  factsOf,
  fileEvidenceProblems,
  hasEvidence,
  latestDayOf,
  menuItems,
  numbersIn,
  numbersInQuote,
  oldSourceYear,
  quotedNames,
  type Fact
} from '../../../src/domain/policy/evidence'
import { hasLocalFacts, resolvePolicy } from '../../../src/domain/policy/resolve'
import type { Source } from '../../../src/domain/policy/schema'
import { regionList } from '../../../src/domain/region/fullList'
import { rawNational, rawRegion, realBundle, regionFileCodes } from '../../support/policies'

const { regionChain } = regionList

const src = (id: string, publishedOn?: string): Source => ({ id, title: `来源 ${id}`, strength: 'strong', ...(publishedOn ? { publishedOn } : {}) })
const fact = (texts: string[], citations: Fact['citations'], copyNames: string[] = []): Fact => ({ path: 'notes[0]', texts, copyNames, citations })
const messages = (f: Fact, sources: Source[] = [src('a')]) => evidenceProblems(f, sources).map((p) => p.message)

describe('reading a fact', () => {
  it.each([
    ['在“粤医保”小程序里办', ['粤医保']],
    ['搜「杭州医保」，再点“家庭共济”', ['杭州医保', '家庭共济']],
    ['点“首页 → 家庭共济”', []], // a menu path written as one name is checked item by item
    ['没有名称', []]
  ])('quoted names in %j', (text, names) => {
    expect(quotedNames(text)).toEqual(names)
  })

  it.each([
    ['打开 APP，点 首页 → 家庭共济 → 添加亲属，填好后提交', ['首页', '家庭共济', '添加亲属']],
    ['依次点“我的”→“家庭共济”。', ['我的', '家庭共济']],
    ['没有菜单', []]
  ])('menu items in %j', (text, items) => {
    expect(menuItems(text)).toEqual(items)
  })

  it('numbers, with the official lines (12393, 区号-12393, 12333) left out as the app’s own advice', () => {
    expect(numbersIn('满 6 个月，最多 10 人，打 0592-12393 或 12393 或 12333')).toEqual(['6', '10'])
    expect(numbersIn('２０２４ 年 01 月')).toEqual(['2024', '1'])
  })

  it.each([
    ['三', 3],
    ['十', 10],
    ['十六', 16],
    ['二十二', 22],
    ['一百', 100],
    ['一千五百', 1500],
    ['两万', 20000],
    ['六', 6]
  ])('Chinese numeral %s = %d', (run, n) => {
    expect(chineseNumber(run)).toBe(n)
  })

  it('a quote states its numbers in digits or words', () => {
    expect([...numbersInQuote('最多不超过六人,子女三人,10个工作日')].sort()).toEqual(['10', '3', '6'])
  })
})

describe('evidenceProblems', () => {
  it('a name, menu item and number the quote says: no problem', () => {
    const f = fact(['在“粤医保”里点 家庭共济 → 绑定，最多 6 人'], [{ id: 'a', quote: '登录粤医保小程序，点击家庭共济，选择绑定，最多不超过六人' }])
    expect(messages(f)).toEqual([])
  })

  it('positive controls: each kind of unsupported detail is named', () => {
    const f = fact(['在“粤医保”里点 家庭共济 → 添加亲属，15 天到账'], [{ id: 'a', quote: '登录小程序，点击家庭共济' }])
    expect(messages(f)).toEqual([
      '“粤医保”不在它引用的来源原文（quote）里',
      '菜单“添加亲属”不在它引用的来源原文（quote）里',
      '数字 15 不在它引用的来源原文（quote）里，也不是来源的发布日期'
    ])
  })

  it('a bare id supports plain prose only', () => {
    expect(messages(fact(['打电话问清楚再去'], ['a']))).toEqual([])
    expect(messages(fact(['在“粤医保”里办'], ['a']))).toHaveLength(1)
  })

  it('a year and month may be the cited source’s own publication date', () => {
    const f = fact(['2024 年 12 月的报道说，可以办'], [{ id: 'a', quote: '可以办' }])
    expect(messages(f, [src('a', '2024-12')])).toEqual([])
    expect(messages(f, [src('a', '2023-05')])).toHaveLength(2)
  })

  it('what a copy button puts on the clipboard must be a name the quotes contain', () => {
    expect(messages(fact(['搜索小程序'], [{ id: 'a', quote: '搜索小程序' }], ['海东医保']))).toEqual([
      '复制的名称“海东医保”不在它引用的来源原文（quote）里'
    ])
  })

  it('typography is not a difference: full-width letters, spaces, case', () => {
    expect(messages(fact(['打开“国家医保服务平台 APP”'], [{ id: 'a', quote: '打开国家医保服务平台App' }]))).toEqual([])
  })

  it('quotes from several sources together support the fact', () => {
    const f = fact(
      ['在“粤医保”里办，最多 6 人'],
      [
        { id: 'a', quote: '粤医保' },
        { id: 'b', quote: '最多6人' }
      ]
    )
    expect(messages(f, [src('a'), src('b')])).toEqual([])
  })

  it('has evidence only when every citation quotes', () => {
    expect(hasEvidence(fact(['x'], [{ id: 'a', quote: 'x' }]))).toBe(true)
    expect(hasEvidence(fact(['x'], [{ id: 'a', quote: 'x' }, 'b']))).toBe(false)
  })
})

describe('the two dates', () => {
  const today = new Date('2026-12-07T00:00:00Z')

  it.each([
    ['2023', '2023-12-31'],
    ['2024-02', '2024-02-29'],
    ['2025-09-18', '2025-09-18']
  ])('a partial date %s means at the latest %s', (partial, day) => {
    expect(latestDayOf(partial)).toBe(day)
  })

  it.each<[Array<string | undefined>, number | null]>([
    [['2021-05'], 2021],
    [['2024-12-07'], null], // exactly two years: not yet old
    [['2024-12-06'], 2024],
    [['2021', '2025-09'], null], // the newest source decides
    [['2024'], null], // 2024 may mean 2024-12-31
    [[undefined], null]
  ])('sources published %j: year shown %p', (dates, year) => {
    expect(
      oldSourceYear(
        dates.map((d, i) => src(`s${i}`, d)),
        today
      )
    ).toBe(year)
  })

  it('the build warns per fact, naming the year or the missing date', () => {
    const policy = {
      sources: [src('old', '2021-03'), src('new', '2026-01'), src('undated')],
      notes: [
        { id: 'a', text: '旧', sources: ['old'] },
        { id: 'b', text: '新', sources: ['old', 'new'] },
        { id: 'c', text: '无日期', sources: ['undated'] }
      ]
    }
    expect(dateWarnings('regions/x.json', policy, today)).toEqual([
      expect.stringMatching(/^regions\/x\.json: notes\[0\] 最新的来源是 2021 年的/),
      expect.stringMatching(/^regions\/x\.json: notes\[2\] 的来源都没有发布日期/)
    ])
  })
})

describe('the real policies/', () => {
  const files: Array<[string, { sources: Source[] }]> = [
    ['national.json', rawNational()],
    ...regionFileCodes().map((code): [string, { sources: Source[] }] => [`regions/${code}.json`, rawRegion(code)])
  ]

  it.each(files)('%s: every name, menu item and number is in its quotes', (_name, policy) => {
    expect(fileEvidenceProblems(policy)).toEqual([])
  })

  it('national.json: every fact quotes its sources', () => {
    expect(evidenceCount(rawNational()).withoutEvidence).toBe(0)
    expect(factsOf(rawNational()).length).toBeGreaterThan(20)
  })

  it('nearly every region fact quotes its sources (only the two CCTV 医保钱包 statuses rest on a bare id)', () => {
    const without = files.flatMap(([name, policy]) =>
      factsOf(policy)
        .filter((f) => !hasEvidence(f))
        .map((f) => `${name} ${f.path}`)
    )
    expect(without).toEqual(['regions/110000.json family.wallet', 'regions/440000.json family.wallet'])
  })

  it('every quote is plain prose: no web address, no long digit run', () => {
    for (const [, policy] of files) {
      for (const f of factsOf(policy)) {
        for (const c of f.citations) {
          if (typeof c === 'string') continue
          expect(c.quote).not.toMatch(/https?:|www\.|\d{7,}/)
          expect(c.quote.trim()).toBe(c.quote)
          expect(c.quote.length).toBeGreaterThan(3)
        }
      }
    }
  })
})

describe('医保钱包: dated, and behind its warning where it is not open', () => {
  const bundle = realBundle()
  const policyOf = (code: string | null) => resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code)
  const ask = { number: '020-12393' }

  it('says the month the status was known', () => {
    expect(asOfText('2025-09-18')).toBe('截至 2025 年 9 月')
    expect(asOfText(undefined)).toBeNull()
  })

  it('a province that runs it: the wallet path is one of the equal ways', () => {
    const family = policyOf(null).family
    expect(walletCaution(family.wallet, ask)).toBeNull()
    const choices = pathChoices(family.paths, family.wallet, ask)
    expect(choices.afterWarning).toBeNull()
    expect(choices.ways.map((p) => p.id)).toContain(WALLET_PATH_ID)
  })

  it.each([
    ['440000', /^截至 2025 年 9 月，您参保的省还没有开通医保钱包/],
    ['440300', /^截至 2025 年 9 月，您参保的省还没有开通医保钱包/],
    ['110000', /^截至 2025 年 9 月，您参保的省医保钱包还在试点/]
  ])('%s: not offered as an equal way, only after its dated warning', (code, warning) => {
    const family = policyOf(code).family
    const choices = pathChoices(family.paths, family.wallet, ask)
    expect(choices.ways.map((p) => p.id)).not.toContain(WALLET_PATH_ID)
    expect(choices.afterWarning?.path.id).toBe(WALLET_PATH_ID)
    expect(choices.afterWarning?.warning).toMatch(warning)
    expect(choices.afterWarning?.warning).toContain('020-12393')
  })

  it('an unknown status warns without a month', () => {
    expect(walletCaution({ status: 'unknown' }, ask)).toBe('还不确定您参保的省能不能用医保钱包，请先打 020-12393 问清楚。')
  })

  it('read by the relative a step was sent to, it names the giver’s place, not “your province”', () => {
    expect(walletCaution({ status: 'not-yet', asOf: '2025-09-22' }, ask, { relativeOf: '广州' })).toBe(
      '截至 2025 年 9 月，您家人参保的地方（广州）还没有开通医保钱包，请先打 020-12393 问清楚。'
    )
  })
})

describe('hasLocalFacts: a page whose content is all national says so', () => {
  const bundle = realBundle()
  const policyOf = (code: string | null) => resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code)

  it('the national rules have nothing local', () => {
    for (const topic of ['balance', 'family', 'withdraw'] as const) expect(hasLocalFacts(policyOf(null), topic)).toBe(false)
  })

  it('a place with its own family ways has local family facts', () => {
    expect(hasLocalFacts(policyOf('350200'), 'family')).toBe(true)
  })

  it('the 医保钱包 status alone does not make a page local', () => {
    const family = policyOf('440000').family
    const onlyWallet = { ...policyOf(null), family: { ...policyOf(null).family, wallet: family.wallet } }
    expect(hasLocalFacts(onlyWallet, 'family')).toBe(false)
  })
})
