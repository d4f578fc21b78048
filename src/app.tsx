import { PropsWithChildren } from 'react'
import { useDidShow, useLaunch } from '@tarojs/taro'
import { startPrivacyWatch } from './services/privacy'
import { policyStore } from './store/policy'
import './app.css'

/** Coming back to the app refreshes the policy data, but not more often than this. */
const REFRESH_EVERY_MS = 10 * 60 * 1000
let lastRefresh = 0

function refreshPolicies(force: boolean) {
  const now = Date.now()
  if (!force && now - lastRefresh < REFRESH_EVERY_MS) return
  lastRefresh = now
  // Never awaited: pages render the cached or embedded data at once.
  void policyStore.getState().refresh()
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPrivacyWatch()
    refreshPolicies(true)
  })
  useDidShow(() => refreshPolicies(false))
  // children are the pages
  return children
}

export default App
