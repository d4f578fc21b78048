import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { LayerRef } from '../../domain/policy/resolve'
import { getRegion } from '../../domain/region'
import './index.css'
import { roleOf } from '../a11y'

const STRENGTH = { strong: '官方或主流媒体', medium: '地方规定转述', weak: '网上资料，请向当地医保部门确认' } as const
/** The national layer cites many sources; two are enough until the reader asks for all. */
const SHOWN = 2

/** Where a piece of content comes from and when it was checked, under the content itself. */
export function SourceLine({ from }: { from: LayerRef }) {
  const [all, setAll] = useState(false)
  const scope = from.code === 'national' ? '全国通用' : (getRegion(from.code)?.short ?? from.code)
  const weakest = from.sources.some((s) => s.strength === 'weak') ? 'weak' : from.sources.some((s) => s.strength === 'medium') ? 'medium' : 'strong'
  const shown = all ? from.sources : from.sources.slice(0, SHOWN)
  const hidden = from.sources.length - shown.length
  return (
    <View className='source'>
      <Text className='source__line'>
        {scope}资料，核对于 {from.checkedOn} · 来源：{shown.map((s) => s.title).join('；')}
      </Text>
      {hidden > 0 && (
        <View className='source__more' {...roleOf('button')} onClick={() => setAll(true)}>
          …等 {from.sources.length} 条，点这里看全部
        </View>
      )}
      <Text className={`source__strength source__strength--${weakest}`}>（{STRENGTH[weakest]}）</Text>
    </View>
  )
}
