import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { prefetchPolicy, type Needs } from '../store/policy'
import { useRegionStore } from '../store/regionStore'

/** When a guide page is created: start loading the region it will show (a link's, else the user's own). */
export function usePolicyPrefetch(needs?: Needs): void {
  const { params } = useRouter()
  useState(() => prefetchPolicy(typeof params.region === 'string' && params.region ? params.region : useRegionStore.getState().region, needs))
}
