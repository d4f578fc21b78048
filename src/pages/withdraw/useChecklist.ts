import type { ResolvedPolicy, Sourced } from '../../domain/policy/resolve'
import type { Situation } from '../../domain/policy/schema'
import { regionLabel, shortName } from '../../domain/region/names'
import { checklistPlace, checklistText } from '../../domain/withdraw/checklist'
import { useCopy } from '../../hooks/useCopy'
import { progressKey, useProgressStore } from '../../store/progressStore'

const NO_TICKS: string[] = []
const NAMES = { label: regionLabel, short: (code: string) => shortName(code) ?? code }

/**
 * The chosen situation's checklist: its ticks (kept per region and situation) and copying it for a
 * family chat, with the sheet that says how to paste it there.
 */
export function useChecklist(policy: ResolvedPolicy, situation: Sourced<Situation> | undefined) {
  const key = progressKey(policy.region, situation?.id ?? '')
  const ticked = useProgressStore((s) => s.ticks[key] ?? NO_TICKS)
  const toggleTick = useProgressStore((s) => s.toggleTick)
  const copier = useCopy()
  const copyList = () => {
    if (!situation) return
    const text = checklistText(situation, ticked, checklistPlace(policy, situation, NAMES))
    copier.copy(text, { copied: '材料清单', places: ['chat'] })
  }
  return { ticked, toggle: (id: string) => toggleTick(key, id), copyList, ...copier }
}

export type ChecklistState = ReturnType<typeof useChecklist>
