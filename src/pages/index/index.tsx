import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { citiesOf, isMunicipality, provinces, regionLabel, shortName } from '../../domain/region/names'
import { regionHotline } from '../../domain/search/hotline'
import { useRegionStore } from '../../store/regionStore'
import { openPage, type Route } from '../../services/navigation'
import { GuideSearch } from '../../components/GuideSearch'
import { ElderSwitch } from '../../components/ElderSwitch'
import { loadSearch, useSearch } from '../../store/searchEntries'
import { useShare } from '../../hooks/useShare'
import './index.css'
import { AppButton } from '../../components/AppButton'
import { AfterFirstFrame } from '../../components/AfterFirstFrame'
import { roleOf } from '../../components/a11y'
import { scrollSoon } from '../../services/scroll'

const ASK_CITY = 'ask-city'

const TASKS: ReadonlyArray<{ route: Route; title: string; intro: string }> = [
  { route: 'balance', title: '余额怎么查', intro: '手机、电话、窗口都能查，选最方便的一种' },
  { route: 'family', title: '家人能用吗', intro: '职工医保个人账户可以给近亲属用（家庭共济）' },
  { route: 'withdraw', title: '钱能取出来吗', intro: '只有几种情形可以取，先看看您是不是' },
  { route: 'yidi', title: '去外地看病', intro: '先办异地就医备案，在外省看病也能直接结算' }
]

/**
 * First launch: one tap on a province, or skip; reading the national rules is
 * never blocked. After a province, its cities are offered once (local numbers
 * and rules are kept per city), and skipping that keeps the province.
 */
function AskRegion({ onDone }: { onDone: () => void }) {
  const { setRegion, skipAsking } = useRegionStore()
  const [province, setProvince] = useState<string | null>(null)
  const pickProvince = (code: string) => {
    setRegion(code)
    if (isMunicipality(code) || citiesOf(code).length === 0) onDone()
    else {
      setProvince(code)
      // The cities replace the provinces: start at their question, not where the province button was.
      scrollSoon(ASK_CITY)
    }
  }
  if (province) {
    return (
      <View id={ASK_CITY} className='ask' {...roleOf('region')} aria-label='选择城市'>
        <Text className='ask__title'>在{shortName(province)}哪个城市？</Text>
        <Text className='block muted small'>选到城市，能看到当地的医保电话和办法。</Text>
        <View className='ask__grid'>
          {citiesOf(province).map((c) => (
            <AppButton
              key={c.code}
              className='ask__province'
              onClick={() => {
                setRegion(c.code)
                onDone()
              }}
            >
              {c.short}
            </AppButton>
          ))}
        </View>
        <AppButton className='btn btn--quiet' onClick={onDone}>
          不选城市，先看{shortName(province)}的
        </AppButton>
      </View>
    )
  }
  return (
    <View className='ask' {...roleOf('region')} aria-label='选择参保地'>
      <Text className='ask__title'>您的医保是哪个省办的？</Text>
      <Text className='block muted small'>点一下就行。不选也能看全国通用的办法。</Text>
      <AfterFirstFrame>
        <View className='ask__grid'>
          {provinces().map((p) => (
            <AppButton key={p.code} className='ask__province' onClick={() => pickProvince(p.code)}>
              {p.short}
            </AppButton>
          ))}
        </View>
      </AfterFirstFrame>
      <AppButton
        className='btn btn--quiet'
        onClick={() => {
          skipAsking()
          onDone()
        }}
      >
        以后再说，先看全国通用的
      </AppButton>
    </View>
  )
}

export default function Index() {
  const { region, asked } = useRegionStore()
  // Asked once per launch at most: decided when the page opens, closed by the question itself.
  const [asking, setAsking] = useState(!asked)
  const { search, failed } = useSearch(region)
  useShare({ page: 'index' })
  return (
    <PageFrame>
      <Heading>医保指南</Heading>
      <Text className='block muted'>查余额、给家人用、能不能取钱、去外地看病，一步一步教您办。</Text>
      {/* On the first screen, before anything else to read: the people who need it cannot read what is below. */}
      <ElderSwitch />
      {asking && <AskRegion onDone={() => setAsking(false)} />}
      {!asking && (
        <View className='home__region'>
          <Text>参保地：</Text>
          <Text className='home__region-name'>{regionLabel(region)}</Text>
          <AppButton className='btn btn--secondary btn--small' onClick={() => openPage('region')}>
            {region ? '更换' : '选择地区'}
          </AppButton>
        </View>
      )}
      <AfterFirstFrame>
        <GuideSearch search={search} failed={failed} hotline={regionHotline(region)} onSearch={() => loadSearch(region)} />
        {TASKS.map((t) => (
          <View key={t.route} className='task' {...roleOf('link')} onClick={() => openPage(t.route)}>
            <Text className='task__title'>{t.title}</Text>
            <Text className='task__intro'>{t.intro}</Text>
          </View>
        ))}
        <View className='home__about' {...roleOf('link')} onClick={() => openPage('about')}>
          <Text>关于本程序 · 数据来源 · 隐私</Text>
        </View>
      </AfterFirstFrame>
    </PageFrame>
  )
}
