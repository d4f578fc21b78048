/**
 * Which situation the withdrawal guide shows: a link's while it counts, else the reader's own last choice
 * in this region (the rule: domain/share/view), and where a link opens the page.
 */
import { CARD, situationCard } from '../cards'
import { choiceToShow } from '../share/view'
import { NOT_WITHDRAWABLE } from './checklist'

export interface SituationShown {
  /** a situation's id, NOT_WITHDRAWABLE, or none chosen yet */
  chosen: string | undefined
  /** the link's situation list is on screen: whose guide it is goes right above the list, not at the top */
  linkedList: boolean
  /** the card a link opens the page at, while the region shown has what it named */
  linkedCard: string | undefined
  /** the link named a situation the region shown does not have (quiet once the reader chose her own region) */
  linkMissing: boolean
}

/** Where the answer to a choice is on the page: the materials of a situation, or what to do instead of withdrawing. */
export function choiceCard(id: string): string {
  return id === NOT_WITHDRAWABLE ? CARD.notWithdrawable : situationCard(id)
}

export function situationShown(p: {
  /** what the link said, whatever the reader has done since */
  link: string | undefined
  /** the link's situation while it still counts (the link is active and the reader has not chosen since) */
  linkNow: string | undefined
  /** the reader's own last choice in this region */
  remembered: string | undefined
  /** the situations the region shown has */
  situations: readonly string[]
  switchedToOwn: boolean
}): SituationShown {
  const known = (id: string) => id === NOT_WITHDRAWABLE || p.situations.includes(id)
  const { chosen, fromLink } = choiceToShow({ link: p.linkNow, remembered: p.remembered, has: known })
  const linkKnown = p.link !== undefined && known(p.link)
  return {
    chosen,
    linkedList: fromLink && chosen !== NOT_WITHDRAWABLE,
    linkedCard: p.link !== undefined && linkKnown ? choiceCard(p.link) : undefined,
    linkMissing: p.link !== undefined && p.link !== '' && !linkKnown && !p.switchedToOwn
  }
}
