import { View, Text } from '@tarojs/components'
import { SourceLine } from '../../components/SourceLine'
import type { Sourced } from '../../domain/policy/resolve'
import type { FilingKind, SourcedLineEntry } from '../../domain/policy/schema'

/** Sentences, each from the policy with its own sources (the card shows one source line under them all). */
export function Lines({ lines, className = 'list__item' }: { lines: ReadonlyArray<Sourced<SourcedLineEntry>>; className?: string }) {
  return (
    <View>
      {lines.map((l) => (
        <Text key={l.text} className={className}>
          {l.text}
        </Text>
      ))}
    </View>
  )
}

/** What one kind of 备案 means: who it is for, how long it lasts, going back, how much is paid. */
export function KindFacts({ kind }: { kind: Sourced<FilingKind> }) {
  return (
    <View className='kind'>
      <Text className='kind__label'>适合谁</Text>
      <Text className='block'>{kind.who}</Text>
      <Text className='kind__label'>管多久</Text>
      <Text className='block'>{kind.validity}</Text>
      <Text className='kind__label'>回参保地看病、改备案</Text>
      <Text className='block'>{kind.goingBack}</Text>
      <Text className='kind__label'>报销多少</Text>
      <Text className='block'>{kind.payment}</Text>
      <SourceLine cited={kind} />
    </View>
  )
}
