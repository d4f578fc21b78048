/** Claiming at home when direct settlement did not happen: the materials as a list to tick and paste into a chat. */
import type { Material } from '../policy/schema'

export function claimText(claim: { materials: readonly Material[]; steps: readonly string[] }, regionName: string, ticked: readonly string[]): string {
  return [
    `【${regionName}·在外地看病没能直接结算：回参保地报销要带的材料】`,
    ...claim.materials.map((m) => `${ticked.includes(m.id) ? '☑' : '☐'} ${m.name}（${m.form}）${m.note ? `：${m.note}` : ''}`),
    '怎么办：',
    ...claim.steps.map((s, i) => `${i + 1}. ${s}`),
    '提醒：各地要的材料不同，以参保地医保部门规定为准。',
    '——来自“医保指南”小程序'
  ].join('\n')
}
