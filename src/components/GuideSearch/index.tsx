import { useMemo, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { SearchHotline } from '../../domain/search/hotline'
import type { SearchReply } from '../../domain/search/reply'
import type { ReadySearch } from '../../store/searchEntries'
import { sharePath } from '../../domain/share/link'
import { openUrl } from '../../services/navigation'
import { callNumber } from '../../services/phone'
import { AppButton } from '../AppButton'
import './index.css'
import { roleOf } from '../a11y'

/** No dead end: what the app does not answer, what it does, and the place's own 医保 line. */
function Reply({ reply }: { reply: SearchReply }) {
  return (
    <View className='search__reply'>
      {reply.notFound && <Text className='search__reply-lead'>{reply.notFound}</Text>}
      {reply.beyond.map((b) => (
        <Text key={b} className='search__reply-lead'>
          {b}
        </Text>
      ))}
      <Text className='block'>本程序讲的是：</Text>
      {reply.covers.map((c) => (
        <Text key={c} className='list__item'>
          {c}
        </Text>
      ))}
      <Text className='block search__reply-call'>{reply.callIntro}</Text>
      <AppButton className='btn' onClick={() => void callNumber(reply.call.number)}>
        {reply.call.label}
      </AppButton>
      {reply.tryWords && <Text className='block muted'>{reply.tryWords}</Text>}
    </View>
  )
}

interface Props {
  /** the search and the region's entries; null while they load (store/searchEntries) */
  search: ReadySearch | null
  /** they could not be loaded (offline): the box still offers the region's line */
  failed?: boolean
  /** the region's own 医保 line, offered whenever the search cannot answer */
  hotline: SearchHotline
  /** someone typed while search is null: start loading it (again, after a failure) */
  onSearch?: () => void
}

/** Search all guide content for the user's region (store/searchEntries). */
export function GuideSearch({ search, failed = false, hotline, onSearch }: Props) {
  const [query, setQuery] = useState('')
  const answer = useMemo(() => (search ? search.engine.answerSearch(search.entries, query) : null), [search, query])
  // no reply until the search is in: "nothing found" would be said about a search not yet run
  const reply = search && answer ? search.engine.searchReply(query, answer, hotline) : null
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
          if (!search) onSearch?.()
        }}
      />
      {query.trim() !== '' && (
        <View className='search__results' aria-live='polite'>
          {!answer && !failed && <Text className='block muted'>正在准备搜索…</Text>}
          {!answer && failed && (
            <View className='search__reply'>
              <Text className='search__reply-lead'>搜索没能打开，可能是网络不好。可以直接点下面的办法，或者打电话问：</Text>
              <AppButton className='btn' onClick={() => void callNumber(hotline.number)}>
                拨打 {hotline.number}
              </AppButton>
            </View>
          )}
          {answer?.hits.map((r) => (
            <View key={`${r.section}:${r.title}`} className='search__hit' {...roleOf('link')} onClick={() => openUrl(sharePath(r.target))}>
              <Text className='search__section'>{r.section}</Text>
              <Text className='search__title'>{r.title}</Text>
            </View>
          ))}
          {reply && <Reply reply={reply} />}
        </View>
      )}
    </View>
  )
}
