import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'

export default function WithdrawPage() {
  return (
    <PageFrame>
      <Heading>余额能取出来吗</Heading>
      <Text>个人账户的钱只有在几种情形下才能取出，比如参保人去世、出国定居。统筹账户的钱任何情况下都不能取。</Text>
    </PageFrame>
  )
}
