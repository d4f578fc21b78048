import { useMemo, useState } from 'react'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useLinkedWalkthrough } from '../../hooks/useLinkedWalkthrough'
import { useShareCard } from '../../hooks/useShareCard'
import { LINK_NOT_HERE } from '../../domain/share/query'
import type { ShareTarget } from '../../domain/share/link'
import { walkthroughCard, yidiCard } from '../../domain/share/card'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import type { Step } from '../../domain/policy/schema'
import { shortName } from '../../domain/region/names'
import { checkFiling, type FilingAnswers } from '../../domain/yidi/check'
import { CLAIM_PROGRESS_ID, FILING_SCOPE, filingCast, filingWalkPath } from '../../domain/yidi/walkthrough'
import { CARD } from '../../domain/cards'
import { progressKey, useProgressStore } from '../../store/progressStore'

export const TASK = '去外地看病'
const NO_TICKS: string[] = []

/**
 * The page's state: the check's answers (not kept: quick to answer again), the way to file and its step
 * (the shared walkthrough machinery: kept per region, a link's way and step win once, a received step
 * opens at the top), the ticked claim materials, and the share card for what is on screen.
 */
export function useFiling(guide: GuideRegion, policy: ResolvedPolicy) {
  const { paths, kinds } = policy.yidi
  const [answers, setAnswers] = useState<FilingAnswers>({})
  const verdict = checkFiling(answers, kinds)

  const walkPaths = useMemo(() => paths.map(filingWalkPath), [paths])
  const walk = useLinkedWalkthrough({ guide, region: policy.region, paths: walkPaths, cast: filingCast, scope: FILING_SCOPE, card: CARD.filing })

  const place = (policy.region && shortName(policy.region)) || ''
  const current = walk.screens[walk.screen]
  const target: ShareTarget = { page: 'yidi', region: policy.region, path: walk.path?.id, step: walk.path ? walk.screen : undefined }
  const card =
    walk.path && current
      ? walkthroughCard({ task: TASK, place, way: walk.path.name, steps: walk.path.steps.length, screen: current, cast: filingCast })
      : yidiCard({ place, answer: policy.yidi.answer.title, first: policy.yidi.answer.lines[0]?.text ?? '' })
  useShareCard(target, card)

  const claimKey = progressKey(policy.region, CLAIM_PROGRESS_ID)
  const ticked = useProgressStore((s) => s.ticks[claimKey] ?? NO_TICKS)
  const toggleTick = useProgressStore((s) => s.toggleTick)

  return {
    ...walk,
    view: (step: Step) => filingCast.view(step, walk.reader),
    current,
    answers,
    setAnswers,
    verdict,
    place,
    target,
    card,
    ticked,
    toggleTick: (id: string) => toggleTick(claimKey, id),
    problems: walk.linkedPathMissing ? [LINK_NOT_HERE.path] : []
  }
}

export type Filing = ReturnType<typeof useFiling>
