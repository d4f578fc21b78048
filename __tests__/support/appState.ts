/** A first launch for every test: the module-singleton stores emptied, storage empty, no notices. */
import { act } from '@testing-library/react'
import { fakeStorage } from '../fakes/taro'
import { useRegionStore } from '../../src/store/regionStore'
import { useProgressStore } from '../../src/store/progressStore'
import { storageNotices } from '../../src/store/persistStorage'
import { loadPolicy } from '../../src/store/policy'
import { policyStore } from '../../src/store/policyData'
import { useSettingsStore } from '../../src/store/settingsStore'
import head from '../../src/generated/policy/national.json'
import type { PolicyBundle } from '../../src/domain/policy/bundle'

let shippedBundle: PolicyBundle | null = null

// Pages render at once, as after the policy package and every part of the shipped data (each province's,
// the 去外地看病 section, every file's source detail) have loaded once in the process (the loading itself is
// tested in __tests__/store and on the real build: __tests__/weapp/subpackages.test.ts).
beforeAll(async () => {
  await loadPolicy()
  const { loadRegion, loadSources } = policyStore.getState()
  await Promise.all([...head.provinces.map((p) => loadRegion(p, 'all')), loadSources('national'), ...head.provinces.map((p) => loadSources(p))])
  shippedBundle = policyStore.getState().bundle
})

export function resetAppState(): void {
  act(() => {
    useRegionStore.setState({ region: null, recent: [], asked: false })
    useProgressStore.setState({ walkthrough: {}, ticks: {}, chosenPath: {}, chosenSituation: {} })
    useSettingsStore.setState({ elder: 'auto' })
    storageNotices.setState({ reset: [] })
    if (shippedBundle) policyStore.setState({ bundle: shippedBundle, notice: null })
  })
  // setState above persisted the empty stores: a first launch has nothing stored at all
  fakeStorage.clear()
}
