import { scrollToCard } from '../services/scroll'
import { useAfterReady } from './useAfterReady'

/** A search result or link can point at one card: bring it into view once the page is drawn. */
export function useScrollToCard(card: string | undefined): void {
  useAfterReady(() => {
    if (!card) return
    // Give the page one frame to lay out the card first.
    setTimeout(() => scrollToCard(card), 50)
  })
}
