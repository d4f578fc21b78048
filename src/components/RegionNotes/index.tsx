import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { notesFor } from '../../domain/policy/notes'
import type { Topic } from '../../domain/policy/schema'
import { SourceLine } from '../SourceLine'
import { roleOf } from '../a11y'
import './index.css'

/**
 * The local notes for one guide, each with its own sources. Pages put this right after their
 * main action: the answer comes first on a phone screen, the local detail under it. One note
 * shows; the rest wait behind a tap.
 */
export function RegionNotes({ policy, topic }: { policy: ResolvedPolicy; topic: Topic }) {
  const notes = notesFor(policy, topic)
  const [more, setMore] = useState(false)
  if (notes.length === 0) return null
  const shown = more ? notes : notes.slice(0, 1)
  return (
    <View className='region-notes' {...roleOf('group')} aria-label='本地提示'>
      <Text className='region-notes__title'>本地提示</Text>
      {shown.map((n) => (
        <View key={`${n.from.code}/${n.id}`}>
          <Text className='region-notes__note'>{n.text}</Text>
          <SourceLine cited={n} />
        </View>
      ))}
      {notes.length > 1 && (
        <View className='region-notes__more' {...roleOf('button')} aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? '收起本地提示' : `更多本地提示（${notes.length - 1} 条）`}
        </View>
      )}
    </View>
  )
}
