/** A withdrawal situation as a checklist a family can tick off and paste into a chat. */
import type { Material, Situation } from '../policy/schema'
import type { ResolvedPolicy, Sourced } from '../policy/resolve'
import { notesFor } from '../policy/notes'
import { hotlineFor, localHotline } from '../policy/hotline'

/** The picker's "none of these" answer: the balance cannot be taken out. */
export const NOT_WITHDRAWABLE = 'none'

export interface ChecklistParts {
  /** what everyone brings: one box each, and the count counts exactly these */
  needed: Material[]
  /** what only someone applying for another person brings (委托书): shown apart, never counted */
  ifAgent: Material[]
  /** what only some cases need, each note saying which (住院时才需要): shown apart, never counted */
  ifCase: Material[]
}

/**
 * The one split the screen, the count and the copied text all use. (The count used to leave
 * 委托书 out of the total while its box stayed in the list: "0 / 6" over 7 boxes.)
 */
/** Anything with materials to bring: a withdrawal situation, or the claim list of 去外地看病. */
export interface MaterialList {
  materials: readonly Material[]
}

export function checklistParts(situation: MaterialList): ChecklistParts {
  return {
    needed: situation.materials.filter((m) => m.onlyWhen === undefined),
    ifAgent: situation.materials.filter((m) => m.onlyWhen === 'agent'),
    ifCase: situation.materials.filter((m) => m.onlyWhen === 'case')
  }
}

export interface ChecklistProgress {
  done: number
  total: number
  /** needed materials not ticked yet, in list order */
  missing: Material[]
}

/** Ticks of the needed boxes only: a tick kept from another list, or on 委托书, does not count. */
export function checklistProgress(situation: MaterialList, ticked: readonly string[]): ChecklistProgress {
  const { needed } = checklistParts(situation)
  const missing = needed.filter((m) => !ticked.includes(m.id))
  return { done: needed.length - missing.length, total: needed.length, missing }
}

/** Where the parts of a copied list come from, so a sibling can tell the national rules from the local ones. */
export interface ChecklistPlace {
  /** the region the list is for, as shown (福建 · 厦门); null: none chosen, the national rules */
  place: string | null
  /** the region whose own file gives this situation (武汉); null: the materials and steps are national */
  situationFrom: string | null
  /** the number to ask before going: 0592-12393, or 12393 */
  hotline: string
  /** the place that number reaches (厦门); null for the plain 12393 */
  hotlinePlace: string | null
  /** local tips of the withdrawal guide, each with the place it is about */
  notes: ReadonlyArray<{ text: string; from: string }>
}

/** The parts of `policy` a copied list names, in the words the page uses for places. */
export function checklistPlace(
  policy: ResolvedPolicy,
  situation: Sourced<Situation>,
  names: { label(code: string | null): string; short(code: string): string }
): ChecklistPlace {
  const local = localHotline(policy)
  const region = policy.region
  return {
    place: region === null ? null : names.label(region),
    situationFrom: situation.from.code === 'national' ? null : names.short(situation.from.code),
    hotline: hotlineFor(policy).number,
    hotlinePlace: local && region !== null ? names.short(region) : null,
    notes: notesFor(policy, 'withdraw').map((n) => ({ text: n.text, from: names.short(n.from.code) }))
  }
}

export const materialLine = (m: Material) => `${m.name}（${m.form}）${m.note ? `：${m.note}` : ''}`

/** The groups a copied list shows apart from what everyone brings. */
export function conditionalLines({ ifAgent, ifCase }: Pick<ChecklistParts, 'ifAgent' | 'ifCase'>): string[] {
  return [
    ...(ifCase.length > 0 ? ['看情况，还可能要带：', ...ifCase.map((m) => `· ${materialLine(m)}`)] : []),
    ...(ifAgent.length > 0 ? ['请别人代办时，还要带：', ...ifAgent.map((m) => `· ${materialLine(m)}`)] : [])
  ]
}

/**
 * The materials part of a copied list, the same for every checklist: what to bring, numbered, the groups
 * that depend on who goes or the case, and what is still missing (only once something is ticked).
 */
export function materialsText(list: MaterialList, ticked: readonly string[]): string[] {
  const { needed, ifAgent, ifCase } = checklistParts(list)
  const { missing, done, total } = checklistProgress(list, ticked)
  return [
    `要带的材料（${total} 项）：`,
    ...needed.map((m, i) => `${i + 1}. ${materialLine(m)}`),
    ...conditionalLines({ ifAgent, ifCase }),
    ...(done === 0
      ? []
      : missing.length === 0
        ? [`${total} 项材料都已备齐。`]
        : [`还缺 ${missing.length} 项：${missing.map((m) => m.name).join('、')}`])
  ]
}

/**
 * The list as text for a family chat: what to bring (numbered, never ☐/☑: the sender's ticks would read
 * as done to whoever gets it), what is still missing, and which parts are national and which local.
 */
export function checklistText(situation: Situation, ticked: readonly string[], where: ChecklistPlace): string {
  const local = where.situationFrom
  const ask = where.hotlinePlace
    ? `出发前请打${where.hotlinePlace}医保服务热线 ${where.hotline} 问清楚`
    : '出发前请打参保地的医保服务热线（区号+12393）问清楚'
  const localLines = [
    ...(where.hotlinePlace ? [`· 医保服务热线：${where.hotline}`] : []),
    ...where.notes.map((n) => `· 本地提示（${n.from}）：${n.text}`)
  ]
  const lines = [
    local ? `【${where.place ?? local} · 医保个人账户余额提取：${situation.name}】` : `【医保个人账户余额提取：${situation.name}】`,
    `参保地：${where.place ?? '没有选择'}`,
    local ? `下面的材料和办法来自${local}本地的资料，${ask}。` : `下面的材料和办法是全国通用的，各地要求不同，${ask}。`,
    ...materialsText(situation, ticked),
    `谁能办：${situation.whoMayApply.join(' ')}`,
    `去哪办：${situation.where}`,
    '怎么办：',
    ...situation.steps.map((s, i) => `${i + 1}. ${s.title}：${s.detail}`),
    ...(situation.time ? [`要多久：${situation.time}`] : []),
    ...(localLines.length > 0 ? [`${where.hotlinePlace ?? where.place ?? ''}本地的电话和提示：`, ...localLines] : []),
    `提醒：${AGENT_RULE}以当地医保部门规定为准。`,
    '——来自“医保指南”小程序'
  ]
  return lines.join('\n')
}

/** What is legal about someone else going, and what is not: the same words on the page and in the copied list. */
export const AGENT_RULE = '本人、家属，或者拿着委托书的人，都可以到医保窗口办理；收“手续费”替人“代取”“提现”的中介，都是骗局或违法套现。'
