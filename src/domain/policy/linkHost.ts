/**
 * The one form of link a button may open (allowlist.ts checks it) and the host the button shows.
 * Apart from the allowlist: every page shows link buttons, only the config checks judge them.
 */
export const LINK = /^https:\/\/([a-z.-]+)(\/[A-Za-z0-9/._-]*)?$/

/** The host a link button shows next to its label. */
export function linkHost(url: string): string {
  return LINK.exec(url)?.[1] ?? ''
}
