import { View } from '@tarojs/components'
import type { Action } from '../../domain/policy/schema'
import { placesNamedIn } from '../../domain/copy/pasteHelp'
import { actionLabel, copiedText } from '../../domain/policy/actionText'
import { linkHost } from '../../domain/policy/linkHost'
import { useCopy } from '../../hooks/useCopy'
import { callNumber } from '../../services/phone'
import { openMiniProgram } from '../../services/miniProgram'
import { ManualCopy } from '../ManualCopy'
import { CopyDone } from '../CopyDone'
import { AppButton } from '../AppButton'

/** The name a label quotes ("打开“国家医保服务平台”小程序"), to copy when WeChat cannot open it. */
const quotedName = (label: string) => /“([^”]+)”/.exec(label)?.[1] ?? label

/** Buttons for what a card lets the user do. Every action here passed the allowlist when the data was loaded. */
export function ActionList({ actions }: { actions: readonly Action[] }) {
  const { copy, manualText, dismiss, done, closeDone } = useCopy()
  if (actions.length === 0) return null
  const run = async (a: Action) => {
    switch (a.kind) {
      case 'call':
        void callNumber(a.number)
        return
      case 'copy': {
        // the registry's name, never the config's words; the sheet names where the button said to paste it
        const text = copiedText(a)
        if (text !== null) copy(text, { copied: text, places: placesNamedIn(actionLabel(a)) })
        return
      }
      case 'link':
        // A mini-program cannot open arbitrary web pages; the user pastes the address into a browser.
        copy(a.url, { copied: linkHost(a.url), places: ['browser'] })
        return
      case 'miniProgram': {
        // WeChat opens it after its own confirmation; where it cannot (the browser, a refusal), search by name.
        if (await openMiniProgram(a.appId, a.path)) return
        const name = quotedName(a.label)
        copy(name, { copied: name, places: ['wechat'] })
      }
    }
  }
  return (
    <View className='actions'>
      {actions.map((a) => (
        <AppButton key={`${a.kind}:${actionLabel(a)}`} className={`btn ${a.kind === 'call' ? '' : 'btn--secondary'}`} onClick={() => void run(a)}>
          {actionLabel(a)}
        </AppButton>
      ))}
      {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
      {done && <CopyDone copied={done.copied} places={done.places} onClose={closeDone} />}
    </View>
  )
}
