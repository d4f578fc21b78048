import { View, Text } from '@tarojs/components'
import type { Myth } from '../../domain/policy/schema'
import type { Sourced } from '../../domain/policy/resolve'
import { mythCard } from '../../domain/cards'
import { Card } from '../Card'
import { Fold } from '../Fold'
import { Heading } from '../Heading'
import { SourceLine } from '../SourceLine'
import './index.css'

type ShownMyth = Sourced<Myth>

interface Props {
  myths: readonly ShownMyth[]
  title?: string
  /** one line that opens on a tap: for someone already on their way (e.g. after a death) */
  folded?: boolean
  /** a myth a search hit points at: shown even when folded */
  open?: string
}

/** What the better way is called: for something unlawful, the lawful way; for a mere mistake, what to do. */
export const INSTEAD_LABEL: Record<Myth['kind'], string> = { illegal: '合法的办法', scam: '合法的办法', false: '可以这样做' }
export const LAW_TITLE = '法律规定和处罚'

/**
 * An error the web spreads, answered the way one would answer a neighbour: what she read first, then
 * what is true in one sentence, then what she can do instead. The law and penalties wait behind a tap.
 */
function MythCard({ m }: { m: ShownMyth }) {
  return (
    <Card id={mythCard(m.id)}>
      <Heading level={3}>网上说：“{m.claim}”</Heading>
      <Text className='block myth__fact'>{m.fact}</Text>
      <Text className='block myth__label'>{INSTEAD_LABEL[m.kind]}</Text>
      <Text className='block myth__instead'>{m.instead}</Text>
      {m.law && (
        <Fold title={LAW_TITLE}>
          <Text className='block'>{m.law}</Text>
        </Fold>
      )}
      <SourceLine cited={m} />
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
