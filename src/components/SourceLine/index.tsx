import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { isStale } from '../../domain/dataAge'
import type { Cited, ResolvedSource } from '../../domain/policy/resolve'
import { sourceHost } from '../../domain/policy/sourceHost'
import { shortName } from '../../domain/region/names'
import { roleOf } from '../a11y'
import './index.css'

const STRENGTH = { strong: '官方或主流媒体', medium: '地方规定转述', weak: '网上资料，请向当地医保部门确认' } as const

/** One source as a line: title, where it is, how strong, when checked, and its caveat. */
export function sourceText(s: ResolvedSource): string {
  const host = s.url ? ` · ${sourceHost(s.url)}` : ''
  const note = s.note ? `。${s.note}` : ''
  return `${s.title}${host}（${STRENGTH[s.strength]}，核对于 ${s.checkedOn}）${note}`
}

/**
 * Where one card's content comes from: the sources that card cites (not its whole
 * file's), opening on a tap so the list does not crowd the card.
 * A source is a citation, not a way out: its title and host, never a link or a full address.
 */
export function SourceLine({ cited }: { cited: Cited }) {
  const [open, setOpen] = useState(false)
  const { from, sources } = cited
  const scope = from.code === 'national' ? '全国通用资料' : `${shortName(from.code) ?? from.code}本地资料`
  const weak = from.code !== 'national' && sources.length > 0 && sources.every((s) => s.strength === 'weak')
  const now = new Date()
  const old = from.code !== 'national' && sources.some((s) => isStale(s.checkedOn, now))
  return (
    <View className='source'>
      <Text className='source__line'>
        {scope}，核对于 {from.checkedOn}
        {weak ? '（只有网上资料，请向当地医保部门确认）' : ''}
        {old ? '（核对已超过一年，可能已过时）' : ''}
      </Text>
      {sources.length > 0 && (
        <View className='source__more' {...roleOf('button')} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '收起来源' : `看来源（${sources.length} 条）`}
        </View>
      )}
      {open &&
        sources.map((s) => (
          <Text key={s.id} className='source__item' userSelect>
            · {sourceText(s)}
          </Text>
        ))}
    </View>
  )
}
