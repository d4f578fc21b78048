import { View, Text } from '@tarojs/components'
import type { Material } from '../../domain/policy/schema'
import { checklistParts, checklistProgress, type MaterialList } from '../../domain/withdraw/checklist'
import './index.css'
import { roleOf } from '../a11y'

interface Props {
  /** a withdrawal situation, or any list of materials */
  situation: MaterialList
  ticked: readonly string[]
  onToggle: (id: string) => void
}

function Row({ m, on, onToggle }: { m: Material; on: boolean; onToggle: (id: string) => void }) {
  return (
    <View className={`checklist__item ${on ? 'checklist__item--on' : ''}`} {...roleOf('checkbox')} aria-checked={on} onClick={() => onToggle(m.id)}>
      <Text className='checklist__box'>{on ? '☑' : '☐'}</Text>
      <View className='checklist__text'>
        <Text className='checklist__name'>
          {m.name}（{m.form}）
        </Text>
        {m.note && <Text className='checklist__note'>{m.note}</Text>}
      </View>
    </View>
  )
}

/**
 * Materials to bring, each a big tappable row that stays ticked. The count sits right above the boxes
 * it counts; what only some cases need, and what only someone going for another person brings (委托书),
 * are groups of their own below.
 */
export function Checklist({ situation, ticked, onToggle }: Props) {
  const { needed, ifAgent, ifCase } = checklistParts(situation)
  const { done, total } = checklistProgress(situation, ticked)
  return (
    <View className='checklist'>
      <Text className='block checklist__count' aria-live='polite'>
        已准备 {done} / {total} 项{done === total ? '，都齐了' : '，点一下打勾'}
      </Text>
      <View {...roleOf('group')} aria-label='要带的材料'>
        {needed.map((m) => (
          <Row key={m.id} m={m} on={ticked.includes(m.id)} onToggle={onToggle} />
        ))}
      </View>
      {ifCase.length > 0 && (
        <View className='checklist__agent' {...roleOf('group')} aria-label='看情况可能要带的'>
          <Text className='block checklist__agent-title'>看情况，还可能要带：</Text>
          {ifCase.map((m) => (
            <Row key={m.id} m={m} on={ticked.includes(m.id)} onToggle={onToggle} />
          ))}
        </View>
      )}
      {ifAgent.length > 0 && (
        <View className='checklist__agent' {...roleOf('group')} aria-label='请别人代办时另外要带的'>
          <Text className='block checklist__agent-title'>请别人代办时，另外还要带：</Text>
          {ifAgent.map((m) => (
            <Row key={m.id} m={m} on={ticked.includes(m.id)} onToggle={onToggle} />
          ))}
        </View>
      )}
    </View>
  )
}
