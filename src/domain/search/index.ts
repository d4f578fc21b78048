/**
 * Search across the guide content for the user's region, offline, on the
 * loaded policy. Built from the resolved policy so every hit is something the
 * page will actually show, and each hit says where to land.
 *
 * Forgiving for people who type a whole question ("老伴走了，钱怎么取"):
 * known words are found anywhere in the query, filler words are dropped, and
 * an entry is shown when any term matches, the best matches first.
 */
import type { ResolvedPolicy } from '../policy/resolve'
import type { ShareTarget } from '../share/link'
import { CARD, channelCard, mythCard } from '../cards'

export interface SearchEntry {
  title: string
  /** where the words are found: the title plus the card's body */
  text: string
  /**
   * Where to land: the page plus a card, situation or binding path. Never a
   * region (the page would take the hit for a family member's shared link) nor
   * a step (it would overwrite the user's own walkthrough progress).
   */
  target: ShareTarget
  /** what kind of thing it is, shown beside the title */
  section: '余额查询' | '家庭共济' | '余额提取' | '误区'
}

export function buildSearchIndex(p: ResolvedPolicy): SearchEntry[] {
  const entries: SearchEntry[] = []
  // The page itself: its heading is the answer to "余额怎么查 / 还剩多少".
  entries.push({
    title: '医保余额怎么查：有哪几种办法',
    text: '查余额 余额查询 个人账户 还剩多少钱',
    target: { page: 'balance' },
    section: '余额查询'
  })
  for (const c of p.balance.channels) {
    entries.push({
      title: c.name,
      text: [c.name, ...c.steps, ...c.needs, ...c.suits, ...c.limits, ...c.actions.map((a) => (a.kind === 'call' ? a.number : a.label)), '查余额 余额查询'].join(' '),
      target: { page: 'balance', card: channelCard(c.id) },
      section: '余额查询'
    })
  }
  const a = p.balance.accounts
  entries.push({
    title: '个人账户和统筹账户的区别',
    text: [a.personal.name, a.personal.paysFor, a.personal.withdrawable, a.pooled.name, a.pooled.paysFor, a.pooled.withdrawable].join(' '),
    target: { page: 'balance', card: CARD.accounts },
    section: '余额查询'
  })
  entries.push({
    title: '能不能共济：回答三个问题',
    text: `家人 家庭共济 共济 条件 家人看病买药能不能用 ${p.family.eligibleInsurance} 配偶 父母 子女 兄弟姐妹 祖父母 外祖父母 孙子女 外孙子女`,
    target: { page: 'family', card: CARD.eligibility },
    section: '家庭共济'
  })
  for (const path of p.family.paths) {
    entries.push({
      title: `绑定家人：${path.name}`,
      text: [path.name, path.summary, ...path.prepare, ...path.steps.flatMap((s) => [s.title, s.detail]), path.unbind, '家人 绑定 家庭共济 解绑'].join(' '),
      target: { page: 'family', path: path.id },
      section: '家庭共济'
    })
  }
  entries.push({
    title: '共济的钱能付什么',
    text: ['家人', ...p.family.uses, ...p.family.notAllowed].join(' '),
    target: { page: 'family', card: CARD.uses },
    section: '家庭共济'
  })
  entries.push({
    title: '共济一定要记住：家人要用自己的医保卡',
    text: [...p.family.rules, '冒名就医 借卡'].join(' '),
    target: { page: 'family', card: CARD.rules },
    section: '家庭共济'
  })
  entries.push({
    title: '家人在外地能不能共济',
    text: `跨省 外地 外省 个人医保钱包 ${p.family.scopeNote}`,
    target: { page: 'family', card: CARD.crossProvince },
    section: '家庭共济'
  })
  // The page itself: its heading is the answer to "钱能取出来吗 / 怎么取钱".
  entries.push({
    title: '余额能取出来吗：只有这几种情形能提取',
    text: [
      '个人账户的钱只有下面几种情形才能取出来。统筹账户（统筹基金）的钱是大家共用的，任何情况下都不能取。',
      '找人“代取”“提现”的都是骗局或违法套现。',
      ...p.withdraw.situations.map((s) => s.name),
      '提取 取出 取钱'
    ].join(' '),
    target: { page: 'withdraw' },
    section: '余额提取'
  })
  for (const s of p.withdraw.situations) {
    entries.push({
      title: `余额提取：${s.name}`,
      text: [s.name, s.description, ...s.whoMayApply, ...s.materials.map((m) => m.name), s.where, '提取 取出 材料'].join(' '),
      target: { page: 'withdraw', situation: s.id },
      section: '余额提取'
    })
  }
  entries.push({
    title: '不符合提取条件时，钱可以怎么用',
    text: ['提取 取钱 不能取', ...p.withdraw.alternatives].join(' '),
    target: { page: 'withdraw', situation: 'none' },
    section: '余额提取'
  })
  for (const m of p.myths) {
    entries.push({ title: `误区：${m.claim}`, text: `${m.claim} ${m.truth}`, target: { page: 'withdraw', card: mythCard(m.id) }, section: '误区' })
  }
  return entries
}

