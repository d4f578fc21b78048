/**
 * Claiming at home when direct settlement did not happen: the materials as a list to tick, and as text
 * for a family chat in the same shape as the withdrawal list (numbered, never ☐/☑: the sender's ticks
 * would read as done to whoever gets it; what is still missing; which parts are national and which local).
 */
import type { Material } from '../policy/schema'
import { materialsText } from '../withdraw/checklist'

export interface ClaimPlace {
  /** the region the list is for, as shown (广东 · 深圳); null: none chosen */
  place: string | null
  /** the region whose own file changes the materials (深圳); null: the list is the national one */
  listFrom: string | null
  /** the number to ask first: 0755-12393, or 12393 */
  hotline: string
}

export function claimText(
  claim: { intro: string; materials: readonly Material[]; steps: readonly string[] },
  ticked: readonly string[],
  where: ClaimPlace
): string {
  const ask = where.hotline === '12393' ? '参保地的医保服务热线（区号+12393）' : `医保服务热线 ${where.hotline} `
  return [
    `【在外地看病没能直接结算：回参保地报销要带的材料】`,
    `参保地：${where.place ?? '没有选择'}`,
    where.listFrom
      ? `下面的材料按${where.listFrom}本地的资料列出，去之前请打${ask}问清楚。`
      : `下面的材料是各地常见的，以参保地的要求为准，去之前请打${ask}问清楚。`,
    ...materialsText(claim, ticked),
    '怎么办：',
    ...claim.steps.map((s, i) => `${i + 1}. ${s}`),
    '——来自“医保指南”小程序'
  ].join('\n')
}
