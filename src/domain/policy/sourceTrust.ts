/**
 * How much a source is worth, and how it is named on screen, decided from its address alone.
 *
 * A signed file says how strong it thinks each source is, but a file can say anything: so the
 * host sets a ceiling and the file's claim can only lower it. Government sites (gov.cn) and a
 * short list of state media may be strong; every other address — including none at all — is at
 * most medium, whatever the file claims. Only those hosts are shown by name; any other is shown
 * as 网上资料, so a look-alike or a number dressed as a domain never reaches the screen.
 */
import type { Source } from './schema'

export type Strength = Source['strength']

/** State media (their own domains and sub-domains). Extend in a release, with the outlet's name. */
export const STATE_MEDIA_HOSTS: Readonly<Record<string, string>> = {
  'news.cn': '新华网',
  'xinhuanet.com': '新华网',
  'people.com.cn': '人民网',
  'cctv.com': '央视网',
  'cctv.cn': '央视网',
  'cntv.cn': '央视网',
  'cnr.cn': '央广网',
  'chinanews.com.cn': '中国新闻网',
  'gmw.cn': '光明网',
  'ce.cn': '中国经济网',
  'china.com.cn': '中国网',
  'chinadaily.com.cn': '中国日报网',
  'youth.cn': '中国青年网',
  'qstheory.cn': '求是网',
  'workercn.cn': '中工网'
}

const RANK: Record<Strength, number> = { weak: 0, medium: 1, strong: 2 }

/** Lower-case host of an https address, or null when it is not a plain one (no account, port or odd characters). */
export function httpsHost(url: string): string | null {
  const m = /^https:\/\/([a-z0-9.-]+)(?:[/?#]|$)/i.exec(url)
  return m ? (m[1] ?? '').toLowerCase() : null
}

/** Labels of letters and hyphens only: a digit in a shown host could carry a number. */
const PLAIN_HOST = /^(?:[a-z](?:[a-z-]{0,61}[a-z])?\.)+[a-z]{2,}$/

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`)

/** True for gov.cn and the state media above, written plainly. */
export function isOfficialHost(host: string): boolean {
  if (!PLAIN_HOST.test(host)) return false
  return under(host, 'gov.cn') || Object.keys(STATE_MEDIA_HOSTS).some((d) => under(host, d))
}

/** The highest strength a source at this address can have. */
export function strengthCeiling(url: string | undefined): Strength {
  const host = url ? httpsHost(url) : null
  return host && isOfficialHost(host) ? 'strong' : 'medium'
}

/** What the app shows and counts: the file's claim, capped by the address. */
export function effectiveStrength(source: Pick<Source, 'url' | 'strength'>): Strength {
  const ceiling = strengthCeiling(source.url)
  return RANK[source.strength] > RANK[ceiling] ? ceiling : source.strength
}

/** The name under which a source's address is shown: its host when official, else 网上资料. */
export function shownHost(url: string): string {
  const host = httpsHost(url)
  return host && isOfficialHost(host) ? host : '网上资料'
}
