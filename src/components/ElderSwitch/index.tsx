import { useElderMode } from '../../hooks/useElderMode'
import { useSettingsStore } from '../../store/settingsStore'
import { AppButton } from '../AppButton'

/** One big toggle; its state is read out as pressed/not pressed. */
export function ElderSwitch() {
  const on = useElderMode()
  const setElder = useSettingsStore((s) => s.setElder)
  return (
    <AppButton className={`btn ${on ? '' : 'btn--secondary'} elder-switch`} aria-pressed={on} onClick={() => setElder(!on)}>
      {on ? '大字已打开，点这里变回小字' : '字太小？点这里换大字'}
    </AppButton>
  )
}

/** The same switch, small enough for the region bar on every page. */
export function BigTextToggle() {
  const on = useElderMode()
  const setElder = useSettingsStore((s) => s.setElder)
  return (
    <AppButton className={`btn btn--small ${on ? '' : 'btn--secondary'} big-text`} aria-pressed={on} aria-label='大字' onClick={() => setElder(!on)}>
      {on ? '✓ 大字' : '大字'}
    </AppButton>
  )
}
