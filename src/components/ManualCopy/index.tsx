import { View, Text } from '@tarojs/components'
import './index.css'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'

/** Shown when the clipboard cannot be used: the text itself, selectable, so nothing is lost. */
export function ManualCopy({ text, onClose }: { text: string; onClose: () => void }) {
  return (
    <View className='manual-copy' {...roleOf('region')} aria-label='手动复制'>
      <Text className='manual-copy__hint'>没能自动复制。请长按下面的文字，选“复制”。</Text>
      <Text className='manual-copy__text' userSelect>
        {text}
      </Text>
      <AppButton className='btn btn--quiet btn--small' onClick={onClose}>
        收起
      </AppButton>
    </View>
  )
}
