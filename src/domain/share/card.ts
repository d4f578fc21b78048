/**
 * What a share card says. Most people meet this app as a card in a family chat, so the card carries the
 * answer itself: its title says it in one line ("厦门查医保余额：拨打 0592-12393", a step's own instruction
 * to the person it is sent to), and its image shows it in large type, readable without opening it.
 */
import type { Cast, Screen, StepText } from '../walkthrough'

/** The text drawn on a card's image (domain/share/layout.ts places it). */
export interface ShareImage {
  /** small line on the coloured band: what and where, e.g. 家庭共济 · 深圳 · 第 2 步（共 5 步） */
  kicker: string
  /** the answer, in the largest type */
  headline: string
  /** what to do, wrapped and cut to fit */
  body: string
  footer: string
}

export interface ShareCard {
  title: string
  /** null: WeChat's default picture (a screenshot of the page) */
  image: ShareImage | null
}

export const SHARE_FOOTER = '医保指南 · 以当地医保部门规定为准'

/** "深圳" or, for the national rules, nothing in a title and 全国通用 on the image. */
const where = (place: string) => place || '全国通用'

/** A title no longer than `max` characters: cut at the last whole item of `items`, ending in 等. */
export function listWithin(prefix: string, items: readonly string[], max: number): string {
  let out = ''
  for (const item of items) {
    const next = out ? `${out}、${item}` : item
    if ((prefix + next).length > max && out) return `${prefix}${out}等`
    out = next
  }
  return prefix + out
}

/** A walkthrough step, written to the one it is sent to. */
export function stepCard(p: { task: string; place: string; number: number; total: number; text: StepText }): ShareCard {
  return {
    title: `${p.place}${p.task}第 ${p.number} 步：${p.text.title}`,
    image: {
      kicker: `${p.task} · ${where(p.place)} · 第 ${p.number} 步（共 ${p.total} 步）`,
      headline: p.text.title,
      body: p.text.detail,
      footer: SHARE_FOOTER
    }
  }
}

/** The screen before the steps: which way, how many steps, what to have ready. */
export function prepareCard(p: { task: string; place: string; way: string; steps: number; items: readonly string[] }): ShareCard {
  return {
    title: `${p.place}${p.task}怎么办：用${p.way}，共 ${p.steps} 步`,
    image: {
      kicker: `${p.task} · ${where(p.place)}`,
      headline: `用${p.way}办，共 ${p.steps} 步`,
      body: p.items.length > 0 ? `开始前准备好：${p.items.join('；')}。` : '',
      footer: SHARE_FOOTER
    }
  }
}

/** The screen after the steps: what happens once it is done. */
export function finishCard(p: { task: string; place: string; way: string; afterwards: readonly string[] }): ShareCard {
  return {
    title: `${p.place}${p.task}办好以后：${p.afterwards[0] ?? p.way}`,
    image: { kicker: `${p.task} · ${where(p.place)} · ${p.way}`, headline: '办好以后', body: p.afterwards.join('\n'), footer: SHARE_FOOTER }
  }
}

/** Whatever screen of a walkthrough is on show; a step is written to the one it is sent to (the cast's reader of it). */
export function walkthroughCard<S, R extends string>(p: {
  task: string
  place: string
  way: string
  steps: number
  screen: Screen<S>
  cast: Cast<S, R>
}): ShareCard {
  const { task, place, way, screen, cast } = p
  switch (screen.kind) {
    case 'prepare':
      return prepareCard({ task, place, way, steps: p.steps, items: screen.items })
    case 'step':
      return stepCard({ task, place, number: screen.number, total: screen.total, text: cast.view(screen.step, cast.readerOf(screen.step)) })
    case 'finish':
      return finishCard({ task, place, way, afterwards: screen.afterwards })
  }
}

/** The balance guide: which number to call. */
export function balanceCard(p: { place: string; number: string }): ShareCard {
  return {
    title: `${p.place}查医保余额：拨打 ${p.number}`,
    image: {
      kicker: `查医保余额 · ${where(p.place)}`,
      headline: `拨打 ${p.number}`,
      body: '打这个电话，按语音提示转人工，说想查个人账户余额。本程序看不到您的余额。',
      footer: SHARE_FOOTER
    }
  }
}

/** The family guide before a way is chosen: who can use the money, and the ways to bind. */
export function familyCard(p: { place: string; relatives: string; ways: readonly string[] }): ShareCard {
  return {
    title: `${p.place}家庭共济：职工医保个人账户的钱，绑定后家人也能用`,
    image: {
      kicker: `家庭共济 · ${where(p.place)}`,
      headline: '职工医保个人账户，家人也能用',
      body: `可以给${p.relatives}用。先绑定：${p.ways.join('、')}。`,
      footer: SHARE_FOOTER
    }
  }
}

/** The 去外地看病 guide before a way is chosen: the one-line answer, and what to do first. */
export function yidiCard(p: { place: string; answer: string; first: string }): ShareCard {
  return {
    title: `${p.place}去外地看病，医保能用吗？${p.answer}`,
    image: { kicker: `去外地看病 · ${where(p.place)}`, headline: p.answer, body: p.first, footer: SHARE_FOOTER }
  }
}

/** The withdrawal guide: the situations it can be taken out in, or one situation's materials. */
export function withdrawCard(
  p: { place: string } & (
    | { kind: 'situations'; names: readonly string[] }
    | { kind: 'materials'; situation: string; materials: readonly string[] }
    | { kind: 'none'; alternatives: readonly string[] }
  )
): ShareCard {
  const kicker = `取医保余额 · ${where(p.place)}`
  switch (p.kind) {
    case 'situations':
      return {
        title: listWithin(`${p.place}医保余额能取吗？只有这几种情况能取：`, p.names, 40),
        image: { kicker, headline: '只有这几种情况能取', body: p.names.map((n, i) => `${i + 1}. ${n}`).join('\n'), footer: SHARE_FOOTER }
      }
    case 'materials':
      return {
        title: listWithin(`${p.place}${p.situation}，取医保余额要带：`, p.materials, 40),
        image: { kicker, headline: `${p.situation}：要带的材料`, body: `${p.materials.join('、')}。`, footer: SHARE_FOOTER }
      }
    case 'none':
      return {
        title: `${p.place}医保余额：在职、退休都取不出来，钱可以这样用`,
        image: { kicker, headline: '在职、退休都取不出来', body: p.alternatives.join('\n'), footer: SHARE_FOOTER }
      }
  }
}
