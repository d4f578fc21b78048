import { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { startPrivacyWatch } from './services/privacy'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    startPrivacyWatch()
  })
  // children are the pages
  return children
}

export default App
