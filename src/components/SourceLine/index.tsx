import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { LayerRef } from '../../domain/policy/resolve'
import { sourceHost } from '../../domain/policy/contentRule'
import { getRegion } from '../../domain/region'
import { roleOf } from '../a11y'
import './index.css'

const STRENGTH = { strong: '官方或主流媒体', medium: '地方规定转述', weak: '网上资料，请向当地医保部门确认' } as const

/**
 * Where a piece of content comes from and when it was checked. Sources are
 * cited per layer (national, province, city), so the list opens on a tap
 * rather than putting one layer's first titles under every card. A source is
 * a citation, not a way out: its title and host, never a link or a full address.
 */
export function SourceLine({ from }: { from: LayerRef }) {
  const [open, setOpen] = useState(false)
  const scope = from.code === 'national' ? '全国通用资料' : `${getRegion(from.code)?.short ?? from.code}本地资料`
  const weak = from.code !== 'national' && from.sources.every((s) => s.strength === 'weak')
  return (
    <View className='source'>
      <Text className='source__line'>
        {scope}，核对于 {from.checkedOn}
        {weak ? '（只有网上资料，请向当地医保部门确认）' : ''}
      </Text>
      <View className='source__more' {...roleOf('button')} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '收起来源' : `看来源（${from.sources.length} 条）`}
      </View>
      {open &&
        from.sources.map((s) => (
          <Text key={s.title} className='source__item' userSelect>
            · {s.title}（{STRENGTH[s.strength]}）{s.url ? ` ${sourceHost(s.url)}` : ''}
          </Text>
        ))}
    </View>
  )
}
