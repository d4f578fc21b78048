import type { GuideRegion } from '../../hooks/useGuideRegion'
import { useLinkPart } from '../../hooks/useLinkPart'
import { LINK_NOT_HERE } from '../../domain/share/query'
import { choiceCard, situationShown } from '../../domain/withdraw/situation'
import { regionKey, useProgressStore } from '../../store/progressStore'
import { scrollSoon } from '../../services/scroll'

/**
 * The situation on screen: a link's first; otherwise the one this reader last chose here (kept across
 * restarts). Seen in her own region (看我自己地区的), the link's situation still counts where that region
 * has it; choosing one makes it hers and ends the link's say (the rule: domain/withdraw/situation).
 */
export function useSituationChoice<S extends { id: string }>(
  guide: GuideRegion,
  policy: { region: string | null; withdraw: { situations: readonly S[] } }
) {
  const { situations } = policy.withdraw
  const remembered = useProgressStore((s) => s.chosenSituation[regionKey(policy.region)])
  const chooseSituation = useProgressStore((s) => s.chooseSituation)
  const [linkNow, endLink] = useLinkPart(guide.query.situation, guide.linkActive)
  const shown = situationShown({
    link: guide.query.situation,
    linkNow,
    remembered,
    situations: situations.map((s) => s.id),
    switchedToOwn: guide.switchedToOwn
  })
  return {
    ...shown,
    situation: situations.find((s) => s.id === shown.chosen),
    problems: shown.linkMissing ? [LINK_NOT_HERE.situation] : [],
    choose: (id: string) => {
      endLink()
      chooseSituation(policy.region, id)
      // What to bring is the answer: start there, not under the buttons just tapped.
      scrollSoon(choiceCard(id))
    }
  }
}

export type SituationChoice<S extends { id: string }> = ReturnType<typeof useSituationChoice<S>>
