/**
 * Walkthrough steps and checklist ticks, per region and path/situation, so a
 * person can stop and come back (also after WeChat killed the app).
 */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistOptions } from './persistStorage'

interface ProgressData {
  /** `${region}:${pathId}` → screen index */
  walkthrough: Record<string, number>
  /** `${region}:${situationId}` → ticked material ids */
  ticks: Record<string, string[]>
  /** region → the binding path last chosen there, so a resumed walkthrough opens by itself */
  chosenPath: Record<string, string>
  /** region → the withdrawal situation last chosen there, so its ticked checklist opens by itself */
  chosenSituation: Record<string, string>
}

export interface ProgressState extends ProgressData {
  setStep(key: string, step: number): void
  /** `scope` keeps each guide's choice apart (choiceKey) */
  choosePath(region: string | null, pathId: string | null, scope?: string): void
  chooseSituation(region: string | null, situationId: string): void
  toggleTick(key: string, itemId: string): void
  /** null forgets the choice */
}

/** Progress without a region (the national rules) is kept under 'national'. */
export const regionKey = (region: string | null) => region ?? 'national'
export const progressKey = (region: string | null, id: string) => `${regionKey(region)}:${id}`
/** Where a guide's chosen way is kept: the family guide's by region alone (as saved before other guides had ways). */
export const choiceKey = (region: string | null, scope = '') => (scope ? `${scope}@${regionKey(region)}` : regionKey(region))

const isRecordOf = <T>(v: unknown, item: (x: unknown) => x is T): v is Record<string, T> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(item)

const isStep = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 100
const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every((i) => typeof i === 'string')
const isId = (x: unknown): x is string => typeof x === 'string'

export function cleanProgress(value: unknown): ProgressData {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<ProgressData>
  return {
    walkthrough: isRecordOf(v.walkthrough, isStep) ? v.walkthrough : {},
    ticks: isRecordOf(v.ticks, isIdList) ? v.ticks : {},
    chosenPath: isRecordOf(v.chosenPath, isId) ? v.chosenPath : {},
    chosenSituation: isRecordOf(v.chosenSituation, isId) ? v.chosenSituation : {}
  }
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      walkthrough: {},
      ticks: {},
      chosenPath: {},
      chosenSituation: {},
      chooseSituation: (region, situationId) => set((s) => ({ chosenSituation: { ...s.chosenSituation, [regionKey(region)]: situationId } })),
      choosePath: (region, pathId, scope) =>
        set((s) => {
          const chosenPath = { ...s.chosenPath }
          if (pathId) chosenPath[choiceKey(region, scope)] = pathId
          else delete chosenPath[choiceKey(region, scope)]
          return { chosenPath }
        }),
      setStep: (key, step) => set((s) => ({ walkthrough: { ...s.walkthrough, [key]: Math.max(0, Math.floor(step)) } })),
      toggleTick: (key, itemId) =>
        set((s) => {
          const current = s.ticks[key] ?? []
          const next = current.includes(itemId) ? current.filter((i) => i !== itemId) : [...current, itemId]
          return { ticks: { ...s.ticks, [key]: next } }
        })
    }),
    persistOptions('yibao-progress', cleanProgress, (s: ProgressState): ProgressData => ({
      walkthrough: s.walkthrough,
      ticks: s.ticks,
      chosenPath: s.chosenPath,
      chosenSituation: s.chosenSituation
    }))
  )
)
