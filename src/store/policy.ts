/** The app's one policy store, wired to Taro storage, Taro request and the embedded default. */
import { useMemo } from 'react'
import { useStore } from 'zustand'
import embeddedJson from '../generated/policies.json'
import type { PolicyBundle } from '../domain/policy/bundle'
import { resolvePolicy, type ResolvedPolicy } from '../domain/policy/resolve'
import { hotlinePlaceOf } from '../domain/policy/hotline'
import { areaCodesOf, getRegion, isKnownRegion, regionChain } from '../domain/region'
import { fetchConfigText } from '../services/policyRequest'
import { POLICY_KEYS, POLICY_URL } from '../services/policySource'
import { taroStore } from '../services/storage'
import { createPolicyStore, type PolicyState } from './policyStore'

// Checked by scripts/build-policies.ts with the same schema before it was written.
const embedded = embeddedJson as unknown as PolicyBundle

export const policyStore = createPolicyStore({
  embedded,
  store: taroStore,
  fetchText: fetchConfigText,
  url: POLICY_URL,
  keys: POLICY_KEYS,
  facts: { areaCodesOf, isKnownRegion },
  now: () => new Date()
})

export function usePolicyState<T>(select: (s: PolicyState) => T): T {
  return useStore(policyStore, select)
}

/** What applies in a region (null: the national rules), recomputed only when data or region change. */
export function useResolvedPolicy(region: string | null): ResolvedPolicy {
  const bundle = usePolicyState((s) => s.bundle)
  return useMemo(() => {
    const known = region && isKnownRegion(region) ? region : null
    const chain = known ? regionChain(known) : []
    return resolvePolicy(bundle.national, bundle.regions, chain, known, { hotline: hotlinePlaceOf(known, { getRegion, areaCodesOf }) })
  }, [bundle, region])
}