/**
 * Words people type (anywhere in the query) → how the content says it, the
 * most telling first: a hit on the first counts fully, on the others a bit
 * less, so "绑定" prefers "绑定家人…" over "能不能共济…".
 */
const KEYWORDS: ReadonlyArray<{ says: readonly string[]; find: readonly string[]; relative?: true }> = [
  {
    says: ['死亡', '去世', '过世', '走了', '离世', '逝世', '身故', '病故', '不在了', '人没了', '死了', '过身', '仙逝', '丧事', '后事'],
    find: ['去世', '死亡']
  },
  { says: ['取钱', '提现', '取现', '退钱', '取出', '提取', '提出来', '拿出来', '领出来', '领取', '领钱', '取回', '取'], find: ['提取', '取出'] },
  { says: ['老伴', '老公', '老婆', '丈夫', '妻子', '爱人', '媳妇', '配偶', '夫妻'], find: ['配偶', '共济', '家人'], relative: true },
  {
    says: ['家人', '亲人', '家属', '亲属', '家里人', '孩子', '子女', '儿子', '女儿', '儿女', '父母', '爸妈', '爸爸', '妈妈', '我妈', '我爸', '老爸', '老妈', '父亲', '母亲', '老人', '老父亲', '老母亲', '公婆', '公公', '婆婆', '岳父', '岳母', '孙子', '孙女', '外孙', '兄弟', '姐妹', '爷爷', '奶奶', '外公', '外婆'],
    find: ['共济', '家人'],
    relative: true
  },
  { says: ['共济', '家庭共济', '家庭'], find: ['共济', '家人'] },
  { says: ['绑定', '添加家人', '加家人', '绑家人', '关联', '开通', '绑'], find: ['绑定', '共济'] },
  { says: ['解绑', '取消', '解除', '撤销'], find: ['解绑', '解除'] },
  { says: ['电话', '热线', '打电话', '拨打', '客服', '座机', '人工'], find: ['12393', '热线'] },
  { says: ['人社', '社保局'], find: ['12333', '人社'] },
  { says: ['丢了', '丢失', '挂失', '补办', '补卡', '卡丢'], find: ['卡丢了', '12333'] },
  { says: ['余额', '还剩多少', '剩多少', '剩下多少', '查钱', '有多少钱', '多少钱', '查余额', '余额查询', '查询'], find: ['余额查询', '余额'] },
  { says: ['出国', '移民', '出境', '国外', '定居', '移居', '港澳台', '香港', '澳门', '台湾', '绿卡'], find: ['出国', '定居', '出境'] },
  { says: ['换工作', '调动', '转移', '转关系', '转走', '外地工作', '离职', '辞职', '不接收'], find: ['不接收', '外地工作', '转过去'] },
  { says: ['外地', '外省', '异地', '跨省', '老家', '不在一起'], find: ['外地', '跨省'] },
  { says: ['套现', '换现金', '变现', '换钱', '兑现', 'tx'], find: ['套现', '换现金'] },
  { says: ['代取', '代办', '中介', '找人办'], find: ['代取', '代办', '中介'] },
  { says: ['骗子', '骗局', '诈骗', '上当', '骗保'], find: ['骗局', '骗保'] },
  { says: ['银行', 'atm', '网银', '转账', '转出来'], find: ['银行', '网银', 'atm'] },
  { says: ['统筹', '统筹账户', '统筹基金'], find: ['统筹'] },
  { says: ['个人账户', '个账', '个人帐户'], find: ['个人账户'] },
  { says: ['大病', '重病', '重大疾病', '癌症', '生大病'], find: ['重大疾病', '大病'] },
  { says: ['退休', '退了休'], find: ['退休'] },
  { says: ['停保', '断保', '断缴', '不交了', '放弃', '退保'], find: ['放弃', '停保'] },
  { says: ['清零', '过期', '作废', '到期', '用不完'], find: ['清零', '用不完'] },
  { says: ['交医保', '缴费', '交钱', '交保险', '交费'], find: ['缴费'] },
  { says: ['付什么', '买什么', '干什么', '做什么', '用来', '用途', '能付', '能买'], find: ['能付什么'] },
  { says: ['冒名', '借卡', '借医保卡', '别人的卡', '用我的卡', '拿我的卡'], find: ['冒名就医', '自己的医保卡'] },
  { says: ['亲情账户', '亲情号', '亲情付'], find: ['亲情账户'] },
  { says: ['手机', '网上', '上网', 'app', '软件', '下载'], find: ['app', '手机'] },
  { says: ['窗口', '大厅', '柜台', '现场', '当面', '营业厅', '医保局'], find: ['窗口', '大厅'] },
  { says: ['自助机', '机器', '自助'], find: ['自助'] },
  { says: ['材料', '证明', '带什么', '带啥', '证件', '手续'], find: ['材料', '证明'] },
  { says: ['查'], find: ['余额查询', '余额'] }
]

