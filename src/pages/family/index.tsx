import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'

export default function FamilyPage() {
  return (
    <PageFrame>
      <Heading>家庭共济</Heading>
      <Text>职工医保个人账户里的钱，绑定后可以给配偶、父母、子女等近亲属看病买药用。看病时家人要用自己的医保卡。</Text>
    </PageFrame>
  )
}
