import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { Card } from '../../components/Card'
import { SourceLine } from '../../components/SourceLine'
import { Walkthrough } from '../../components/Walkthrough'
import { ShareButton } from '../../components/ShareButton'
import { AppButton } from '../../components/AppButton'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { citedTogether } from '../../domain/policy/shown'
import { hotlineFor } from '../../domain/policy/hotline'
import { sharePath } from '../../domain/share/link'
import { MANAGE_TITLE } from '../../domain/yidi/walkthrough'
import { CARD } from '../../domain/cards'
import type { Filing as FilingState } from './useFiling'
import { Lines } from './parts'

/** How to file: the choice of ways, or the walkthrough of the one chosen, and sending a step on. */
export function Filing({ filing, policy }: { filing: FilingState; policy: ResolvedPolicy }) {
  const { path, received, current } = filing
  const { time } = policy.yidi
  // Received, the walkthrough is the page's first thing: no card frame around its own frame (width counts at 320 px).
  const Frame = received ? ReceivedFrame : Card
  return (
    <Frame id={CARD.filing}>
      {!received && <Heading level={2}>一步一步办备案</Heading>}
      {!path && (
        <View>
          <Text className='block'>选一种您方便的办法：</Text>
          {policy.yidi.paths.map((p) => (
            <AppButton key={p.id} className='btn btn--secondary path-option' onClick={() => filing.start(p.id)}>
              {p.name}
            </AppButton>
          ))}
          <Lines lines={time} className='block muted small yidi-time' />
          <SourceLine cited={citedTogether(time)} />
        </View>
      )}
      {path && (
        <View>
          <Walkthrough
            name={path.name}
            screens={filing.screens}
            screen={filing.screen}
            place={filing.place || '全国通用'}
            view={(step) => filing.view(step)}
            hotline={hotlineFor(policy)}
            actions={path.actions}
            onMove={filing.move}
            onExit={filing.finish}
            intro={filing.atLinkedScreen ? (current?.kind === 'step' ? '您的家人发给您这一步：' : '您的家人发给您这个办法：') : undefined}
            onRestart={received ? () => filing.move(0) : undefined}
            undoTitle={MANAGE_TITLE}
          />
          {/* A receiver came to read her step, not to send it on (the menu's 转发 is still there). */}
          {!received && <ShareButton label='发给家人（打开就是这一步）' path={sharePath(filing.target)} title={filing.card.title} />}
          <AppButton className='btn btn--quiet btn--small' onClick={() => filing.choose(null)}>
            换一种办法
          </AppButton>
          <Text className='block muted small'>{path.summary}</Text>
          <SourceLine cited={path} />
        </View>
      )}
    </Frame>
  )
}

function ReceivedFrame({ id, children }: { id: string; children: ReactNode }) {
  return <View id={id}>{children}</View>
}
