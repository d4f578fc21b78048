import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { AGREE_BUTTON_ID, onPrivacyRequest, type PrivacyAnswer } from '../../services/privacy'
import './index.css'
import { AppButton } from '../AppButton'
import { roleOf } from '../a11y'

/** WeChat's privacy check asks before the clipboard is used; this is our own, plain-language prompt for it. */
export function PrivacyPrompt() {
  const [answer, setAnswer] = useState<PrivacyAnswer | null>(null)
  useEffect(() => onPrivacyRequest((a) => setAnswer(() => a)), [])
  if (!answer) return null
  const reply = (agreed: boolean) => {
    answer(agreed)
    setAnswer(null)
  }
  return (
    <View className='privacy' {...roleOf('dialog')} aria-label='需要您同意'>
      <View className='privacy__box'>
        <Text className='privacy__title'>复制需要您同意</Text>
        <Text className='privacy__text'>“复制”要用到手机的剪贴板。本程序只把您点的文字放进剪贴板，不读取、不上传任何内容，也不收集个人信息。</Text>
        <AppButton id={AGREE_BUTTON_ID} className='btn' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={() => reply(true)}>
          同意并复制
        </AppButton>
        <AppButton className='btn btn--quiet' onClick={() => reply(false)}>
          不同意（文字会显示出来，您可以自己复制）
        </AppButton>
      </View>
    </View>
  )
}
