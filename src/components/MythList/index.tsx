import { View, Text } from '@tarojs/components'
import type { Myth } from '../../domain/policy/schema'
import { mythCard } from '../../domain/cards'
import { Card } from '../Card'
import { Fold } from '../Fold'
import { Heading } from '../Heading'
import './index.css'

interface Props {
  myths: readonly Myth[]
  title?: string
  /** one line that opens on a tap: for someone already on their way (e.g. after a death) */
  folded?: boolean
  /** a myth a search hit points at: shown even when folded */
  open?: string
}

/** The errors the web spreads, each led by the fact; the claim is only quoted, small. */
function MythCard({ m }: { m: Myth }) {
  return (
    <Card id={mythCard(m.id)}>
      <Text className='block myth__truth'>{m.truth}</Text>
      <Text className='block muted small myth__claim'>网上说：“{m.claim}”</Text>
    </Card>
  )
}

export function MythList({ myths, title = '这些说法不对', folded = false, open }: Props) {
  if (myths.length === 0) return null
  if (folded) {
    return (
      <Fold id='myths' title={`网上还有 ${myths.length} 种说法不对`} defaultOpen={open !== undefined && myths.some((m) => mythCard(m.id) === open)}>
        {myths.map((m) => (
          <MythCard key={m.id} m={m} />
        ))}
      </Fold>
    )
  }
  return (
    <View id='myths'>
      <Heading level={2}>{title}</Heading>
      {myths.map((m) => (
        <MythCard key={m.id} m={m} />
      ))}
    </View>
  )
}
