import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { roleOf } from '../a11y'
import './index.css'

interface Props {
  id?: string
  /** what is inside, in a few words: the fold's one line */
  title: ReactNode
  /** opened already, e.g. when a search hit or link points here */
  defaultOpen?: boolean
  /** shown under the title line whether open or not, e.g. the one button that does the thing */
  always?: ReactNode
  children: ReactNode
}

/** A title line that opens on a tap: the page stays short and the details are one tap away. */
export function Fold({ id, title, defaultOpen = false, always, children }: Props) {
  const [open, setOpen] = useState(defaultOpen)
  return (
    <View id={id} className={`fold ${open ? 'fold--open' : ''}`}>
      <View className='fold__head' {...roleOf('button')} aria-expanded={open} onClick={() => setOpen(!open)}>
        <View className='fold__title'>{title}</View>
        <Text className='fold__mark' aria-hidden>
          {open ? '收起 ▲' : '展开 ▼'}
        </Text>
      </View>
      {always}
      {open && <View className='fold__body'>{children}</View>}
    </View>
  )
}
