import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { PageFrame } from '../../components/PageFrame'
import { Card } from '../../components/Card'
import { ElderSwitch } from '../../components/ElderSwitch'
import { useShare } from '../../hooks/useShare'
import { usePolicyState, useRegionDataSource } from '../../store/policy'
import { dataAge } from '../../domain/dataAge'
import { withPolicy } from '../../components/PolicyGate'

const ORIGIN = { embedded: '程序自带', cache: '上次更新保存', cloud: '刚刚更新' } as const

function AboutPage() {
  useShare({ page: 'about' })
  const bundle = usePolicyState((s) => s.bundle)
  const origin = usePolicyState((s) => s.origin)
  const regionDataSource = useRegionDataSource()
  return (
    <PageFrame>
      <Heading>关于医保指南</Heading>
      <ElderSwitch />
      <Card>
        <Heading level={2}>免责声明</Heading>
        <Text>本程序非官方，不是医保局的程序，以当地医保部门规定为准。我们查不到、也不会显示您的余额，只告诉您去哪里查、怎么办。</Text>
      </Card>
      <Card>
        <Heading level={2}>隐私说明</Heading>
        <View>
          <Text>
            本程序不收集任何个人信息：不会问您的身份证号、医保卡号或密码。您的手机上只保存这些：选的地区、绑定步骤和材料清单的进度、长辈模式的开关，以及下载的政策资料。它们不会上传到任何地方。
          </Text>
        </View>
        <View>
          <Text>“复制清单”会用到剪贴板，第一次使用时微信会请您同意。</Text>
        </View>
      </Card>
      <Card>
        <Heading level={2}>数据来源</Heading>
        <Text className='block'>
          各地政策来自医保局官网、政府网站和主流媒体报道，每条都标明出处和核对日期。来源较弱的会提示“请向当地医保部门确认”。
        </Text>
        <Text className='block muted'>
          政策数据第 {bundle.version} 版（{ORIGIN[origin]}），发布于 {bundle.publishedAt}；{Object.keys(bundle.regions).length}{' '}
          个地区有单独核对的信息，其余按全国通用规则。{dataAge(bundle.national.checkedOn, new Date())}（全国规则）。
        </Text>
        <Text className='block muted'>城市名单和电话区号来自开源数据包（{regionDataSource}）。</Text>
      </Card>
    </PageFrame>
  )
}

export default withPolicy(AboutPage)
