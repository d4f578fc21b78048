import { View, Text } from '@tarojs/components'
import './index.css'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'

interface Props<T extends string> {
  question: string
  /** one short line under the question that helps answer it */
  hint?: string
  options: ReadonlyArray<{ value: T; label: string }>
  value: T | undefined
  onChange: (value: T) => void
}

/** One question, big answer buttons; the chosen one stays marked. */
export function ChoiceGroup<T extends string>({ question, hint, options, value, onChange }: Props<T>) {
  return (
    <View className='choice' {...roleOf('group')} aria-label={question}>
      <Text className='choice__question'>{question}</Text>
      <View className='choice__options'>
        {options.map((o) => (
          <AppButton
            key={o.value}
            className={`btn btn--small ${value === o.value ? 'choice__option--on' : 'btn--quiet'}`}
            aria-pressed={value === o.value}
            onClick={() => onChange(o.value)}
          >
            {value === o.value ? `✓ ${o.label}` : o.label}
          </AppButton>
        ))}
      </View>
      {hint && <Text className='block muted small choice__hint'>{hint}</Text>}
    </View>
  )
}
