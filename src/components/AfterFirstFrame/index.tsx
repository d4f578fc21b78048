import { useState, type ReactNode } from 'react'
import { useAfterReady } from '../../hooks/useAfterReady'

/**
 * Renders its children once the page's first render is done (onReady). The first frame then carries only what is
 * outside it: fewer nodes, a smaller first setData, drawn sooner; the rest follows right after. For what is large
 * and not needed to recognise the page (a grid of 31 buttons, the lists below it, the footer). Inside PageFrame,
 * which tells it when the page is ready.
 */
export function AfterFirstFrame({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useAfterReady(() => setShown(true))
  return shown ? <>{children}</> : null
}
