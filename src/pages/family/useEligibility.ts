import { useState } from 'react'
import {
  checkEligibility,
  onward,
  questionsShown,
  type AskLine,
  type EligibilityAnswers,
  type EligibilityFamily
} from '../../domain/family/eligibility'
import { CARD } from '../../domain/cards'
import { scrollSoon } from '../../services/scroll'

/**
 * Who can share, asked one question at a time: the answers (not kept: quick to answer again), which
 * questions are on screen, the answer once one settles it, and where it leads (a way to bind, a call).
 */
export function useEligibility(family: EligibilityFamily & { paths: ReadonlyArray<{ id: string }> }, ask: AskLine) {
  const [answers, setAnswersState] = useState<EligibilityAnswers>({})
  const verdict = checkEligibility(answers, family, ask)
  const setAnswers = (a: EligibilityAnswers) => {
    setAnswersState(a)
    // The answer appears under the questions: bring it into view, or the user never sees it.
    if (checkEligibility(a, family, ask)) scrollSoon(CARD.verdict)
  }
  return {
    answers,
    setAnswers,
    shown: questionsShown(answers, family.relatives),
    verdict,
    next: verdict
      ? onward(
          verdict,
          family.paths.map((p) => p.id)
        )
      : null
  }
}

export type Eligibility = ReturnType<typeof useEligibility>
