import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '../../components/Heading'
import { Card } from '../../components/Card'
import { SourceLine } from '../../components/SourceLine'
import { Walkthrough } from '../../components/Walkthrough'
import { ShareButton } from '../../components/ShareButton'
import { AppButton } from '../../components/AppButton'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import { hotlineFor } from '../../domain/policy/hotline'
import { sharePath } from '../../domain/share/link'
import { CARD } from '../../domain/cards'
import { PathChoices, WalletCaution } from '../../components/PathChoices'
import type { BindingWalkthrough } from './useBindingWalkthrough'

/** The binding card: the choice of ways, or the walkthrough of the one chosen, and sending a step on. */
export function Binding({ walk, policy, ask }: { walk: BindingWalkthrough; policy: ResolvedPolicy; ask: { number: string } }) {
  const { path, received, current } = walk
  const link = sharePath(walk.target)
  // The step on screen is someone else's (the giver reading the relative's step): sending it is the next thing to do.
  const forOthers = !received && <ShareButton label='把这一步发给家人（打开就是这一步）' path={link} title={walk.card.title} />
  const othersStep = current?.kind === 'step' && !walk.view(current.step).mine
  // Received, the walkthrough is the page's first thing: no card frame around its own frame (width counts at 320 px).
  const Frame = received ? ReceivedFrame : Card
  return (
    <Frame id={CARD.binding}>
      {!received && <Heading level={2}>一步一步办绑定</Heading>}
      {!path && (
        <View>
          <Text className='block'>选一种您方便的办法：</Text>
          <PathChoices family={policy.family} ask={ask} onStart={walk.start} />
        </View>
      )}
      {path && (
        <View>
          {/* the giver is warned before the steps; a relative sent a step reads her step first, the warning under it */}
          {!received && <WalletCaution family={policy.family} pathId={path.id} ask={ask} />}
          <Walkthrough
            name={path.name}
            screens={walk.screens}
            screen={walk.screen}
            place={walk.place || '全国通用'}
            view={walk.view}
            hotline={hotlineFor(policy)}
            actions={path.actions}
            onMove={walk.move}
            onExit={walk.finish}
            intro={walk.atLinkedScreen ? (current?.kind === 'step' ? '您的家人发给您这一步：' : '您的家人发给您这个办法：') : undefined}
            onRestart={received ? () => walk.move(0) : undefined}
            forOthers={forOthers}
          />
          {received && (
            <WalletCaution
              family={policy.family}
              pathId={path.id}
              ask={ask}
              relativeOf={walk.reader === 'relative' ? walk.place || '全国通用' : undefined}
            />
          )}
          {/* A receiver came to read her step, not to send it on (the menu's 转发 is still there). */}
          {!received && !othersStep && <ShareButton label='发给家人（打开就是这一步）' path={link} title={walk.card.title} />}
          <AppButton className='btn btn--quiet btn--small' onClick={() => walk.choose(null)}>
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
