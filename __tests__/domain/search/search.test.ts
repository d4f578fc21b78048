/**
 * Home page search on the real policy data: what people aged 40–80 actually
 * type ("怎么取钱", "老伴 能用吗") must land on the card that answers it.
 * Expected landings are derived from the policy data, not from the search.
 */
import { buildSearchIndex, searchGuide, type SearchEntry } from '../../../src/domain/search'
import { answerSearch } from '../../../src/domain/search/query'
import { regionHotline, searchHotline, searchReply } from '../../../src/domain/search/reply'
import { GUIDE_ANSWERS, KEYWORDS, TRY_WORDS } from '../../../src/domain/search/words'
import { resolvePolicy, type ResolvedPolicy } from '../../../src/domain/policy/resolve'
import { hotlinePlaceOf } from '../../../src/domain/policy/hotline'
import { regionList } from '../../../src/domain/region/fullList'
import { sharePath, type ShareTarget } from '../../../src/domain/share/link'
import { realBundle } from '../../support/policyFixtures'
import { CARD, channelCard, mythCard } from '../../../src/domain/cards'

const { all: allRegions, areaCodesOf, getRegion, regionChain } = regionList

const bundle = realBundle()
const policyOf = (code: string | null) => resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code)

const REGIONS: ReadonlyArray<[string, string | null]> = [
  ['national', null],
  ['天津', '120000'],
  ['厦门', '350200']
]

/** Cards every guide page shows whatever the region: the same constants the pages render (src/domain/cards.ts). */
const STATIC_CARDS: Record<string, readonly string[]> = {
  balance: [CARD.accounts],
  family: [CARD.eligibility, CARD.uses, CARD.rules, CARD.crossProvince],
  withdraw: [],
  yidi: [CARD.filingCheck, CARD.lateFiling, CARD.onTheDay, CARD.claim]
}

function situationNamed(p: ResolvedPolicy, word: string): ShareTarget {
  const s = p.withdraw.situations.find((x) => x.name.includes(word))
  if (!s) throw new Error(`no situation named like ${word}`)
  return { page: 'withdraw', situation: s.id }
}

/** Balance channels you phone at 12393: the national line and the local one (e.g. 022-12393). */
function hotlines12393(p: ResolvedPolicy): ShareTarget[] {
  return p.balance.channels
    .filter((c) => c.actions.some((a) => a.kind === 'call' && /^(0\d{2,3}-)?12393$/.test(a.number)))
    .map((c) => ({ page: 'balance', card: channelCard(c.id) }))
}

/** The myths that call it 套现 (cashing out the balance is illegal). */
function cashOutMyths(p: ResolvedPolicy): ShareTarget[] {
  return p.myths.filter((m) => `${m.fact} ${m.law ?? ''}`.includes('套现')).map((m) => ({ page: 'withdraw', card: mythCard(m.id) }))
}

/** Where each question should land, one of the listed targets first. */
function expectations(p: ResolvedPolicy): Array<[string, ShareTarget[]]> {
  const death = situationNamed(p, '去世')
  // a general "can I take it out" question: the page that lists when you can (heading 余额能取出来吗)
  const withdrawPage: ShareTarget = { page: 'withdraw' }
  // "can my spouse / parents use it": the three-question eligibility check
  const eligibility: ShareTarget = { page: 'family', card: CARD.eligibility }
  const firstPath = p.family.paths[0]
  if (!firstPath) throw new Error('no binding path')
  return [
    ['死亡', [death]],
    ['去世', [death]],
    ['怎么取钱', [withdrawPage]],
    ['钱能取出来吗', [withdrawPage]],
    ['老伴 能用吗', [eligibility]],
    ['给父母用', [eligibility]],
    ['12393', hotlines12393(p)],
    ['电话查余额', hotlines12393(p)],
    ['出国', [situationNamed(p, '出国')]],
    ['套现', cashOutMyths(p)],
    ['家人', [eligibility]],
    ['绑定', p.family.paths.map((x) => ({ page: 'family' as const, path: x.id }))]
  ]
}

const targetOf = (e: SearchEntry | undefined) => e?.target

