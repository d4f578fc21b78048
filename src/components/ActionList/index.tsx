import { View } from '@tarojs/components'
import type { Action } from '../../domain/policy/schema'
import { actionLabel, copiedText } from '../../domain/policy/actionText'
import { useCopy } from '../../hooks/useCopy'
import { callNumber } from '../../services/phone'
import { openMiniProgram } from '../../services/miniProgram'
import { ManualCopy } from '../ManualCopy'
import { AppButton } from '../AppButton'

/** Buttons for what a card lets the user do. Every action here passed the allowlist when the data was loaded. */
export function ActionList({ actions }: { actions: readonly Action[] }) {
  const { copy, manualText, dismiss } = useCopy()
  if (actions.length === 0) return null
  const run = (a: Action) => {
    switch (a.kind) {
      case 'call':
        void callNumber(a.number)
        return
      case 'copy': {
        const text = copiedText(a)
        if (text !== null) void copy(text)
        return
      }
      case 'link':
        // A mini-program cannot open arbitrary web pages; the user pastes the address into a browser.
        void copy(a.url)
        return
      case 'miniProgram':
        void openMiniProgram(a.appId, a.path)
    }
  }
  return (
    <View className='actions'>
      {actions.map((a) => (
        <AppButton key={`${a.kind}:${actionLabel(a)}`} className={`btn ${a.kind === 'call' ? '' : 'btn--secondary'}`} onClick={() => run(a)}>
          {actionLabel(a)}
        </AppButton>
      ))}
      {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
    </View>
  )
}
