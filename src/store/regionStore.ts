/** The user's 参保地 and recent choices. Stored locally; nothing else about the user is kept. */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
// Names only: the store is read on the home page, which must not load the full region list.
import { isKnownRegion } from '../domain/region/names'
import { persistOptions } from './persistStorage'

export const RECENT_LIMIT = 5

interface RegionData {
  region: string | null
  recent: string[]
  /** the first-launch question was answered or skipped */
  asked: boolean
}

export interface RegionState extends RegionData {
  setRegion(code: string): void
  skipAsking(): void
}

const initial: RegionData = { region: null, recent: [], asked: false }

/** Keep only codes that still exist: an old app version may have stored a region since merged or renamed. */
export function cleanRegionData(value: unknown): RegionData {
  if (!value || typeof value !== 'object') return initial
  const v = value as Partial<RegionData>
  const region = typeof v.region === 'string' && isKnownRegion(v.region) ? v.region : null
  const known = Array.isArray(v.recent) ? v.recent.filter((c): c is string => typeof c === 'string' && isKnownRegion(c)) : []
  const recent = [...new Set(known)]
  return { region, recent: recent.slice(0, RECENT_LIMIT), asked: v.asked === true || region !== null }
}

export const useRegionStore = create<RegionState>()(
  persist(
    (set) => ({
      ...initial,
      setRegion: (code) =>
        set((s) =>
          isKnownRegion(code) ? { region: code, asked: true, recent: [code, ...s.recent.filter((c) => c !== code)].slice(0, RECENT_LIMIT) } : s
        ),
      skipAsking: () => set({ asked: true })
    }),
    persistOptions('yibao-region', cleanRegionData, (s: RegionState): RegionData => ({ region: s.region, recent: s.recent, asked: s.asked }))
  )
)