describe.each(REGIONS)('search (%s)', (_name, code) => {
  const policy = policyOf(code)
  const index = buildSearchIndex(policy)

  it('the data has what the questions are about', () => {
    expect(policy.family.relatives).toEqual(expect.arrayContaining(['spouse', 'parent']))
    expect(hotlines12393(policy).length).toBeGreaterThan(0)
    expect(cashOutMyths(policy).length).toBeGreaterThan(0)
  })

  it.each(expectations(policy))('"%s" puts the right card first', (query, expected) => {
    const hits = searchGuide(index, query)
    expect(expected).toContainEqual(targetOf(hits[0]))
  })

  it('"死亡" and "去世" show the situation by its name', () => {
    const name = policy.withdraw.situations.find((s) => s.name.includes('去世'))?.name ?? '?'
    expect(searchGuide(index, '死亡')[0]?.title).toContain(name)
    expect(searchGuide(index, '去世')[0]?.title).toContain(name)
  })

  it('every 12393 line comes before anything else, local one included', () => {
    const lines = hotlines12393(policy)
    for (const q of ['12393', '电话查余额']) {
      const top = searchGuide(index, q).slice(0, lines.length).map(targetOf)
      expect(top).toEqual(expect.arrayContaining(lines))
    }
  })

  it('"家人" keeps to the family guide at the top; "绑定" lists the binding paths first', () => {
    const family = searchGuide(index, '家人')
    expect(family.slice(0, 3).every((h) => h.target.page === 'family')).toBe(true)
    const paths = policy.family.paths.map((p) => p.id)
    const binding = searchGuide(index, '绑定', paths.length)
    expect(binding.map((h) => h.target.path)).toEqual(paths)
  })

  it.each(['', '   ', '怎么 吗', '火星签证'])('"%s" finds nothing', (query) => {
    expect(searchGuide(index, query)).toEqual([])
  })

  it('one matching term is enough; more matching terms rank higher', () => {
    expect(lines(searchGuide(index, '12393 火星签证'))).toContainEqual(hotlines12393(policy)[0])
    // 老伴 alone leads to the eligibility check; with 走了 (died) and 取 the death situation wins
    expect(targetOf(searchGuide(index, '我老伴走了，医保卡里的钱怎么取')[0])).toEqual(situationNamed(policy, '去世'))
  })

  // How people really ask (home search box, 40–80 year olds and their children). A death word decides over a
  // relative's name: "父亲去世" is about claiming the balance, not about sharing it with father.
  const death = situationNamed(policy, '去世')
  const eligibility: ShareTarget = { page: 'family', card: CARD.eligibility }
  const withdrawPage: ShareTarget = { page: 'withdraw' }
  const balancePage: ShareTarget = { page: 'balance' }
  const abroad = situationNamed(policy, '出国')
  it.each<[string, ShareTarget[]]>([
    ['父亲去世', [death]],
    ['母亲去世', [death]],
    ['爸爸走了', [death]],
    ['我妈走了', [death]],
    ['我爸走了医保卡怎么办', [death]],
    ['老人过世了钱怎么取', [death]],
    ['老伴去世了医保卡里的钱', [death]],
    ['老伴走了，钱怎么取', [death]],
    ['父亲过世医保余额', [death]],
    ['母亲病故后医保账户', [death]],
    ['爷爷去世了，医保卡还有钱', [death]],
    ['奶奶不在了', [death]],
    ['家属死亡 医保个人账户', [death]],
    ['人死了医保卡里的钱能取吗', [death]],
    ['亲人离世医保怎么处理', [death]],
    ['丈夫逝世 医保卡余额继承', [death]],
    ['办后事 医保卡', [death]],
    ['身故 提取', [death]],
    ['给老伴用我的医保', [eligibility]],
    ['爸妈能用我的医保卡吗', [eligibility]],
    ['孩子看病能用我的医保吗', [eligibility, { page: 'family', card: CARD.uses }]],
    ['我妈能用我医保卡里的钱吗', [eligibility]],
    ['家人共用医保', [eligibility]],
    ['医保卡里的钱怎么取出来', [withdrawPage]],
    ['医保的钱能提现吗', [withdrawPage]],
    ['医保卡还剩多少钱', [balancePage, ...hotlines12393(policy)]],
    ['怎么查医保余额', [balancePage, ...hotlines12393(policy)]],
    ['打电话查余额', hotlines12393(policy)],
    ['出国定居 医保', [abroad]],
    ['移民了医保卡的钱', [abroad]],
    ['医保卡换现金', cashOutMyths(policy)],
    ['绑定家人', policy.family.paths.map((x) => ({ page: 'family' as const, path: x.id }))]
  ])('real phrasing "%s" puts the right card first', (query, expected) => {
    expect(expected).toContainEqual(targetOf(searchGuide(index, query)[0]))
  })

  it.each(['父亲去世', '母亲去世', '爸爸走了'])('"%s" puts the withdrawal guide above every 家庭共济 card', (query) => {
    const hits = searchGuide(index, query)
    const firstFamily = hits.findIndex((h) => h.target.page === 'family')
    expect(hits[0]?.target).toEqual(death)
    expect(firstFamily === -1 || firstFamily > 0).toBe(true)
  })

  // 去外地看病: how people ask it (the phrasings new users tried, and the search-result titles people land on). Each lands in the
  // 异地就医 guide, above every 家庭共济 card — "去儿子那边看病" is about where, not whom to share with.
  const yidiPage: ShareTarget = { page: 'yidi' }
  const claimCard: ShareTarget = { page: 'yidi', card: CARD.claim }
  const lateCard: ShareTarget = { page: 'yidi', card: CARD.lateFiling }
  it.each<[string, ShareTarget[]]>([
    ['外地看病', [yidiPage]],
    ['异地住院', [yidiPage]],
    ['在外地生病了', [yidiPage]],
    ['去儿子那边看病', [yidiPage]],
    ['去女儿家那边住院能报吗', [yidiPage]],
    ['备案', [yidiPage]],
    ['异地就医备案', [yidiPage]],
    ['外省医保怎么备案', [yidiPage]],
    ['异地住院怎么报销', [yidiPage, claimCard]],
    ['外地住院怎么报销', [yidiPage, claimCard]],
    ['忘了备案怎么办', [lateCard, yidiPage]],
    ['回老家看病医保能用吗', [yidiPage]]
  ])('"%s" lands in the 异地就医 guide, above every 家庭共济 card', (query, expected) => {
    const hits = searchGuide(index, query)
    expect(expected).toContainEqual(targetOf(hits[0]))
    const firstFamily = hits.findIndex((h) => h.target.page === 'family')
    const lastYidi = hits.map((h) => h.target.page).lastIndexOf('yidi')
    expect(firstFamily === -1 || firstFamily > lastYidi).toBe(true)
  })

  it('a relative asked without a place still means sharing (control for the rule above)', () => {
    expect(targetOf(searchGuide(index, '儿子能用我的医保吗')[0])).toEqual(eligibility)
    expect(targetOf(searchGuide(index, '家人在外地能共济吗')[0])?.page).toBe('family')
  })

  it('full-width digits and punctuation are understood', () => {
    expect(hotlines12393(policy)).toContainEqual(targetOf(searchGuide(index, '１２３９３？')[0]))
  })

  it('ties keep the guide order, and the limit is kept', () => {
    const situations = searchGuide(index, '提取', 20)
      .map((h) => h.target.situation)
      .filter((s): s is string => s !== undefined && s !== 'none')
    expect(situations).toEqual(policy.withdraw.situations.map((s) => s.id))
    expect(searchGuide(index, '家人', 3)).toHaveLength(3)
  })

  it('hits never carry a region or a step: the page uses the saved region and the user’s own progress', () => {
    const queries = [...expectations(policy).map(([q]) => q), '提取', '余额', '共济', '误区']
    for (const q of queries) {
      for (const h of searchGuide(index, q, 50)) {
        expect(h.target).not.toHaveProperty('region')
        expect(h.target).not.toHaveProperty('step')
        expect(sharePath(h.target)).not.toMatch(/[?&](region|step)=/)
      }
    }
    for (const e of index) {
      for (const k of Object.keys(e.target)) expect(['page', 'card', 'situation', 'path']).toContain(k)
    }
  })

  it('every hit points at something the page shows', () => {
    const cards = new Set([
      ...policy.balance.channels.map((c) => `channel-${c.id}`),
      ...policy.myths.map((m) => `myth-${m.id}`),
      ...policy.yidi.myths.map((m) => `myth-${m.id}`),
      ...Object.values(STATIC_CARDS).flat()
    ])
    for (const { target: t } of index) {
      if (t.card !== undefined) expect(cards).toContain(t.card)
      const paths = t.page === 'yidi' ? policy.yidi.paths : policy.family.paths
      if (t.path !== undefined) expect(paths.map((p) => p.id)).toContain(t.path)
      if (t.situation !== undefined) expect([...policy.withdraw.situations.map((s) => s.id), 'none']).toContain(t.situation)
    }
  })
})