const DEATH = 0
const RELATIVE_GROUPS = KEYWORDS.flatMap((k, i) => (k.relative ? [i] : []))

/** Said around the question, not about it. Dropped before the rest is used literally. */
const FILLERS: readonly string[] = [
  '怎么', '怎样', '怎么样', '如何', '怎么办', '咋', '咋办', '能', '能不能', '可以', '可不可以', '是不是', '有没有',
  '吗', '呢', '啊', '吧', '呀', '哦', '嘛', '我', '我的', '我们', '咱', '的', '了', '要', '想', '想要', '需要',
  '一下', '请问', '问问', '用', '给', '让', '把', '被', '是', '有', '在', '还', '还能', '也', '都', '就', '去', '和',
  '跟', '与', '或', '或者', '不', '没', '没有', '什么', '啥', '哪里', '哪儿', '谁', '办', '办理', '里', '钱', '您',
  '你', '他', '她', '他们', '现在', '一定', '以后', '之后', '的时候'
]

/** In almost every card: only used when nothing else in the query is. */
const WEAK: readonly string[] = ['医保', '医保卡', '医疗保险', '社保', '社保卡']
/** Single characters that mean something only when nothing more specific was typed. */
const WEAK_KEYWORDS = new Set(['查'])

type Word = { kind: 'keyword'; group: number } | { kind: 'filler' } | { kind: 'weak' }

const DICTIONARY: ReadonlyMap<string, Word> = (() => {
  const d = new Map<string, Word>()
  for (const w of FILLERS) d.set(w, { kind: 'filler' })
  for (const w of WEAK) d.set(w, { kind: 'weak' })
  // keywords last: where a word is both, it means something
  KEYWORDS.forEach((k, group) => {
    for (const w of k.says) d.set(w, { kind: 'keyword', group })
  })
  return d
})()
const LONGEST = Math.max(...Array.from(DICTIONARY.keys(), (w) => w.length))

interface Term {
  /** what the content may say, the most telling first */
  alternatives: string[]
  /** how much a match counts: a death outweighs anything else asked with it */
  weight: number
}

/** A death in the query decides the answer: it counts twice as much as any other term. */
const DEATH_WEIGHT = 2

