/**
 * WeChat's privacy check: a privacy API (the clipboard) waits until the user
 * agrees in our own prompt. The prompt lives in React state; this module only
 * connects WeChat's callback to whoever shows the prompt.
 */
import Taro from '@tarojs/taro'

export type PrivacyAnswer = (agreed: boolean) => void
type Listener = (answer: PrivacyAnswer) => void

// Every mounted page has a prompt; the newest (the page on top) answers, and when it
// unmounts the one below takes over again, so Back never leaves a request unanswered.
const listeners: Listener[] = []
let pending: PrivacyAnswer | null = null

export const AGREE_BUTTON_ID = 'privacy-agree'

export function startPrivacyWatch(): void {
  // Absent on H5 and on old WeChat base libraries: then nothing ever waits.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const answer: PrivacyAnswer = (agreed) => {
      pending = null
      resolve(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
    }
    const top = listeners[listeners.length - 1]
    if (top) top(answer)
    else pending = answer
  })
}

/** The prompt component subscribes; a request that came before it mounted is handed over at once. */
export function onPrivacyRequest(next: Listener): () => void {
  listeners.push(next)
  if (pending) next(pending)
  return () => {
    const at = listeners.lastIndexOf(next)
    if (at >= 0) listeners.splice(at, 1)
  }
}
