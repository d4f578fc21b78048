import { useMemo } from 'react'
import { systemFontSize } from '../services/system'
import { elderModeOn, useSettingsStore } from '../store/settingsStore'

export function useElderMode(): boolean {
  const setting = useSettingsStore((s) => s.elder)
  const fontSize = useMemo(() => systemFontSize(), [])
  return elderModeOn(setting, fontSize)
}
