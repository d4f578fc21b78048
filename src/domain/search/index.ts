/**
 * Search across the guide content for the user's region, offline, on the
 * loaded policy. Built from the resolved policy so every hit is something the
 * page will actually show, and each hit says where to land.
 */
import type { ResolvedPolicy } from '../policy/resolve'
import type { ShareTarget } from '../share/link'

export interface SearchEntry {
  title: string
  /** where the words are found: the title plus the card's body */
  text: string
  target: ShareTarget
  /** what kind of thing it is, shown beside the title */
  section: '余额查询' | '家庭共济' | '余额提取' | '误区'
}

/** Words people type that the content says differently. */
const SYNONYMS: Record<string, string[]> = {
  死亡: ['去世', '死亡'],
  去世: ['去世', '死亡'],
  过世: ['去世', '死亡'],
  取钱: ['提取', '取出'],
  取现: ['提取', '套现'],
  提现: ['提取', '套现'],
  老伴: ['配偶'],
  家人: ['家人', '家庭共济', '共济'],
  亲人: ['家人', '共济'],
  电话: ['12393', '热线'],
  热线: ['12393', '12333', '热线'],
  余额: ['余额'],
  出国: ['出国', '出境', '定居'],
  绑定: ['绑定', '共济']
}

export function buildSearchIndex(p: ResolvedPolicy): SearchEntry[] {
  const region = p.region
  const entries: SearchEntry[] = []
  for (const c of p.balance.channels) {
    entries.push({
      title: c.name,
      text: [c.name, ...c.steps, ...c.needs, ...c.suits, ...c.limits, ...c.actions.map((a) => (a.kind === 'call' ? a.number : a.label)), '查余额 余额查询'].join(' '),
      target: { page: 'balance', region, card: `channel-${c.id}` },
      section: '余额查询'
    })
  }
  const a = p.balance.accounts
  entries.push({
    title: '个人账户和统筹账户的区别',
    text: [a.personal.name, a.personal.paysFor, a.personal.withdrawable, a.pooled.name, a.pooled.paysFor, a.pooled.withdrawable].join(' '),
    target: { page: 'balance', region, card: 'accounts' },
    section: '余额查询'
  })
  entries.push({
    title: '能不能共济：回答三个问题',
    text: `家人 家庭共济 共济 条件 ${p.family.eligibleInsurance} 配偶 父母 子女 兄弟姐妹 祖父母 外祖父母 孙子女 外孙子女`,
    target: { page: 'family', region, card: 'eligibility' },
    section: '家庭共济'
  })
  for (const path of p.family.paths) {
    entries.push({
      title: `绑定家人：${path.name}`,
      text: [path.name, path.summary, ...path.prepare, ...path.steps.flatMap((s) => [s.title, s.detail]), path.unbind, '家人 绑定 家庭共济 解绑'].join(' '),
      target: { page: 'family', region, path: path.id, step: 0 },
      section: '家庭共济'
    })
  }
  entries.push({
    title: '共济的钱能付什么',
    text: ['家人', ...p.family.uses, ...p.family.notAllowed].join(' '),
    target: { page: 'family', region, card: 'uses' },
    section: '家庭共济'
  })
  entries.push({
    title: '家人在外地能不能共济',
    text: `跨省 外地 外省 个人医保钱包 ${p.family.scopeNote}`,
    target: { page: 'family', region, card: 'cross-province' },
    section: '家庭共济'
  })
  for (const s of p.withdraw.situations) {
    entries.push({
      title: `余额提取：${s.name}`,
      text: [s.name, s.description, ...s.whoMayApply, ...s.materials.map((m) => m.name), s.where, '提取 取出 材料'].join(' '),
      target: { page: 'withdraw', region, situation: s.id },
      section: '余额提取'
    })
  }
  entries.push({
    title: '不符合提取条件时，钱可以怎么用',
    text: ['提取 取钱 不能取', ...p.withdraw.alternatives].join(' '),
    target: { page: 'withdraw', region, situation: 'none' },
    section: '余额提取'
  })
  for (const m of p.myths) {
    entries.push({ title: `误区：${m.claim}`, text: `${m.claim} ${m.truth}`, target: { page: 'withdraw', region, card: `myth-${m.id}` }, section: '误区' })
  }
  return entries
}

function termsOf(query: string): string[][] {
  // every word must match; a word matches through any of its synonyms
  return query
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w.toLowerCase(), ...(SYNONYMS[w] ?? [])])
}

export function searchGuide(entries: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const terms = termsOf(query)
  if (terms.length === 0) return []
  const scored = entries
    .map((e, i) => {
      const title = e.title.toLowerCase()
      const text = e.text.toLowerCase()
      let score = 0
      for (const alternatives of terms) {
        const inTitle = alternatives.some((t) => title.includes(t.toLowerCase()))
        const inText = alternatives.some((t) => text.includes(t.toLowerCase()))
        if (!inTitle && !inText) return null
        score += inTitle ? 3 : 1
      }
      return { e, score, i }
    })
    .filter((x): x is { e: SearchEntry; score: number; i: number } => x !== null)
  scored.sort((a, b) => b.score - a.score || a.i - b.i)
  return scored.slice(0, limit).map((x) => x.e)
}