function lines(hits: SearchEntry[]): ShareTarget[] {
  return hits.map((h) => h.target)
}

/**
 * Words people of 60+ type that the guides were not written around. Each must land on content about it (the
 * nearest answer), and where the app does not answer what they usually want (报销 rates, 补卡), say so.
 */
const says = (word: string) => (e: SearchEntry) => `${e.title} ${e.text}`.includes(word)
const ELDER_WORDS: ReadonlyArray<[string, (e: SearchEntry) => boolean, 'says what it does not cover' | 'answers']> = [
  // 新农合 members need to know first that they have no 个人账户 to check, share or take out
  ['新农合', (e) => says('没有个人账户')(e) && says('居民医保')(e), 'says what it does not cover'],
  ['报销', says('报销'), 'says what it does not cover'],
  // the content speaks of 报销 only in general (what the 统筹基金 pays): that is the nearest answer
  ['住院', says('报销'), 'says what it does not cover'],
  ['门诊', says('报销'), 'says what it does not cover'],
  ['慢性病', says('报销'), 'says what it does not cover'],
  ['医保卡丢了', says('卡丢了'), 'says what it does not cover'],
  ['退休', says('退休'), 'answers']
]

describe.each(REGIONS)('elder words (%s)', (_name, code) => {
  const index = buildSearchIndex(policyOf(code))
  const hotline = regionHotline(code)

  it.each(ELDER_WORDS)('"%s" lands on content about it, and %s', (word, about, kind) => {
    const answer = answerSearch(index, word)
    expect(answer.hits.length).toBeGreaterThan(0)
    expect(about(answer.hits[0] as SearchEntry)).toBe(true)
    const reply = searchReply(word, answer, hotline)
    if (kind === 'answers') expect(reply).toBeNull()
    else {
      expect(answer.beyond).toHaveLength(1)
      expect(reply?.beyond[0]).toMatch(/本程序没有讲。$/)
      expect(reply?.call.number).toBe(hotline.number)
    }
  })

  it.each(['火星签证', 'zzzz', '？？？'])('"%s" (nothing found) gets the honest reply: what the app covers and the call', (query) => {
    const answer = answerSearch(index, query)
    expect(answer.hits).toEqual([])
    const reply = searchReply(query, answer, hotline)
    expect(reply?.notFound).toBe(`没有找到“${query}”。`)
    expect(reply?.covers).toEqual(Object.values(GUIDE_ANSWERS))
    expect(reply?.tryWords).toContain('家人')
    expect(reply?.call).toEqual({ label: `拨打 ${hotline.number}`, number: hotline.number })
  })

  it('the words offered to try each find something', () => {
    for (const w of TRY_WORDS) expect(searchGuide(index, w).length).toBeGreaterThan(0)
  })

  it('every guide section in the index has its plain line in the reply (a new guide adds its row)', () => {
    const sections = new Set(index.map((e) => e.section).filter((s) => s !== '误区'))
    expect([...sections].sort()).toEqual(Object.keys(GUIDE_ANSWERS).sort())
  })

  it('every word that says what the app does not cover still finds its nearest answer in the content', () => {
    for (const k of KEYWORDS.filter((k) => k.beyond)) {
      const [typed] = k.says
      expect(searchGuide(index, typed ?? '-').length).toBeGreaterThan(0)
    }
  })
})

