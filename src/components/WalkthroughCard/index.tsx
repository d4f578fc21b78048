import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { Cited } from '../../domain/policy/resolve'
import type { Action } from '../../domain/policy/schema'
import type { WalkPath } from '../../domain/walkthrough'
import { sharePath } from '../../domain/share/link'
import type { GuideWalkthrough } from '../../hooks/useGuideWalkthrough'
import { Heading } from '../Heading'
import { Card } from '../Card'
import { SourceLine } from '../SourceLine'
import { Walkthrough } from '../Walkthrough'
import { ShareButton } from '../ShareButton'
import { AppButton } from '../AppButton'

/** A way to do something as this card shows it: its walkthrough, its own buttons, one line about it, and its sources. */
export type CardPath<S> = WalkPath<S> & Cited & { id: string; actions: readonly Action[]; summary: string }

interface Props<P extends CardPath<S>, S, R extends string> {
  walk: GuideWalkthrough<P, S, R>
  /** the card's element id (links and search hits scroll to it) */
  id: string
  /** the card's heading for the guide's own reader, e.g. 一步一步办绑定 */
  title: string
  hotline: Action
  /** the ways to choose from while none is chosen */
  choices: ReactNode
  /** a warning about the way chosen: the guide's own reader reads it before the steps, a received step's reader under hers */
  caution?: (path: P) => ReactNode
  /** the last screen's second heading, over the way's undo text */
  undoTitle?: string
}

/**
 * A guide's walkthrough card: the choice of ways, or the walkthrough of the one chosen, and sending a step on.
 * Opened from a shared step it is the page's first thing, written to its reader, with 从头看.
 */
export function WalkthroughCard<P extends CardPath<S>, S, R extends string>({
  walk,
  id,
  title,
  hotline,
  choices,
  caution,
  undoTitle
}: Props<P, S, R>) {
  const { path, received, current } = walk
  const link = sharePath(walk.target)
  // The step on screen is someone else's (the giver reading the relative's step): sending it is the next thing to do.
  const forOthers = !received && <ShareButton label='把这一步发给家人（打开就是这一步）' path={link} title={walk.card.title} />
  const othersStep = current?.kind === 'step' && !walk.view(current.step).mine
  // Received, the walkthrough is the page's first thing: no card frame around its own frame (width counts at 320 px).
  const Frame = received ? ReceivedFrame : Card
  return (
    <Frame id={id}>
      {!received && <Heading level={2}>{title}</Heading>}
      {!path && (
        <View>
          <Text className='block'>选一种您方便的办法：</Text>
          {choices}
        </View>
      )}
      {path && (
        <View>
          {/* the guide's own reader is warned before the steps; a reader sent a step reads her step first, the warning under it */}
          {!received && caution?.(path)}
          <Walkthrough
            name={path.name}
            screens={walk.screens}
            screen={walk.screen}
            place={walk.place || '全国通用'}
            view={walk.view}
            hotline={hotline}
            actions={path.actions}
            onMove={walk.move}
            onExit={walk.finish}
            intro={walk.atLinkedScreen ? (current?.kind === 'step' ? '您的家人发给您这一步：' : '您的家人发给您这个办法：') : undefined}
            onRestart={received ? () => walk.move(0) : undefined}
            forOthers={forOthers}
            undoTitle={undoTitle}
          />
          {received && caution?.(path)}
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
