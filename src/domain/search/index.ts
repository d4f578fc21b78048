/**
 * Search across the guide content for the user's region, offline, on the
 * loaded policy. Built from the resolved policy so every hit is something the
 * page will actually show, and each hit says where to land.
 *
 * Forgiving for people who type a whole question ("老伴走了，钱怎么取"):
 * known words are found anywhere in the query, filler words are dropped, and
 * an entry is shown when any term matches, the best matches first.
 */
import { actionLabel } from '../policy/actionText'
import type { ResolvedPolicy } from '../policy/resolve'
import { CARD, channelCard, mythCard } from '../cards'
import type { SearchEntry } from './query'

export type { SearchEntry } from './query'
export { searchGuide } from './query'

/**
 * 去外地看病: the answer, the check, each way to file, 补办, the day itself, the claim list and its myths.
 * The words are the cards' own names plus how people ask, not whole sentences: the national entries ship
 * in the main package (every launch waits for it), so each byte there counts.
 */
function yidiEntries(y: ResolvedPolicy['yidi']): SearchEntry[] {
  const section = '异地就医'
  // every card of this guide is about seeing a doctor in another province, whichever words it uses
  const about = '异地就医 外地看病 跨省 外省'
  return [
    {
      // The page itself: its heading is the answer to "外地看病 / 异地住院怎么报销".
      title: '去外地看病，医保能用吗？先办异地就医备案',
      text: `${about} ${y.answer.title} 异地住院 报销 直接结算 没备案 垫钱`,
      target: { page: 'yidi' },
      section
    },
    {
      title: '异地就医备案选哪种：长期居住还是临时外出',
      text: [about, ...y.kinds.map((k) => k.name), '备案类型 长期居住 临时外出 养老 跟子女住 退休 转诊 急诊 有效期'].join(' '),
      target: { page: 'yidi', card: CARD.filingCheck },
      section
    },
    ...y.paths.map((path): SearchEntry => ({
      title: `异地就医备案怎么办：${path.name}`,
      text: [about, ...path.steps.map((s) => s.title), '备案 怎么办 手机 查看 变更 取消备案'].join(' '),
      target: { page: 'yidi', path: path.id },
      section
    })),
    {
      title: '来不及备案怎么办：出院前补办',
      text: `${about} 忘了备案 没备案 来不及 补办 急诊 出院 手工报销`,
      target: { page: 'yidi', card: CARD.lateFiling },
      section
    },
    {
      title: '到了外地医院：怎么看病、怎么结算',
      text: `${about} 医保码 医保电子凭证 社保卡 出示 结算 定点医院 联网 补记账 结算不成功`,
      target: { page: 'yidi', card: CARD.onTheDay },
      section
    },
    {
      title: '没能直接结算：回参保地报销要带的材料',
      text: [about, ...y.claim.materials.map((m) => m.name), '报销 材料 手工报销 零星报销 垫付 先付钱'].join(' '),
      target: { page: 'yidi', card: CARD.claim },
      section
    },
    ...y.myths.map((m): SearchEntry => ({
      title: `误区：${m.claim}`,
      text: `${m.claim} ${m.fact} ${m.instead}`,
      target: { page: 'yidi', card: mythCard(m.id) },
      section: '误区'
    }))
  ]
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
      text: [
        c.name,
        ...c.steps,
        ...c.needs,
        ...c.suits,
        ...c.limits,
        ...c.actions.map((a) => (a.kind === 'call' ? a.number : actionLabel(a))),
        '查余额 余额查询'
      ].join(' '),
      target: { page: 'balance', card: channelCard(c.id) },
      section: '余额查询'
    })
  }
  const a = p.balance.accounts
  entries.push({
    title: '个人账户和统筹账户的区别',
    text: [
      a.personal.name,
      a.personal.paysFor,
      a.personal.fundedBy,
      a.personal.withdrawable,
      a.pooled.name,
      a.pooled.paysFor,
      a.pooled.withdrawable
    ].join(' '),
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
      text: [
        path.name,
        path.summary,
        ...path.prepare,
        ...path.steps.flatMap((s) => [s.title, s.detail]),
        path.unbind,
        '家人 绑定 家庭共济 解绑'
      ].join(' '),
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
    entries.push({ title: `误区：${m.claim}`, text: `${m.claim} ${m.fact}`, target: { page: 'withdraw', card: mythCard(m.id) }, section: '误区' })
  }
  entries.push(...yidiEntries(p.yidi))
  return entries
}
