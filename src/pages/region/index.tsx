import { Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'

export default function RegionPage() {
  return (
    <PageFrame>
      <Heading>选择参保地</Heading>
      <Text>选你交医保的城市，看当地的办法。</Text>
    </PageFrame>
  )
}
