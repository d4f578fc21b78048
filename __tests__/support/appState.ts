/** A first launch for every test: the module-singleton stores emptied, storage empty, no notices. */
import { act } from '@testing-library/react'
import { fakeStorage } from '../fakes/taro'
import { useRegionStore } from '../../src/store/regionStore'
import { useProgressStore } from '../../src/store/progressStore'
import { storageNotices } from '../../src/store/persistStorage'
import { policyStore } from '../../src/store/policy'
import { useSettingsStore } from '../../src/store/settingsStore'

const shippedBundle = policyStore.getState().bundle

export function resetAppState(): void {
  act(() => {
    useRegionStore.setState({ region: null, recent: [], asked: false })
    useProgressStore.setState({ walkthrough: {}, ticks: {}, chosenPath: {}, chosenSituation: {}, chosen: {} })
    useSettingsStore.setState({ elder: 'auto' })
    storageNotices.setState({ reset: [] })
    policyStore.setState({ bundle: shippedBundle, notice: null })
  })
  // setState above persisted the empty stores: a first launch has nothing stored at all
  fakeStorage.clear()
}
