/** A withdrawal situation as a checklist a family can tick off and paste into a chat. */
import type { Situation } from '../policy/schema'

/** The picker's "none of these" answer: the balance cannot be taken out. */
export const NOT_WITHDRAWABLE = 'none'

export function checklistProgress(situation: Situation, ticked: readonly string[]): { done: number; total: number } {
  const ids = new Set(situation.materials.map((m) => m.id))
  return { done: ticked.filter((t) => ids.has(t)).length, total: situation.materials.length }
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
