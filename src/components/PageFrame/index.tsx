import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

interface Props {
  children: ReactNode
  /** extra line under the disclaimer, e.g. how old the policy data is */
  footnote?: ReactNode
}

/** Every page: the content, then the standing disclaimer a user must always see. */
export function PageFrame({ children, footnote }: Props) {
  return (
    <View className='page'>
      {children}
      <View className='page__footer' role='contentinfo'>
        <Text className='page__disclaimer'>本程序非官方，以当地医保部门规定为准</Text>
        {footnote}
      </View>
    </View>
  )
}
