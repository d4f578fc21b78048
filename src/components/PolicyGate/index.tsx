import { Component, Suspense, type ComponentType, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { PageFrame } from '../PageFrame'
import { AppButton } from '../AppButton'
import { PageReadyContext, usePageReadyFlag } from '../../hooks/useAfterReady'
import { PolicyLoadError, prefetchPolicy, usePolicyRefresh, type Needs } from '../../store/policy'
import { usePolicyPrefetch } from '../../hooks/usePolicyPrefetch'
import './index.css'

/** What shows while the policy package or a province's data downloads (usually a blink; on a slow network, longer). */
function PolicyLoading() {
  return (
    <PageFrame>
      <View className='policy-gate' aria-live='polite'>
        <Text className='policy-gate__text'>正在打开本地的办法…</Text>
      </View>
    </PageFrame>
  )
}

/**
 * The guide's one background refresh. Inside the Suspense boundary, beside the page: it starts after the
 * page's first render with its data, as an effect of the page itself would, and never for the placeholder.
 */
function PolicyRefresh(): null {
  usePolicyRefresh()
  return null
}

interface RetryState {
  error: PolicyLoadError | null
}

/** A download that failed (offline, a dropped connection) gets a plain message and a retry, not a blank page. */
class RetryOnLoadError extends Component<{ children: ReactNode }, RetryState> {
  // no class fields: babel would add its defineProperty helpers to every guide's package
  constructor(props: { children: ReactNode }) {
    super(props)
    this.state = { error: null }
    this.retry = this.retry.bind(this)
  }

  static getDerivedStateFromError(error: unknown): RetryState {
    if (error instanceof PolicyLoadError) return { error }
    throw error
  }

  retry(): void {
    this.state.error?.retry()
    this.setState({ error: null })
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <PageFrame>
        <View className='policy-gate'>
          <Text className='policy-gate__text'>没能打开本地的办法，可能是网络不好。</Text>
          <AppButton className='btn' onClick={this.retry}>
            再试一次
          </AppButton>
        </View>
      </PageFrame>
    )
  }
}

/**
 * A guide page that reads the policy data: export default withPolicy(Page). The page renders at once with
 * a placeholder and shows its content when the policy package (and its region's data) is in; from then on
 * it checks for a newer config once per show (PolicyRefresh), whatever the page and its components read. `needs`: the
 * guide's topic when its shipped data comes apart (去外地看病), so it is fetched as early as the rest.
 */
export function withPolicy<P extends object>(Page: ComponentType<P>, needs?: Needs): ComponentType<P> {
  // The guide's package is being injected: fetch the policy package now, while WeChat sets up the page.
  prefetchPolicy(null, needs)
  function PolicyPage(props: P) {
    usePolicyPrefetch(needs)
    const isReady = usePageReadyFlag()
    return (
      <PageReadyContext.Provider value={isReady}>
        <RetryOnLoadError>
          <Suspense fallback={<PolicyLoading />}>
            <PolicyRefresh />
            <Page {...props} />
          </Suspense>
        </RetryOnLoadError>
      </PageReadyContext.Provider>
    )
  }
  PolicyPage.displayName = `withPolicy(${Page.displayName ?? Page.name})`
  return PolicyPage
}
