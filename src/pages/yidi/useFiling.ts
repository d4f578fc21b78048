import { useMemo, useState } from 'react'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useGuideWalkthrough } from '../../hooks/useGuideWalkthrough'
import { yidiCard } from '../../domain/share/card'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
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
  const walk = useGuideWalkthrough({
    guide,
    region: policy.region,
    page: 'yidi',
    task: TASK,
    paths: walkPaths,
    cast: filingCast,
    scope: FILING_SCOPE,
    card: CARD.filing,
    overview: (place) => yidiCard({ place, answer: policy.yidi.answer.title, first: policy.yidi.answer.lines[0]?.text ?? '' })
  })

  const claimKey = progressKey(policy.region, CLAIM_PROGRESS_ID)
  const ticked = useProgressStore((s) => s.ticks[claimKey] ?? NO_TICKS)
  const toggleTick = useProgressStore((s) => s.toggleTick)

  return {
    ...walk,
    answers,
    setAnswers,
    verdict,
    ticked,
    toggleTick: (id: string) => toggleTick(claimKey, id)
  }
}

export type Filing = ReturnType<typeof useFiling>
