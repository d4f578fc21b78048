import { useState } from 'react'
import { copyText } from '../services/clipboard'
import { showDone } from '../services/toast'

/** Copy, and when the clipboard is refused (e.g. privacy declined) keep the text on screen to copy by hand. */
export function useCopy() {
  const [manualText, setManualText] = useState<string | null>(null)
  const copy = async (text: string) => {
    const result = await copyText(text)
    if (result === 'copied') {
      setManualText(null)
      showDone('已复制')
    } else setManualText(text)
  }
  return { copy, manualText, dismiss: () => setManualText(null) }
}
