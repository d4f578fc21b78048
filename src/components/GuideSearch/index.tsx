import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { searchGuide, type SearchEntry } from '../../domain/search/query'
import { sharePath } from '../../domain/share/link'
import { openUrl } from '../../services/navigation'
import './index.css'
import { roleOf } from '../a11y'

interface Props {
  /** null: still being built (the national entries come from the policy package) */
  entries: readonly SearchEntry[] | null
  /** someone typed while entries is null: start building them */
  onSearch?: () => void
}

/** Search all guide content for the user's region; works offline on the given entries (store/searchEntries). */
export function GuideSearch({ entries, onSearch }: Props) {
  const [query, setQuery] = useState('')
  const results = useMemo(() => (entries ? searchGuide(entries, query) : []), [entries, query])
  return (
    <View className='search' {...roleOf('search')}>
      <Input
        className='search__input'
        type='text'
        value={query}
        placeholder='搜：去世、家人、取钱、12393'
        aria-label='搜索指南内容'
        confirmType='search'
        onInput={(e) => {
          setQuery(e.detail.value)
          if (!entries) onSearch?.()
        }}
      />
      {query.trim() !== '' && (
        <View className='search__results' aria-live='polite'>
          {!entries && <Text className='block muted'>正在准备搜索…</Text>}
          {entries && results.length === 0 && (
            <Text className='block muted'>没有找到“{query.trim()}”。换个说法试试，比如“家人”“取钱”“电话”。</Text>
          )}
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
