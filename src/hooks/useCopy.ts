import { useState } from 'react'
import Taro from '@tarojs/taro'
import { copyText } from '../services/clipboard'

/** Copy, and when the clipboard is refused (e.g. privacy declined) keep the text on screen to copy by hand. */
export function useCopy() {
  const [manualText, setManualText] = useState<string | null>(null)
  const copy = async (text: string) => {
    const result = await copyText(text)
    if (result === 'copied') {
      setManualText(null)
      Taro.showToast({ title: '已复制', icon: 'success' }).catch(() => undefined)
    } else setManualText(text)
  }
  return { copy, manualText, dismiss: () => setManualText(null) }
}
