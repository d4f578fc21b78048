import { View, Text } from '@tarojs/components'
import type { Myth } from '../../domain/policy/schema'
import { Card } from '../Card'
import { Heading } from '../Heading'

const KIND = { illegal: '违法', scam: '骗局', false: '说法不对' } as const

/** The errors the web spreads, each corrected; illegal ones are shown loudest. */
export function MythList({ myths, title = '这些说法不对' }: { myths: readonly Myth[]; title?: string }) {
  if (myths.length === 0) return null
  return (
    <View id='myths'>
      <Heading level={2}>{title}</Heading>
      {myths.map((m) => (
        <Card key={m.id} id={`myth-${m.id}`} tone={m.kind === 'false' ? 'warning' : 'danger'}>
          <Text className='block'>
            <Text className={`tag tag--${m.kind === 'false' ? 'warn' : 'danger'}`}>{KIND[m.kind]}</Text>✗ {m.claim}
          </Text>
          <Text className='block'>{m.truth}</Text>
        </Card>
      ))}
    </View>
  )
}
