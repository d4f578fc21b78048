import { View, Text } from '@tarojs/components'
import { AppButton } from '../../components/AppButton'
import { roleOf } from '../../components/a11y'
import type { Sourced } from '../../domain/policy/resolve'
import type { Situation } from '../../domain/policy/schema'
import { NOT_WITHDRAWABLE } from '../../domain/withdraw/checklist'
import { CARD } from '../../domain/cards'

interface Props {
  situations: ReadonlyArray<Sourced<Situation>>
  chosen: string | undefined
  onChoose: (id: string) => void
}

/** 您是哪种情况: the situations the balance can be taken out in, and "none of these". */
export function SituationPicker({ situations, chosen, onChoose }: Props) {
  return (
    <View id={CARD.situations} className='situations' {...roleOf('group')} aria-label='选择情形'>
      {situations.map((s) => (
        <AppButton
          key={s.id}
          className={`btn ${chosen === s.id ? '' : 'btn--secondary'}`}
          aria-pressed={chosen === s.id}
          onClick={() => onChoose(s.id)}
        >
          {/* the name on its own: the situation's name is what people (and tests) look for */}
          {chosen === s.id && <Text>✓ </Text>}
          <Text>{s.name}</Text>
        </AppButton>
      ))}
      <AppButton
        className={`btn ${chosen === NOT_WITHDRAWABLE ? '' : 'btn--quiet'}`}
        aria-pressed={chosen === NOT_WITHDRAWABLE}
        onClick={() => onChoose(NOT_WITHDRAWABLE)}
      >
        {chosen === NOT_WITHDRAWABLE ? '✓ ' : ''}都不是，我就想把钱取出来
      </AppButton>
      <Text className='block muted small'>只有上面几种情形，能取出个人账户里的钱。</Text>
    </View>
  )
}
