import { useEffect, useState, type ReactNode } from 'react'

/**
 * Renders its children one update after the page's first. The first frame then carries only what is outside it:
 * fewer nodes, a smaller first setData, drawn sooner; the rest follows in the next update (the same frame or the
 * one after on a phone). For what is large and not needed to recognise the page (a grid of 31 buttons, the lists
 * below it).
 */
export function AfterFirstFrame({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false)
  useEffect(() => setShown(true), [])
  return shown ? <>{children}</> : null
}
