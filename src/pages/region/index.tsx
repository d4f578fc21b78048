import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { regionList, resultLabel, type Region } from '../../domain/region/fullList'
import { useRegionStore } from '../../store/regionStore'
import { goBack } from '../../services/navigation'
import { useShare } from '../../hooks/useShare'
import { scrollSoon } from '../../services/scroll'
import './index.css'
import { AppButton } from '../../components/AppButton'

function RegionButton({
  region,
  onPick,
  current,
  label
}: {
  region: Region
  onPick: (code: string) => void
  current: string | null
  label?: string
}) {
  const on = current === region.code
  const name = label ?? region.short
  return (
    <AppButton className={`region-btn ${on ? 'region-btn--on' : ''}`} aria-pressed={on} onClick={() => onPick(region.code)}>
      {on ? `✓ ${name}` : name}
    </AppButton>
  )
}

const provinceCard = (code: string) => `province-${code}`

export default function RegionPage() {
  useShare({ page: 'region' })
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<string | null>(null)
  const { region, recent, setRegion } = useRegionStore()
  const pick = (code: string) => {
    setRegion(code)
    goBack()
  }
  // The cities open under the province tapped, which may sit low on a small screen in 大字:
  // bring the province's question and its first cities to the top.
  const expand = (code: string | null) => {
    setOpen(code)
    if (code) scrollSoon(provinceCard(code))
  }
  const results = query.trim() ? regionList.searchRegions(query) : []
  const recentRegions = recent.map((c) => regionList.getRegion(c)).filter((r): r is Region => r !== undefined)
  return (
    <PageFrame>
      <Heading>选择参保地</Heading>
      <Text className='block muted'>选您交医保的城市（参保地），不是现在住的地方。</Text>
      <Input
        className='region-search'
        type='text'
        value={query}
        placeholder='城市名或拼音首字母，如 厦门、xm'
        aria-label='搜索城市'
        onInput={(e) => setQuery(e.detail.value)}
      />
      {query.trim() !== '' && (
        <View className='region-group'>
          <Heading level={2}>搜索结果</Heading>
          {results.length === 0 && <Text className='block muted'>没有找到“{query.trim()}”。试试只输入城市名，比如“厦门”。</Text>}
          <View className='region-grid'>
            {results.map((r) => (
              <RegionButton
                key={r.code}
                region={r}
                onPick={pick}
                current={region}
                label={resultLabel(r, regionList.all, regionList.provinceOf(r.code)?.short)}
              />
            ))}
          </View>
        </View>
      )}
      {query.trim() === '' && recentRegions.length > 0 && (
        <View className='region-group'>
          <Heading level={2}>最近选过</Heading>
          <View className='region-grid'>
            {recentRegions.map((r) => (
              <RegionButton key={r.code} region={r} onPick={pick} current={region} />
            ))}
          </View>
        </View>
      )}
      {query.trim() === '' && (
        <View className='region-group'>
          <Heading level={2}>按省份找</Heading>
          {regionList.provinces().map((p) => {
            const cities = regionList.citiesOf(p.code)
            const expanded = open === p.code
            return (
              <View key={p.code} id={provinceCard(p.code)} className='province'>
                {cities.length === 0 ? (
                  <RegionButton region={p} onPick={pick} current={region} />
                ) : (
                  <AppButton className='province__head' aria-expanded={expanded} onClick={() => expand(expanded ? null : p.code)}>
                    {p.short} {expanded ? '▲' : '▼'}
                  </AppButton>
                )}
                {expanded && <Text className='province__question'>在{p.short}哪个城市？</Text>}
                {expanded && (
                  <View className='region-grid'>
                    <AppButton className='region-btn region-btn--province' onClick={() => pick(p.code)}>
                      只选{p.short}（不确定城市）
                    </AppButton>
                    {cities.map((c) => (
                      <RegionButton key={c.code} region={c} onPick={pick} current={region} />
                    ))}
                  </View>
                )}
              </View>
            )
          })}
        </View>
      )}
    </PageFrame>
  )
}
