/** The host a source is shown as: the citation names where it is, it is not a way out. */
export function sourceHost(url: string): string {
  return (/^https:\/\/([^/?#]+)/i.exec(url)?.[1] ?? '').toLowerCase()
}
