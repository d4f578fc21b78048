/** A withdrawal situation as a checklist a family can tick off and paste into a chat. */
import type { Material, Situation } from '../policy/schema'

/** The picker's "none of these" answer: the balance cannot be taken out. */
export const NOT_WITHDRAWABLE = 'none'

/**
 * Items needed only in some cases (委托书: "请别人代办时才需要") do not count towards the total until
 * ticked: a family doing it themselves should be able to reach "all ready". The data has no field for
 * this, so the note's own wording (…时才需要) decides.
 */
export function isConditional(m: Material): boolean {
  return /时才需要/.test(m.note ?? '')
}

export function checklistProgress(situation: Pick<Situation, 'materials'>, ticked: readonly string[]): { done: number; total: number } {
  const counted = situation.materials.filter((m) => !isConditional(m) || ticked.includes(m.id))
  const ids = new Set(situation.materials.map((m) => m.id))
  return { done: ticked.filter((t) => ids.has(t)).length, total: counted.length }
}

export function checklistText(situation: Situation, regionName: string, ticked: readonly string[]): string {
  const lines = [
    `【${regionName}·医保个人账户余额提取：${situation.name}】`,
    '要带的材料：',
    ...situation.materials.map((m) => `${ticked.includes(m.id) ? '☑' : '☐'} ${m.name}（${m.form}）${m.note ? `：${m.note}` : ''}`),
    `谁能办：${situation.whoMayApply.join(' ')}`,
    `去哪办：${situation.where}`,
    '怎么办：',
    ...situation.steps.map((s, i) => `${i + 1}. ${s.title}：${s.detail}`),
    ...(situation.time ? [`要多久：${situation.time}`] : []),
    '提醒：只能本人或家属到官方窗口办，不要找“代取”中介。以当地医保部门规定为准。',
    '——来自“医保指南”小程序'
  ]
  return lines.join('\n')
}
