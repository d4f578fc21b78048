import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import { dataAge, isStale } from '../../domain/dataAge'
import { storageNotices } from '../../store/persistStorage'
// not store/policy: the home page uses this frame, and the policy store loads with the guides only
import { usePolicyNotice } from '../../store/policyNotice'
import { PrivacyPrompt } from '../PrivacyPrompt'
import { AfterFirstFrame } from '../AfterFirstFrame'
import { PageReadyContext, usePageReadyFlag } from '../../hooks/useAfterReady'
import { useElderMode } from '../../hooks/useElderMode'
import { isSinglePageMode } from '../../services/launchScene'
import './index.css'
import { roleOf } from '../a11y'
import { AskLineProvider } from '../AskLine'
import type { CallAction } from '../../domain/policy/hotline'

interface Props {
  children: ReactNode
  /** the check date of what this page shows; omitted on pages without policy content */
  checkedOn?: string
  /** short explanations shown on top, e.g. what in a shared link could not be used */
  problems?: readonly string[]
  /** the place's 医保 line, for doubts about a source deep in the page ("这条不对？") */
  ask?: CallAction
}

/** Every page: notices, the content, then the standing disclaimer and how old the data is. */
export function PageFrame({ children, checkedOn, problems = [], ask }: Props) {
  const notice = usePolicyNotice()
  const reset = useStore(storageNotices, (s) => s.reset)
  const elder = useElderMode()
  // what renders after the first frame (AfterFirstFrame) waits for this page's onReady
  const isReady = usePageReadyFlag()
  return (
    <PageReadyContext.Provider value={isReady}>
      <View className={elder ? 'page elder' : 'page'}>
        {isSinglePageMode() && (
          <Text className='notice'>这是从朋友圈打开的单页，只能看这一页。点屏幕下方的“前往小程序”，可以看全部内容、选自己的地区。</Text>
        )}
        {problems.map((p) => (
          <Text key={p} className='notice'>
            {p}
          </Text>
        ))}
        {reset.length > 0 && (
          <Text className='notice' onClick={() => storageNotices.getState().dismiss()}>
            手机上保存的部分进度读不出来，已重新开始。（点这里关闭）
          </Text>
        )}
        <AskLineProvider ask={ask}>{children}</AskLineProvider>
        {/* below the content, so not part of the first frame (AfterFirstFrame): it follows in the next update */}
        <AfterFirstFrame>
          <View className='page__footer' {...roleOf('contentinfo')}>
            <Text className='page__disclaimer'>本程序非官方，以当地医保部门规定为准</Text>
            {checkedOn && (
              <Text className='page__age'>
                {dataAge(checkedOn, new Date())}
                {isStale(checkedOn, new Date()) ? '，已超过一年，办理前请打 12393 确认' : ''}
              </Text>
            )}
            {notice && <Text className='page__age'>{notice}</Text>}
          </View>
        </AfterFirstFrame>
        <PrivacyPrompt />
      </View>
    </PageReadyContext.Provider>
  )
}
