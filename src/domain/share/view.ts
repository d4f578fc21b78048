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
