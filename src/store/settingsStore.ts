/** 长辈模式: on, off, or follow WeChat's font size. Stored locally. */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { safeStorage } from './persistStorage'

export type ElderSetting = 'auto' | 'on' | 'off'

/** WeChat reports 17 px by default; anything from this size up counts as "large system font". */
export const LARGE_FONT_PX = 20

export function elderModeOn(setting: ElderSetting, fontSize: number | null): boolean {
  if (setting === 'on') return true
  if (setting === 'off') return false
  return fontSize !== null && fontSize >= LARGE_FONT_PX
}

interface SettingsState {
  elder: ElderSetting
  setElder(on: boolean): void
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      elder: 'auto',
      setElder: (on) => set({ elder: on ? 'on' : 'off' })
    }),
    {
      name: 'yibao-settings',
      version: 1,
      storage: safeStorage<{ elder: ElderSetting }>('yibao-settings'),
      partialize: (s) => ({ elder: s.elder }),
      migrate: (persisted) => persisted as { elder: ElderSetting },
      merge: (persisted, current) => {
        const elder = (persisted as { elder?: unknown } | undefined)?.elder
        return { ...current, elder: elder === 'on' || elder === 'off' || elder === 'auto' ? elder : 'auto' }
      }
    }
  )
)
