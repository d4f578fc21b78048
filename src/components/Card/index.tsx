import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'

interface Props {
  tone?: 'plain' | 'warning' | 'info' | 'danger'
  id?: string
  children: ReactNode
}

export function Card({ tone = 'plain', id, children }: Props) {
  return (
    <View id={id} className={`card card--${tone}`}>
      {children}
    </View>
  )
}
