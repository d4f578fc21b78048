import { View, Text, Button } from '@tarojs/components'
import { create } from 'zustand'
import dayjs from 'dayjs'

const useCount = create<{ count: number; add(): void }>()((set) => ({ count: 0, add: () => set((s) => ({ count: s.count + 1 })) }))

export default function Index() {
  const { count, add } = useCount()
  return (
    <View>
      <Text>Hello world</Text>
      <Text>{dayjs().format('YYYY-MM-DD')}</Text>
      <Button onClick={add}>{count}</Button>
    </View>
  )
}
