import { useState } from 'react'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useLinkPart } from '../../hooks/useLinkPart'
import { carried } from '../../domain/share/view'
import { LINK_NOT_HERE } from '../../domain/share/query'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { clampScreen } from '../../domain/family/walkthrough'
import { checkFiling, type FilingAnswers } from '../../domain/yidi/check'
import { CLAIM_PROGRESS_ID, filingProgressId, filingScreens } from '../../domain/yidi/walkthrough'
import { choiceKey, progressKey, useProgressStore } from '../../store/progressStore'

/** Where the chosen way to file is remembered, per region (store/progressStore `chosen`). */
export const FILING_SLOT = 'yidi-path'
const NO_TICKS: string[] = []

/**
 * The page's state: the check's answers (not kept: quick to answer again), the way to file and its step
 * (kept per region, so a walkthrough resumes), and the ticked claim materials. A shared link's way and
 * step win once, on arrival, until the reader acts (the same rule as the binding walkthrough).
 */
export function useFiling(guide: GuideRegion, policy: ResolvedPolicy) {
  const { query } = guide
  const { paths, kinds } = policy.yidi
  const [answers, setAnswers] = useState<FilingAnswers>({})
  const verdict = checkFiling(answers, kinds)

  const remembered = useProgressStore((s) => s.chosen[choiceKey(FILING_SLOT, policy.region)])
  const choose = useProgressStore((s) => s.choose)
  const [linkPath, endLinkPath] = useLinkPart(query.path, guide.linkActive)
  const linkPathId = carried(linkPath, paths)?.id
  const pathId = linkPathId ?? remembered ?? null
  const path = paths.find((p) => p.id === pathId) ?? null
  const [linkStepValue, endLinkStep] = useLinkPart(query.path ? (query.step ?? (query.badStep ? 0 : undefined)) : undefined, guide.linkActive)
  const linkStep = linkPathId ? linkStepValue : undefined

  const key = progressKey(policy.region, filingProgressId(pathId ?? ''))
  const stored = useProgressStore((s) => s.walkthrough[key])
  const setStep = useProgressStore((s) => s.setStep)
  const screens = path ? filingScreens(path) : []
  const screen = path ? clampScreen(linkStep ?? stored ?? 0, screens) : 0

  const choosePath = (id: string | null) => {
    endLinkPath()
    endLinkStep()
    choose(FILING_SLOT, policy.region, id)
  }
  const move = (to: number) => {
    if (linkPathId) {
      endLinkPath()
      choose(FILING_SLOT, policy.region, linkPathId)
    }
    endLinkStep()
    setStep(key, clampScreen(to, screens))
  }
  // Done: the next visit starts from the choice of way, and this way from its beginning.
  const finish = () => {
    setStep(key, 0)
    choosePath(null)
  }

  const claimKey = progressKey(policy.region, CLAIM_PROGRESS_ID)
  const ticked = useProgressStore((s) => s.ticks[claimKey] ?? NO_TICKS)
  const toggleTick = useProgressStore((s) => s.toggleTick)

  const problems = query.path && !carried(query.path, paths) && guide.linkActive && !guide.switchedToOwn ? [LINK_NOT_HERE.path] : []

  return {
    answers,
    setAnswers,
    verdict,
    path,
    screens,
    screen,
    linkedStepShown: Boolean(linkPathId && path),
    choosePath,
    move,
    finish,
    ticked,
    toggleTick: (id: string) => toggleTick(claimKey, id),
    problems
  }
}
