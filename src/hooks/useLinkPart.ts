import { useState } from 'react'
import { linkPartValue } from '../domain/share/view'

/**
 * "The link wins until the user acts", for one part of a page: the link's value while it counts,
 * and the one call a handler makes when the reader acts on that part (the rule: domain/share/view).
 */
export function useLinkPart<T>(value: T | undefined, linkActive: boolean): [T | undefined, () => void] {
  const [acted, setActed] = useState(false)
  return [linkPartValue({ value, acted }, linkActive), () => setActed(true)]
}