describe('the reply', () => {
  it('a query the hits answer needs no reply; an empty query none either', () => {
    const index = buildSearchIndex(policyOf(null))
    expect(searchReply('家人', answerSearch(index, '家人'), searchHotline(null, undefined))).toBeNull()
    expect(searchReply('  ', answerSearch(index, '  '), searchHotline(null, undefined))).toBeNull()
  })

  it.each<[string | null, string, string | null]>([
    ['350200', '0592-12393', '厦门'],
    ['110000', '010-12393', '北京'],
    ['630200', '0972-12393', '海东'],
    // a province spans many area codes: only the plain 12393 is sure to reach someone
    ['350000', '12393', null],
    [null, '12393', null]
  ])('region %s offers %s', (code, number, place) => {
    expect(regionHotline(code)).toEqual({ number, place })
    const reply = searchReply('火星签证', { hits: [], beyond: [] }, regionHotline(code))
    expect(reply?.call.number).toBe(number)
    expect(reply?.callIntro).toContain(place ? `${place}医保服务热线 ${number}` : '先拨参保地的区号')
  })

  it('the home page offers the same number the guides dial for every region', () => {
    for (const r of allRegions) {
      const place = hotlinePlaceOf(r.code, { getRegion, areaCodesOf })
      expect(regionHotline(r.code).number).toBe(place ? `${place.areaCode}-12393` : '12393')
    }
  })
})
