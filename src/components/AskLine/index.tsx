import { createContext, useContext, type ReactNode } from 'react'
import type { CallAction } from '../../domain/policy/hotline'

const NATIONAL: CallAction = { kind: 'call', label: '医保服务热线', number: '12393' }

const AskLineContext = createContext<CallAction>(NATIONAL)

/**
 * The line a page sends doubts to (the place's 区号-12393, else 12393), for what sits deep in
 * the page, such as a source's "这条不对？". PageFrame provides it; without one it is 12393.
 */
export function AskLineProvider({ ask, children }: { ask?: CallAction; children: ReactNode }) {
  return <AskLineContext.Provider value={ask ?? NATIONAL}>{children}</AskLineContext.Provider>
}

export const useAskLine = (): CallAction => useContext(AskLineContext)
