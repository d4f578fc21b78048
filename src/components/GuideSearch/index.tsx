import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { buildSearchIndex, searchGuide } from '../../domain/search'
import { sharePath } from '../../domain/share/link'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { openUrl } from '../../services/navigation'
import './index.css'
import { roleOf } from '../a11y'

/** Search all guide content for the user's region; works offline on the loaded data. */
export function GuideSearch({ policy }: { policy: ResolvedPolicy }) {
  const [query, setQuery] = useState('')
  const index = useMemo(() => buildSearchIndex(policy), [policy])
  const results = useMemo(() => searchGuide(index, query), [index, query])
  return (
    <View className='search' {...roleOf('search')}>
      <Input
        className='search__input'
        type='text'
        value={query}
        placeholder='搜：去世、家人、取钱、12393'
        aria-label='搜索指南内容'
        confirmType='search'
        onInput={(e) => setQuery(e.detail.value)}
      />
      {query.trim() !== '' && (
        <View className='search__results' aria-live='polite'>
          {results.length === 0 && <Text className='block muted'>没有找到“{query.trim()}”。换个说法试试，比如“家人”“取钱”“电话”。</Text>}
          {results.map((r) => (
            <View key={`${r.section}:${r.title}`} className='search__hit' {...roleOf('link')} onClick={() => openUrl(sharePath(r.target))}>
              <Text className='search__section'>{r.section}</Text>
              <Text className='search__title'>{r.title}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