function normalize(query: string): string {
  let q = query
  try {
    q = q.normalize('NFKC') // full-width digits and letters, e.g. １２３９３
  } catch {
    // very old runtimes: use it as typed
  }
  // keep letters, digits and Chinese; everything else separates words
  return q.toLowerCase().replace(/[^0-9a-z\u3400-\u9fff]+/g, ' ')
}

/** Literal leftovers: runs of Chinese, or of letters/digits, of at least 2 characters. */
function literalChunks(text: string): string[] {
  return (text.match(/[\u3400-\u9fff]+|[0-9a-z]+/g) ?? []).filter((c) => c.length >= 2)
}

/**
 * The query as terms, each a list of what the content may say. Known words
 * are found anywhere (the longest at each place, left to right), fillers are
 * dropped, and what is left is used literally. Weak words count only when
 * nothing else does.
 */
function queryTerms(query: string): Term[] {
  const q = normalize(query)
  const strong = new Map<string, Term>()
  const weak = new Map<string, Term>()
  let rest = ''
  const flush = () => {
    for (const c of literalChunks(rest)) if (!strong.has(`=${c}`)) strong.set(`=${c}`, { alternatives: [c], weight: 1 })
    rest = ''
  }
  let i = 0
  while (i < q.length) {
    let found: { word: string; meaning: Word } | null = null
    for (let len = Math.min(LONGEST, q.length - i); len >= 1 && !found; len--) {
      const word = q.slice(i, i + len)
      const meaning = DICTIONARY.get(word)
      if (meaning) found = { word, meaning }
    }
    if (!found) {
      rest += q[i]
      i++
      continue
    }
    flush()
    i += found.word.length
    const { word, meaning: m } = found
    if (m.kind === 'filler') continue
    if (m.kind === 'weak') {
      weak.set(`=${word}`, { alternatives: [word], weight: 1 })
      continue
    }
    const k = KEYWORDS[m.group]
    const into = WEAK_KEYWORDS.has(word) ? weak : strong
    if (!k || into.has(`#${m.group}`)) continue
    // what was typed counts too, after the content's own words
    const alternatives = k.find.includes(word) || word.length < 2 ? [...k.find] : [...k.find, word]
    into.set(`#${m.group}`, { alternatives, weight: m.group === DEATH ? DEATH_WEIGHT : 1 })
  }
  flush()
  // "父亲去世", "我妈走了": the relative is who died, not who to share with; the death decides.
  if (strong.has(`#${DEATH}`)) for (const g of RELATIVE_GROUPS) strong.delete(`#${g}`)
  const terms = strong.size > 0 ? strong : weak
  return Array.from(terms.values())
}

const TITLE_WEIGHT = 3
const TEXT_WEIGHT = 1
/** a hit on a term's first (most telling) alternative counts fully, on the others this much */
const OTHER_ALTERNATIVE = 0.75

function termScore(alternatives: readonly string[], title: string, text: string): number {
  let best = 0
  alternatives.forEach((alt, i) => {
    const factor = i === 0 ? 1 : OTHER_ALTERNATIVE
    if (title.includes(alt)) best = Math.max(best, TITLE_WEIGHT * factor)
    else if (text.includes(alt)) best = Math.max(best, TEXT_WEIGHT * factor)
  })
  return best
}

/**
 * Entries matching at least one term of the query, best first: each matched
 * term adds to the score, more when it is in the title (or section). Ties keep the guide's
 * own order. Nothing for an empty query or one with nothing to look for.
 */
export function searchGuide(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const terms = queryTerms(query)
  if (terms.length === 0) return []
  const scored: Array<{ e: SearchEntry; score: number; i: number }> = []
  entries.forEach((e, i) => {
    // the section is shown beside the title: a word there counts as much
    const title = `${e.section} ${e.title}`.toLowerCase()
    const text = e.text.toLowerCase()
    let score = 0
    for (const t of terms) score += t.weight * termScore(t.alternatives, title, text)
    if (score > 0) scored.push({ e, score, i })
  })
  scored.sort((a, b) => b.score - a.score || a.i - b.i)
  return scored.slice(0, limit).map((x) => x.e)
}
