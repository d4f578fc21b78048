import { useElderMode } from '../../hooks/useElderMode'
import { useSettingsStore } from '../../store/settingsStore'
import { AppButton } from '../AppButton'

/** One big toggle; its state is read out as pressed/not pressed. */
export function ElderSwitch() {
  const on = useElderMode()
  const setElder = useSettingsStore((s) => s.setElder)
  return (
    <AppButton className={`btn ${on ? '' : 'btn--secondary'}`} aria-pressed={on} onClick={() => setElder(!on)}>
      {on ? '长辈模式：已打开（字更大），点这里关闭' : '长辈模式：字太小？点这里放大'}
    </AppButton>
  )
}
