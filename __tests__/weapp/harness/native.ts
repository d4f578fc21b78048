/**
 * What WeChat's own <button open-type="…"> does on a tap (share, agreePrivacyAuthorization, feedback). glass-easel renders built-in components as plain
 * elements, so this behaviour is the harness's job: without it a "发给家人" share button or the privacy prompt's
 * agree button would do nothing here while working on a phone.
 */
import * as glassEasel from 'glass-easel'
import { isDisabled } from './dom'

export interface NativeButtonHooks {
  /** open-type="share": WeChat calls the page's onShareAppMessage({ from: 'button', target }). */
  share(target: { id: string; dataset: Record<string, unknown> }): Promise<void>
  /** open-type="agreePrivacyAuthorization": the user agreed through this button (its id is the buttonId). */
  agreePrivacy(buttonId: string): void
  /** open-type="feedback": WeChat opens its own feedback page; the app is not called. */
  feedback(): void
  /** An open-type the harness does not model (contact, getPhoneNumber …): recorded so a test can see it. */
  unsupported(openType: string): void
}

function wxNode(el: Element): glassEasel.Element | undefined {
  return (el as unknown as { __wxElement?: glassEasel.Element }).__wxElement
}

/** Runs after a tap on `el` has been delivered to the app. */
export async function afterTap(el: Element, hooks: NativeButtonHooks): Promise<void> {
  const button = el.closest('wx-button')
  if (!button) return
  const openType = button.getAttribute('open-type') ?? ''
  // WeChat ignores open-type on a disabled button (its bindtap still fires, which the DOM backend already did).
  if (!openType || isDisabled(button)) return
  const node = wxNode(button)
  const id = node?.id ?? ''
  if (openType === 'share') {
    await hooks.share({ id, dataset: { ...(node?.dataset ?? {}) } })
  } else if (openType === 'feedback') {
    hooks.feedback()
  } else if (openType === 'agreePrivacyAuthorization') {
    hooks.agreePrivacy(id)
    if (node) glassEasel.Event.triggerEvent(node, 'agreeprivacyauthorization', {}, { bubbles: false, composed: false })
  } else {
    hooks.unsupported(openType)
  }
}
