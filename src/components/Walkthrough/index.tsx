import { View, Text } from '@tarojs/components'
import type { Action, BindingPath } from '../../domain/policy/schema'
import { mentionsCalling } from '../../domain/policy/hotline'
import { screenLabel, screenProgress, type Screen } from '../../domain/family/walkthrough'
import { ActionList } from '../ActionList'
import { CARD } from '../../domain/cards'
import { useElderMode } from '../../hooks/useElderMode'
import './index.css'
import { AppButton } from '../AppButton'

interface Props {
  /** the way shown: its name heads every screen, its actions sit on the first and last */
  path: Pick<BindingPath, 'name' | 'actions'>
  /** walkthroughScreens(path), already derived by the page for clamping and sharing */
  screens: readonly Screen[]
  /** the region's hotline, offered on steps that say to phone */
  hotline: Action
  /** short region name for the header: the step is this region's way of doing it */
  regionName: string
  screen: number
  onMove: (screen: number) => void
  onExit: () => void
  /** the last screen's second heading, over `unbind` (a 备案 is cancelled, not unbound) */
  undoTitle?: string
}

/**
 * One screen at a time with big 上一步 / 下一步: an adult child can guide a parent through it on the phone.
 * The header (region, step, title) is what the page scrolls to and what a screen reader announces on each move.
 */
export function Walkthrough({ path, screens, hotline, regionName, screen, onMove, onExit, undoTitle = '想解除怎么办' }: Props) {
  // Big letters or a narrow phone: 下一步 takes the whole width, 上一步 becomes a quiet link under it.
  const stacked = useElderMode()
  const current = screens[screen] ?? screens[0]
  if (!current) return null
  const last = screen >= screens.length - 1
  return (
    <View className='walk'>
      <View id={CARD.walkHead} className='walk__head' aria-live='polite'>
        <Text className='walk__label'>
          {regionName} · {screenLabel(current)}
        </Text>
        <Text className='walk__path'>{path.name}</Text>
        <View className='walk__bar' aria-hidden>
          <View className='walk__fill' style={{ width: `${Math.round(screenProgress(screen, screens) * 100)}%` }} />
        </View>
      </View>
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
      {current.kind === 'step' && (
        <View className='walk__body'>
          <Text className='walk__title'>{current.step.title}</Text>
          <Text className='walk__detail'>{current.step.detail}</Text>
          {current.step.tip && <Text className='walk__tip'>提示：{current.step.tip}</Text>}
          {mentionsCalling(`${current.step.detail} ${current.step.tip ?? ''}`) && <ActionList actions={[hotline]} />}
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
      {(current.kind === 'prepare' || current.kind === 'finish') && <ActionList actions={path.actions} />}
      <View className={`walk__nav ${stacked ? 'walk__nav--stacked' : ''}`}>
        {/* Nothing to go back to on the first screen: no greyed-out button to puzzle over. */}
        {screen > 0 && (
          <AppButton className='btn btn--secondary walk__back' onClick={() => onMove(screen - 1)}>
            上一步
          </AppButton>
        )}
        {last ? (
          <AppButton className='btn walk__next' onClick={onExit}>
            完成
          </AppButton>
        ) : (
          <AppButton className='btn walk__next' onClick={() => onMove(screen + 1)}>
            {screen === 0 ? '准备好了，开始' : '下一步'}
          </AppButton>
        )}
      </View>
    </View>
  )
}
