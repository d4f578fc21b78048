import { View, Text } from '@tarojs/components'
import type { Action, BindingPath } from '../../domain/policy/schema'
import { mentionsCalling } from '../../domain/policy/hotline'
import { screenLabel, screenProgress, type Screen } from '../../domain/family/walkthrough'
import { ActionList } from '../ActionList'
import './index.css'
import { AppButton } from '../AppButton'

interface Props {
  path: BindingPath
  /** walkthroughScreens(path), already derived by the page for clamping and sharing */
  screens: readonly Screen[]
  /** the region's hotline, offered on steps that say to phone */
  hotline: Action
  screen: number
  onMove: (screen: number) => void
  onExit: () => void
}

/** One screen at a time with big 上一步 / 下一步: an adult child can guide a parent through it on the phone. */
export function Walkthrough({ path, screens, hotline, screen, onMove, onExit }: Props) {
  const current = screens[screen] ?? screens[0]
  if (!current) return null
  const last = screen >= screens.length - 1
  return (
    <View className='walk' aria-live='polite'>
      <Text className='walk__path'>{path.name}</Text>
      <View className='walk__bar' aria-hidden>
        <View className='walk__fill' style={{ width: `${Math.round(screenProgress(screen, screens) * 100)}%` }} />
      </View>
      <Text className='walk__label'>{screenLabel(current)}</Text>
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
          <Text className='walk__title'>想解除怎么办</Text>
          <Text className='walk__detail'>{current.unbind}</Text>
        </View>
      )}
      {(current.kind === 'prepare' || current.kind === 'finish') && <ActionList actions={path.actions} />}
      <View className='row walk__nav'>
        <AppButton className='btn btn--secondary' disabled={screen === 0} onClick={() => onMove(screen - 1)}>
          上一步
        </AppButton>
        {last ? (
          <AppButton className='btn' onClick={onExit}>
            完成
          </AppButton>
        ) : (
          <AppButton className='btn' onClick={() => onMove(screen + 1)}>
            {screen === 0 ? '准备好了，开始' : '下一步'}
          </AppButton>
        )}
      </View>
    </View>
  )
}
