/**
 * What an action's button says and what a copy button puts on the clipboard. Both are made by the
 * app, not taken from the config: a call names its number, a copy names the registry entry it
 * copies (so a label cannot promise one thing and copy another), a link shows its host only.
 */
import { linkHost } from './linkHost'
import { copyLabel, officialName } from './names'
import type { Action } from './schema'

/** 12333 is only ever the 人社 line, and its button says so. */
export const REN_SHE_LABEL = '拨打 12333 人社热线'

export function actionLabel(action: Action): string {
  switch (action.kind) {
    case 'call':
      return action.number === '12333' ? REN_SHE_LABEL : `拨打 ${action.number}`
    case 'link':
      return `${action.label}（复制网址 ${linkHost(action.url)}）`
    case 'copy': {
      const entry = officialName(action.name)
      return entry ? copyLabel(entry) : '复制'
    }
    case 'miniProgram':
      return action.label
  }
}

/** The registry's name for a copy action, never the config's words; null for an unknown id (refused on load). */
export function copiedText(action: Extract<Action, { kind: 'copy' }>): string | null {
  return officialName(action.name)?.name ?? null
}
