import { View } from '@tarojs/components'
import { Heading } from '../Heading'
import { BigTextToggle } from '../ElderSwitch'
import './index.css'

/**
 * The top of a page opened from a shared link: what it is about and where (家庭共济 · 深圳), with the
 * 大字 switch beside it, so the reader knows what she is looking at and can make it readable at once.
 */
export function TaskHeader({ task, place }: { task: string; place: string }) {
  return (
    <View className='task-header'>
      <Heading>
        {task} · {place}
      </Heading>
      <BigTextToggle />
    </View>
  )
}
