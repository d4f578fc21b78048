/**
 * The app's one policy store, wired to Taro storage, Taro request and the embedded default.
 * Only the guide subpackages import this module (issue 11): with it come the embedded bundle,
 * the region list and the config checks (valibot, tweetnacl), so the main package stays small.
 * Taro's optimizeMainPackage copies it into each guide subpackage; webpack's module cache keeps
 * one store per app process whichever guide loaded it first.
 */
import { useEffect, useMemo } from 'react'
import { useDidShow } from '@tarojs/taro'
import { useStore } from 'zustand'
import embeddedJson from '../generated/policies.json'
import type { PolicyBundle } from '../domain/policy/bundle'
import { resolvePolicy, type ResolvedPolicy } from '../domain/policy/resolve'
import { hotlinePlaceOf } from '../domain/policy/hotline'
import { areaCodesOf, getRegion, isKnownRegion, placesWithAreaCode, regionChain } from '../domain/region'
import { buildSearchIndex } from '../domain/search'
import { fetchConfigText } from '../services/policyRequest'
import { POLICY_KEYS, POLICY_URL } from '../services/policySource'
import { taroStore } from '../services/storage'
import { createPolicyStore, type PolicyState } from './createPolicyStore'
import { policyNotice } from './policyNotice'
import { useRegionStore } from './regionStore'
import { saveSearchEntries } from './searchEntries'

// Checked by scripts/build-policies.ts with the same schema before it was written.
const embedded = embeddedJson as unknown as PolicyBundle

export const policyStore = createPolicyStore({
  embedded,
  store: taroStore,
  fetchText: fetchConfigText,
  url: POLICY_URL,
  keys: POLICY_KEYS,
  facts: { areaCodesOf, isKnownRegion },
  // Date.now, so a test's frozen clock reaches the refresh throttle and the date rules alike
  now: () => new Date(Date.now())
})

function resolveFor(bundle: PolicyBundle, region: string | null): ResolvedPolicy {
  const known = region && isKnownRegion(region) ? region : null
  const chain = known ? regionChain(known) : []
  return resolvePolicy(bundle.national, bundle.regions, chain, known, { hotline: hotlinePlaceOf(known, { getRegion, areaCodesOf, placesWithAreaCode }) })
}

/** The home page (main package) searches what the guides stored for the user's region. */
function storeSearchEntries(): void {
  const { bundle } = policyStore.getState()
  const { region } = useRegionStore.getState()
  saveSearchEntries(region, bundle.version, () => buildSearchIndex(resolveFor(bundle, region)))
}

policyNotice.setState({ notice: policyStore.getState().notice })
policyStore.subscribe((s, prev) => {
  if (s.notice !== prev.notice) policyNotice.setState({ notice: s.notice })
  if (s.bundle !== prev.bundle) storeSearchEntries()
})
useRegionStore.subscribe((s, prev) => {
  if (s.region !== prev.region) storeSearchEntries()
})

/** The first guide shown in a process refreshes at once; later ones only when due (the store's clock). */
function refreshPolicies(): void {
  // Never awaited: the page has already drawn the cached or embedded data.
  void policyStore.getState().refreshIfDue()
  storeSearchEntries()
}

/**
 * The policy data for a guide page. Runs the background refresh after the page's first render
 * (it used to run at app launch, which put the config checks in the main package) and when the
 * page is shown again, e.g. coming back to WeChat.
 */
export function usePolicyState<T>(select: (s: PolicyState) => T): T {
  useEffect(refreshPolicies, [])
  useDidShow(refreshPolicies)
  return useStore(policyStore, select)
}

/** What applies in a region (null: the national rules), recomputed only when data or region change. */
export function useResolvedPolicy(region: string | null): ResolvedPolicy {
  const bundle = usePolicyState((s) => s.bundle)
  return useMemo(() => resolveFor(bundle, region), [bundle, region])
}
