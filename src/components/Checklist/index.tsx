import { View, Text } from '@tarojs/components'
import type { Material } from '../../domain/policy/schema'
import './index.css'
import { roleOf } from '../a11y'

interface Props {
  materials: readonly Material[]
  ticked: readonly string[]
  onToggle: (id: string) => void
}

/** Materials to bring, each a big tappable row that stays ticked. */
export function Checklist({ materials, ticked, onToggle }: Props) {
  return (
    <View className='checklist' {...roleOf('group')} aria-label='材料清单'>
      {materials.map((m) => {
        const on = ticked.includes(m.id)
        return (
          <View
            key={m.id}
            className={`checklist__item ${on ? 'checklist__item--on' : ''}`}
            {...roleOf('checkbox')}
            aria-checked={on}
            onClick={() => onToggle(m.id)}
          >
            <Text className='checklist__box'>{on ? '☑' : '☐'}</Text>
            <View className='checklist__text'>
              <Text className='checklist__name'>
                {m.name}（{m.form}）
              </Text>
              {m.note && <Text className='checklist__note'>{m.note}</Text>}
            </View>
          </View>
        )
      })}
    </View>
  )
}
