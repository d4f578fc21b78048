import { View, Text } from '@tarojs/components'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { pathChoices, walletCaution, WALLET_PATH_ID } from '../../domain/family/wallet'
import { AppButton } from '../AppButton'
import { Card } from '../Card'
import './index.css'

type Family = Pick<ResolvedPolicy['family'], 'paths' | 'wallet'>

interface Props {
  family: Family
  /** the place's line, named in the 医保钱包 warning */
  ask: { number: string }
  onStart: (pathId: string) => void
  buttonClass?: string
}

/**
 * The ways to bind, offered as equals only where they are open: where the province does not run
 * the 医保钱包 (as of its date), that way comes after the warning that says so, never beside the others.
 */
export function PathChoices({ family, ask, onStart, buttonClass = 'btn btn--secondary path-option' }: Props) {
  const { ways, afterWarning } = pathChoices(family.paths, family.wallet, ask)
  return (
    <View>
      {ways.map((p) => (
        <AppButton key={p.id} className={buttonClass} onClick={() => onStart(p.id)}>
          {p.name}
        </AppButton>
      ))}
      {afterWarning && (
        <View className='path-choices__warned'>
          <Text className='block path-choices__warning'>家人在外省的：{afterWarning.warning}</Text>
          <AppButton className='btn btn--quiet path-option' onClick={() => onStart(afterWarning.path.id)}>
            问清楚能用以后，再看：{afterWarning.path.name}
          </AppButton>
        </View>
      )}
    </View>
  )
}

/**
 * With the 医保钱包 walkthrough where the province does not run it: the warning is on the first screen, not
 * its last. `relativeOf`: the reader is the relative a step was sent to, so the place is named as the giver's.
 */
export function WalletCaution({ family, pathId, ask, relativeOf }: { family: Family; pathId: string; ask: { number: string }; relativeOf?: string }) {
  const caution = pathId === WALLET_PATH_ID ? walletCaution(family.wallet, ask, relativeOf === undefined ? undefined : { relativeOf }) : null
  if (!caution) return null
  return (
    <Card tone='warning'>
      <Text className='block'>{caution}</Text>
    </Card>
  )
}
