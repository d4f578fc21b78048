import { createContext, useCallback, useContext, useEffect, useRef } from 'react'
import { useReady } from '@tarojs/taro'

/**
 * Set by PolicyGate: whether the page's onReady has already fired. Content that waited for the policy
 * package mounts after it, when Taro's useReady would never run.
 */
export const PageReadyContext = createContext<(() => boolean) | null>(null)

/** Runs once after the page is drawn: on onReady, or at mount when the page was ready before this mounted. */
export function useAfterReady(fn: () => void): void {
  const ran = useRef(false)
  const latest = useRef(fn)
  latest.current = fn
  const pageReady = useContext(PageReadyContext)
  const once = () => {
    if (ran.current) return
    ran.current = true
    latest.current()
  }
  useReady(once)
  // pageReady is one function per page (PolicyGate), so this runs at mount
  useEffect(() => {
    if (pageReady?.()) once()
  }, [pageReady])
}

/**
 * A stable function telling whether this page's onReady has fired, for a PageReadyContext provider. Registered
 * late (content that mounted after onReady), it defers to the provider above, which registered in time.
 */
export function usePageReadyFlag(): () => boolean {
  const ready = useRef(false)
  const outer = useContext(PageReadyContext)
  const outerRef = useRef(outer)
  outerRef.current = outer
  useReady(() => {
    ready.current = true
  })
  return useCallback(() => ready.current || (outerRef.current?.() ?? false), [])
}
