import { useEffect } from 'react'
import { View, Text } from '@tarojs/components'
import { pasteHelp, type PastePlace } from '../../domain/copy/pasteHelp'
import { focusSoon } from '../../services/focus'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'
import './index.css'

interface Props {
  /** what was copied, as the user would name it: an app's name, an address, 材料清单 */
  copied: string
  /** where to paste it, the first one spelled out step by step */
  places: readonly PastePlace[]
  onClose: () => void
}

const TITLE_ID = 'copy-done-title'
/** focusable from script only (H5): the reader starts at the title; Taro's types leave tabIndex out */
const FOCUS_TARGET = { tabIndex: -1 }

/**
 * The answer to "复制" for someone who has never pasted into a search box: a sheet in large type that
 * stays until closed (a toast is gone before it is read) and says, tap by tap, what to do next.
 */
export function CopyDone({ copied, places, onClose }: Props) {
  const help = pasteHelp(copied, places)
  useEffect(() => focusSoon(TITLE_ID), [])
  return (
    <View className='copy-done'>
      <View className='copy-done__backdrop' onClick={onClose} />
      {/* named by its title in aria-label: WeChat's reader knows no aria-labelledby */}
      <View className='copy-done__sheet' {...roleOf('dialog')} aria-modal='true' aria-label={help.title}>
        <Text id={TITLE_ID} className='copy-done__title' {...FOCUS_TARGET}>
          {help.title}
        </Text>
        <Text className='copy-done__lead'>接下来这样做：</Text>
        {help.steps.map((s, i) => (
          <Text key={s} className='copy-done__step'>
            {i + 1}. {s}
          </Text>
        ))}
        {help.also && <Text className='copy-done__also'>{help.also}</Text>}
        <AppButton className='btn' onClick={onClose}>
          知道了
        </AppButton>
      </View>
    </View>
  )
}
