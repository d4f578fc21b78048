import { Text } from '@tarojs/components'
import { Fold } from '../../components/Fold'
import { Checklist } from '../../components/Checklist'
import { ManualCopy } from '../../components/ManualCopy'
import { CopyDone } from '../../components/CopyDone'
import { SourceLine } from '../../components/SourceLine'
import { AppButton } from '../../components/AppButton'
import { useCopy } from '../../hooks/useCopy'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { hotlineFor } from '../../domain/policy/hotline'
import { regionLabel, shortName } from '../../domain/region/names'
import { claimText } from '../../domain/yidi/claim'
import { CARD } from '../../domain/cards'
import type { Filing } from './useFiling'

/**
 * When direct settlement did not happen: what to bring home to claim, to tick and to copy into a family
 * chat. Folded until needed (a search hit, a link, or ticks already made): the page stays short for those who filed.
 */
export function Claim({ policy, filing, open }: { policy: ResolvedPolicy; filing: Filing; open: boolean }) {
  const { claim } = policy.yidi
  const { copy, manualText, dismiss, done, closeDone } = useCopy()
  const copyList = () =>
    copy(
      claimText(claim, filing.ticked, {
        place: policy.region === null ? null : regionLabel(policy.region),
        listFrom: claim.cited.from.code === 'national' ? null : (shortName(claim.cited.from.code) ?? null),
        hotline: hotlineFor(policy).number
      }),
      { copied: '材料清单', places: ['chat'] }
    )
  return (
    <Fold
      id={CARD.claim}
      defaultOpen={open || filing.ticked.length > 0}
      title={`没能直接结算：回参保地报销要带的材料（${claim.materials.length} 项）`}
    >
      <Text className='block'>{claim.intro}</Text>
      <AppButton className='btn btn--secondary' onClick={copyList}>
        复制清单（发到家人群里）
      </AppButton>
      {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
      {done && <CopyDone copied={done.copied} places={done.places} onClose={closeDone} />}
      <Checklist situation={claim} ticked={filing.ticked} onToggle={filing.toggleTick} />
      {claim.steps.map((s) => (
        <Text key={s} className='list__item'>
          {s}
        </Text>
      ))}
      <SourceLine cited={claim.cited} />
    </Fold>
  )
}
