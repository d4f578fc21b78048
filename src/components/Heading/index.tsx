import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.css'
import { roleOf } from '../a11y'

interface Props {
  level?: 1 | 2 | 3
  children: ReactNode
}

/** A real heading for screen readers (role + level) that also reads as one at large font sizes. */
export function Heading({ level = 1, children }: Props) {
  return (
    <View {...roleOf('heading')} aria-level={level} className={`heading heading--${level}`}>
      {children}
    </View>
  )
}
