import type { GuideRegion } from '../../src/hooks/useGuideRegion'
import type { GuideQuery } from '../../src/domain/share/query'

/** A page's region and link as useGuideRegion gives them: the reader's own region, no link, unless told. */
export function guideRegion(query: Partial<GuideQuery> = {}, over: Partial<GuideRegion> = {}): GuideRegion {
  return {
    region: '350200',
    own: '350200',
    sent: null,
    query: { problems: [], ...query },
    linkActive: true,
    switchedToOwn: false,
    viewOwn: () => undefined,
    ...over
  }
}
