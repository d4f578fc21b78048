import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { startPrivacyWatch } from './services/privacy'
import './app.css'

// The policy refresh runs when a guide page is shown (store/policy.ts), not here: app.tsx is in
// the main package, and the config checks it would pull in belong to the guide subpackages.
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPrivacyWatch()
  })
  // children are the pages
  return children
}

export default App
