/**
 * The policy data behind every guide, wired to Taro storage, Taro request and the config-check worker.
 * This module and what it imports form the `policy` package: a guide page loads it with import()
 * (store/policy.ts), which WeChat serves as an async subpackage (分包异步化) and the browser as a chunk,
 * so every guide shares one copy and the main package carries none of it. The rest of the shipped
 * data follows when a page needs it (policy-data/<part>: a province, the 去外地看病 section, what
 * source lines show on a tap), and the config checks never load here at all: they run in the
 * worker (workers/policy).
 */
import headJson from '../generated/policy/national.json'
import type { PolicyBundle } from '../domain/policy/bundle'
import type { EmbeddedHead } from '../domain/policy/embedded'
import { resolvePolicy, type ResolvedPolicy } from '../domain/policy/resolve'
import { hotlinePlaceOf } from '../domain/policy/hotline'
import { regionDataSource, regionFacts } from '../domain/region/facts'
import { fetchConfigText } from '../services/policyUpdateRequest'
import { createPolicyChecker } from '../services/policyWorker'
import { POLICY_CHECKER, POLICY_KEYS, POLICY_URL } from '../services/policyUpdateSource'
import { taroStore } from '../services/storage'
import { createPolicyStore, type Needs } from './createPolicyStore'
import { loadShippedProvince, loadShippedSection, loadShippedSources } from './shippedFiles'
import { policyNotice } from './policyNotice'

export const policyStore = createPolicyStore({
  embedded: {
    head: headJson as unknown as EmbeddedHead,
    loadProvince: loadShippedProvince,
    loadSection: loadShippedSection,
    loadSources: loadShippedSources
  },
  store: taroStore,
  fetchText: fetchConfigText,
  url: POLICY_URL,
  keys: POLICY_KEYS,
  check: createPolicyChecker(),
  provinceOf: regionFacts.provinceOf,
  checkerId: POLICY_CHECKER,
  // Date.now, so a test's frozen clock reaches the refresh throttle and the date rules alike
  now: () => new Date(Date.now())
})

/** What applies in a region (null or an unknown code: the national rules). */
export function resolveFor(bundle: PolicyBundle, region: string | null): ResolvedPolicy {
  const known = region && regionFacts.isKnownRegion(region) ? region : null
  const chain = known ? regionFacts.regionChain(known) : []
  return resolvePolicy(bundle.national, bundle.regions, chain, known, { hotline: hotlinePlaceOf(known, regionFacts) })
}

export { regionDataSource }

/**
 * What applies in a region once all of the shipped data it needs for `needs` is in (the home page's search
 * asks for 'all': every guide's content); rejects when a part could not be downloaded.
 */
export async function resolvedWith(region: string | null, needs: Needs): Promise<ResolvedPolicy> {
  const { loadRegion, regionStatus } = policyStore.getState()
  await loadRegion(region, needs)
  if (regionStatus(region, needs) !== 'ready') throw new Error('the shipped data could not be loaded')
  return resolveFor(policyStore.getState().bundle, region)
}

policyNotice.setState({ notice: policyStore.getState().notice })
policyStore.subscribe((s, prev) => {
  if (s.notice !== prev.notice) policyNotice.setState({ notice: s.notice })
})

/** The first guide shown in a process refreshes at once; later ones only when due (the store's clock). */
export function refreshPolicies(): void {
  // Never awaited: the page has already drawn the cached or shipped data.
  void policyStore.getState().refreshIfDue()
}
