import { useState } from 'react'
import { carried, linkedStep, screenToShow } from '../domain/share/view'
import { clampScreen, readerOfScreen, walkthroughScreens, type Cast, type Screen, type WalkPath } from '../domain/walkthrough'
import { choiceKey, progressKey, useProgressStore } from '../store/progressStore'
import { CARD } from '../domain/cards'
import { scrollSoon } from '../services/scroll'
import { useLinkPart } from './useLinkPart'
import type { GuideRegion } from './useGuideRegion'

export interface LinkedWalkthrough<P extends WalkPath<S>, S, R extends string> {
  /** the way on screen, or null while the reader chooses one */
  path: P | null
  screens: Array<Screen<S>>
  screen: number
  /** opened from a shared step of this way: the step is written to its reader, 从头看 is offered */
  received: boolean
  /** whom the steps are written to: the guide's own reader, or (received) the one the step was sent to */
  reader: R
  /** the screen the link opened is still the one shown (the reader has not moved yet) */
  atLinkedScreen: boolean
  /** the link named a way the region shown does not have */
  linkedPathMissing: boolean
  choose(id: string | null): void
  /** choose a way and bring the walkthrough into view */
  start(id: string): void
  move(to: number): void
  /** done: the next visit starts from the choice of ways, and this way from its beginning */
  finish(): void
}

interface Options<P, S, R extends string> {
  guide: GuideRegion
  /** the region the page shows (the policy's) */
  region: string | null
  paths: readonly P[]
  cast: Cast<S, R>
  /** keeps each guide's chosen way apart; '' for the family guide (its saved choices predate scopes) */
  scope?: string
  /** the card holding the walkthrough, scrolled to when a way is chosen */
  card?: string
}

/**
 * A guide's walkthrough with its saved progress and what a shared link says: a link's way and step win
 * once, on arrival, without touching the reader's own saved progress until she acts (domain/share/view);
 * a link to a step opens it written to the one it was sent to (the cast's reader of that step).
 */
export function useLinkedWalkthrough<P extends WalkPath<S> & { id: string }, S, R extends string>({
  guide,
  region,
  paths,
  cast,
  scope = '',
  card = CARD.binding
}: Options<P, S, R>): LinkedWalkthrough<P, S, R> {
  const { query, linkActive } = guide
  const remembered = useProgressStore((s) => s.chosenPath[choiceKey(region, scope)])
  const choosePath = useProgressStore((s) => s.choosePath)
  const setStep = useProgressStore((s) => s.setStep)
  // Seen in the reader's own region, the link's way still counts where that region has the same way.
  const [linkPath, endLinkPath] = useLinkPart(query.path, linkActive)
  const linkPathId = carried(linkPath, paths)?.id
  const pathId = linkPathId ?? remembered ?? null
  const path = paths.find((p) => p.id === pathId) ?? null
  // Progress per region and way; a scoped guide's ways are kept apart from the family guide's (both have a 'counter').
  const key = progressKey(region, scope ? `${scope}:${pathId ?? ''}` : (pathId ?? ''))
  const stored = useProgressStore((s) => s.walkthrough[key])
  const [linkStep, endLinkStep] = useLinkPart(linkedStep(query), linkActive)
  const screens = path ? walkthroughScreens<S>(path) : []
  const screen = screenToShow({ linkStep, linkedWayShown: linkPathId !== undefined, stored, screens: screens.length })

  // A shared step (a link with a way and a step; search hits carry no step) makes this visit a received one.
  const [receivedPath, setReceivedPath] = useState(query.path !== undefined && query.step !== undefined ? query.path : undefined)
  const received = linkActive && receivedPath !== undefined && path?.id === receivedPath
  const [reader] = useState<R>(() => (received ? readerOfScreen(screens[screen], cast) : cast.self))

  const choose = (id: string | null) => {
    endLinkPath()
    endLinkStep()
    setReceivedPath(undefined)
    choosePath(region, id, scope)
  }
  return {
    path,
    screens,
    screen,
    received,
    reader: received ? reader : cast.self,
    atLinkedScreen: received && linkPathId !== undefined && linkStep !== undefined,
    linkedPathMissing: Boolean(query.path && !carried(query.path, paths) && linkActive && !guide.switchedToOwn),
    choose,
    start: (id) => {
      choose(id)
      scrollSoon(card)
    },
    move: (to) => {
      // Acting on a linked step makes it the reader's own progress.
      if (linkPathId) {
        endLinkPath()
        choosePath(region, linkPathId, scope)
      }
      endLinkStep()
      setStep(key, clampScreen(to, screens))
      // The new step starts at its header: never leave its title scrolled off the top.
      scrollSoon(CARD.walkHead)
    },
    finish: () => {
      setStep(key, 0)
      choose(null)
    }
  }
}
