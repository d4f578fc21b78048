import type { ShareCard } from '../domain/share/card'
import { walkthroughCard } from '../domain/share/card'
import type { SharePage, ShareTarget } from '../domain/share/link'
import { LINK_NOT_HERE } from '../domain/share/query'
import { shortName } from '../domain/region/names'
import type { Cast, Screen, StepView, WalkPath } from '../domain/walkthrough'
import { CARD } from '../domain/cards'
import type { GuideRegion } from './useGuideRegion'
import { useLinkedWalkthrough, type LinkedWalkthrough } from './useLinkedWalkthrough'
import { useShareCard } from './useShareCard'

interface Options<P, S, R extends string> {
  guide: GuideRegion
  /** the region the page shows (the policy's) */
  region: string | null
  /** the page a step is shared from */
  page: SharePage
  /** what the guide helps do, e.g. 家庭共济: the share card's and a received page's title */
  task: string
  paths: readonly P[]
  cast: Cast<S, R>
  /** keeps each guide's chosen way apart (see useLinkedWalkthrough) */
  scope?: string
  /** the card holding the walkthrough */
  card?: string
  /** the share card while no way is on screen, for the place's short name */
  overview: (place: string) => ShareCard
}

export interface GuideWalkthrough<P extends WalkPath<S>, S, R extends string> extends LinkedWalkthrough<P, S, R> {
  /** the short name of the region shown, '' for the national rules */
  place: string
  /** the screen on show, if a way is chosen */
  current: Screen<S> | undefined
  /** what a share of this page opens: the region, the way and the step on screen */
  target: ShareTarget
  /** the share card for what is on screen */
  card: ShareCard
  /** a step as this visit's reader reads it */
  view(step: S): StepView
  /** what the page says about the link (a way this region does not have) */
  problems: string[]
  /** a link to a way without a step (a search hit) opens where the walkthrough is; a shared step opens at the top */
  openAt: string | undefined
}

/**
 * A guide page's walkthrough: the way chosen and its screen (a link's first, saved progress otherwise:
 * useLinkedWalkthrough), and the share card for what is on screen, so a step sent on opens on that step.
 */
export function useGuideWalkthrough<P extends WalkPath<S> & { id: string }, S, R extends string>(o: Options<P, S, R>): GuideWalkthrough<P, S, R> {
  const { guide, region, page, task, cast, card = CARD.binding } = o
  const walk = useLinkedWalkthrough({ guide, region, paths: o.paths, cast, scope: o.scope, card })
  const place = (region && shortName(region)) || ''
  const current = walk.screens[walk.screen]
  const target: ShareTarget = { page, region, path: walk.path?.id, step: walk.path ? walk.screen : undefined }
  const shared =
    walk.path && current
      ? walkthroughCard({ task, place, way: walk.path.name, steps: walk.path.steps.length, screen: current, cast })
      : o.overview(place)
  useShareCard(target, shared)
  return {
    ...walk,
    place,
    current,
    target,
    card: shared,
    view: (step) => cast.view(step, walk.reader),
    problems: walk.linkedPathMissing ? [LINK_NOT_HERE.path] : [],
    openAt: walk.path && guide.query.path && !walk.received ? card : undefined
  }
}
