import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import type { Action } from '../../domain/policy/schema'
import { mentionsCalling } from '../../domain/policy/hotline'
import { screenLabel, screenProgress, type Screen, type StepView } from '../../domain/walkthrough'
import { ActionList } from '../ActionList'
import { CARD } from '../../domain/cards'
import { useElderMode } from '../../hooks/useElderMode'
import './index.css'
import { AppButton } from '../AppButton'

interface Props<S> {
  /** the way being walked through, e.g. 国家医保服务平台 APP */
  name: string
  screens: ReadonlyArray<Screen<S>>
  screen: number
  /** short region name for the header: the steps are this region's way of doing it */
  place: string
  /** a step as this walkthrough's reader reads it, and who does it (the guide's cast) */
  view: (step: S) => StepView
  /** the region's hotline, offered on steps that say to phone */
  hotline: Action
  /** the way's own buttons (copy an app's name …), on the first and last screens */
  actions: readonly Action[]
  onMove: (screen: number) => void
  onExit: () => void
  /** opened from a shared link: a line above the step says so (您的家人发给您这一步：) */
  intro?: string
  /** opened from a shared link: 从头看 goes back to the start for context */
  onRestart?: () => void
  /** shown on a step someone else does, e.g. the button that sends it to them */
  forOthers?: ReactNode
  /** the last screen's second heading, over the way's undo text (a 备案 is cancelled, not unbound) */
  undoTitle?: string
}

/**
 * One screen at a time with big 上一步 / 下一步: an adult child can guide a parent through it on the phone.
 * The header (region, step, title) is what the page scrolls to and what a screen reader announces on each
 * move; the buttons stay at the foot of the screen (a bottom bar), so header and 下一步 are seen together.
 */
export function Walkthrough<S>(props: Props<S>) {
  const { name, screens, screen, place, view, hotline, actions, onMove, onExit, intro, onRestart, forOthers, undoTitle = '想解除怎么办' } = props
  // Big letters or a narrow phone: 下一步 takes the whole width, 上一步 becomes a quiet link under it.
  const stacked = useElderMode()
  const current = screens[screen] ?? screens[0]
  if (!current) return null
  const last = screen >= screens.length - 1
  const step = current.kind === 'step' ? view(current.step) : null
  // Nothing to go back to on the first screen: no greyed-out button to puzzle over.
  const back =
    screen > 0 ? (
      <AppButton className='btn btn--secondary walk__back' onClick={() => onMove(screen - 1)}>
        上一步
      </AppButton>
    ) : null
  const forward = last ? (
    <AppButton className='btn walk__next' onClick={onExit}>
      完成
    </AppButton>
  ) : (
    <AppButton className='btn walk__next' onClick={() => onMove(screen + 1)}>
      {screen === 0 ? '准备好了，开始' : '下一步'}
    </AppButton>
  )
  const restart =
    onRestart && screen > 0 ? (
      <AppButton className='btn btn--quiet btn--small walk__restart' onClick={onRestart}>
        从头看
      </AppButton>
    ) : null
  return (
    <View className='walk'>
      <View id={CARD.walkHead} className='walk__head' aria-live='polite'>
        <Text className='walk__label'>
          {place} · {screenLabel(current)}
        </Text>
        <Text className='walk__path'>{name}</Text>
        <View className='walk__bar' aria-hidden>
          <View className='walk__fill' style={{ width: `${Math.round(screenProgress(screen, screens) * 100)}%` }} />
        </View>
      </View>
      {intro && <Text className='walk__intro'>{intro}</Text>}
      {current.kind === 'prepare' && (
        <View className='walk__body'>
          <Text className='walk__title'>开始前，请准备好：</Text>
          {current.items.map((item) => (
            <Text key={item} className='list__item'>
              {item}
            </Text>
          ))}
        </View>
      )}
      {step && (
        <View className='walk__body'>
          {/* A guide whose steps are all the reader's own (去外地看病) names no doer. */}
          {step.who && <Text className={`walk__who ${step.mine ? '' : 'walk__who--other'}`}>{step.who}</Text>}
          <Text className='walk__title'>{step.title}</Text>
          <Text className='walk__detail'>{step.detail}</Text>
          {step.tip && <Text className='walk__tip'>提示：{step.tip}</Text>}
          {mentionsCalling(`${step.detail} ${step.tip ?? ''}`) && <ActionList actions={[hotline]} />}
          {!step.mine && forOthers}
        </View>
      )}
      {current.kind === 'finish' && (
        <View className='walk__body'>
          <Text className='walk__title'>办完以后</Text>
          {current.afterwards.map((item) => (
            <Text key={item} className='list__item'>
              {item}
            </Text>
          ))}
          <Text className='walk__title'>{undoTitle}</Text>
          <Text className='walk__detail'>{current.unbind}</Text>
        </View>
      )}
      {(current.kind === 'prepare' || current.kind === 'finish') && <ActionList actions={actions} />}
      <View className={`walk__nav ${stacked ? 'walk__nav--stacked' : ''}`}>
        {stacked ? (
          <>
            {forward}
            <View className='walk__links'>
              {back}
              {restart}
            </View>
          </>
        ) : (
          <>
            <View className='walk__moves'>
              {back}
              {forward}
            </View>
            {restart}
          </>
        )}
      </View>
    </View>
  )
}
