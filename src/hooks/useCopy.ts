import { useState } from 'react'
import type { PastePlace } from '../domain/copy/pasteHelp'
import { copyText } from '../services/clipboard'
import { hideCopiedToast, showDone } from '../services/toast'

/** What the copy feedback names and where it says to paste; the name is a plain string (an app's name, 材料清单). */
export interface CopyFeedback {
  copied: string
  places: readonly PastePlace[]
}

/**
 * Copy, then either say what to do next (`feedback`: a sheet that stays until closed) or just confirm.
 * When the clipboard is refused (e.g. privacy declined) the text stays on screen to copy by hand.
 */
export function useCopy() {
  const [manualText, setManualText] = useState<string | null>(null)
  const [done, setDone] = useState<CopyFeedback | null>(null)
  // Returns nothing: the outcome is shown (a sheet, a toast or the text to copy by hand), so no caller awaits it.
  const copy = (text: string, feedback?: CopyFeedback): void => {
    copyText(text).then(
      (result) => {
        if (result === 'copied') {
          setManualText(null)
          if (feedback) {
            hideCopiedToast()
            setDone(feedback)
          } else showDone('已复制')
        } else setManualText(text)
      },
      () => setManualText(text)
    )
  }
  return {
    copy,
    manualText,
    /** after a copy with feedback: what to show in the sheet, until closeDone */
    done,
    closeDone: () => setDone(null),
    dismiss: () => {
      setManualText(null)
      setDone(null)
    }
  }
}
