import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'

export default function BalancePage() {
  return (
    <PageFrame>
      <Heading>医保余额怎么查</Heading>
      <Text>个人账户的余额可以在手机上、打电话或到窗口查。下面按“最省事”排好了，挑一种就行。</Text>
    </PageFrame>
  )
}
