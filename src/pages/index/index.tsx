import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import './index.css'

const TASKS = [
  { url: '/pages/balance/index', title: '余额怎么查', intro: '手机、电话、窗口都能查，选最方便的一种' },
  { url: '/pages/family/index', title: '家人能用吗', intro: '职工医保个人账户可以给近亲属用（家庭共济）' },
  { url: '/pages/withdraw/index', title: '钱能取出来吗', intro: '只有几种情形可以取，先看看你是不是' }
]

export default function Index() {
  return (
    <PageFrame>
      <Heading>医保指南</Heading>
      {TASKS.map((t) => (
        <View key={t.url} className='task' role='link' onClick={() => Taro.navigateTo({ url: t.url })}>
          <Text className='task__title'>{t.title}</Text>
          <Text className='task__intro'>{t.intro}</Text>
        </View>
      ))}
      <View className='home__about' role='link' onClick={() => Taro.navigateTo({ url: '/pages/about/index' })}>
        <Text>关于本程序 · 数据来源 · 隐私</Text>
      </View>
    </PageFrame>
  )
}
