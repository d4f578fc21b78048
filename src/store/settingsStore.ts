/** 长辈模式: on, off, or follow WeChat's font size. Stored locally. */
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { persistOptions } from './persistStorage'

export type ElderSetting = 'auto' | 'on' | 'off'

/** WeChat reports 17 px by default; anything from this size up counts as "large system font". */
export const LARGE_FONT_PX = 20

export function elderModeOn(setting: ElderSetting, fontSize: number | null): boolean {
  if (setting === 'on') return true
  if (setting === 'off') return false
  return fontSize !== null && fontSize >= LARGE_FONT_PX
}

interface SettingsData {
  elder: ElderSetting
}

interface SettingsState extends SettingsData {
  setElder(on: boolean): void
}

const ELDER_SETTINGS: readonly unknown[] = ['auto', 'on', 'off'] satisfies ElderSetting[]

/** What was stored, if it is a setting this app knows; otherwise the default (follow WeChat's font size). */
export function cleanSettings(value: unknown): SettingsData {
  const elder = (value as { elder?: unknown } | null | undefined)?.elder
  return { elder: ELDER_SETTINGS.includes(elder) ? (elder as ElderSetting) : 'auto' }
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      elder: 'auto',
      setElder: (on) => set({ elder: on ? 'on' : 'off' })
    }),
    persistOptions('yibao-settings', cleanSettings, (s: SettingsState): SettingsData => ({ elder: s.elder }))
  )
)
