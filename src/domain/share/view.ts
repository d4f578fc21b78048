/**
 * Whose guide a page opened from a link shows, and whether the link's way and
 * step still count. One pure rule for every guide page: the link wins until
 * the reader acts; nothing in a link changes her own region. "看我自己地区的" swaps the region but keeps the link's way
 * and step wherever the reader's own region has the same way; any other change
 * of region ends the link.
 */
export type LinkChoice = 'link' | 'own' | 'ended'

export interface LinkView {
  /** the region the page shows */
  region: string | null
  /** the sender's region while the page shows it and it is not the reader's own (she may have none yet) */
  sent: string | null
  /** the link's way/situation/step still apply (where the shown region has them) */
  linkActive: boolean
}

export function linkView(linkRegion: string | undefined, own: string | null, choice: LinkChoice): LinkView {
  if (choice === 'ended') return { region: own, sent: null, linkActive: false }
  if (choice === 'own') return { region: own, sent: null, linkActive: true }
  const region = linkRegion ?? own
  return { region, sent: linkRegion && linkRegion !== own ? linkRegion : null, linkActive: true }
}

/** The link's choice (a way to bind, a situation) if the region shown has it, else nothing. */
export function carried<T extends { id: string }>(id: string | undefined, available: readonly T[]): T | undefined {
  return id === undefined ? undefined : available.find((a) => a.id === id)
}

/** One part of a page a link set (a way to bind, a step, a situation) and whether the reader has acted on it since. */
export interface LinkPart<T> {
  value: T | undefined
  acted: boolean
}

/** The link's value for that part while it still counts: the link is active and the reader has not acted on that part. */
export function linkPartValue<T>(part: LinkPart<T>, linkActive: boolean): T | undefined {
  return linkActive && !part.acted ? part.value : undefined
}

/** What a link says about a walkthrough's screen: its step; a step it named badly opens the way at its start. */
export function linkedStep(link: { path?: string; step?: number; badStep?: boolean }): number | undefined {
  if (link.path === undefined) return undefined
  return link.step ?? (link.badStep ? 0 : undefined)
}

/**
 * The screen a walkthrough shows: the link's step while it counts (the way the link named is the one
 * shown), else the reader's own saved step, else the start; always one of the way's real screens
 * (an old link or a way that has since grown shorter lands on the nearest one).
 */
export function screenToShow(p: { linkStep: number | undefined; linkedWayShown: boolean; stored: number | undefined; screens: number }): number {
  const wanted = (p.linkedWayShown ? p.linkStep : undefined) ?? p.stored ?? 0
  if (p.screens <= 0 || !Number.isFinite(wanted)) return 0
  return Math.min(Math.max(0, Math.floor(wanted)), p.screens - 1)
}

/**
 * The choice a page shows (a situation, a way): the link's while it counts and the region shown has it,
 * else the reader's own remembered one where the region shown has it, else none.
 */
export function choiceToShow<T>(p: { link: T | undefined; remembered: T | undefined; has: (choice: T) => boolean }): {
  chosen: T | undefined
  /** the choice shown is the link's */
  fromLink: boolean
} {
  if (p.link !== undefined && p.has(p.link)) return { chosen: p.link, fromLink: true }
  return { chosen: p.remembered !== undefined && p.has(p.remembered) ? p.remembered : undefined, fromLink: false }
}
