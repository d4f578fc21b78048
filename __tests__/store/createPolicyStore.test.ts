/**
 * The policy store's own refresh bookkeeping, with an in-memory storage double, a fake fetch and an
 * injected clock (the loader's checks are tested over real HTTP in config-server.test.ts).
 */
import { createPolicyStore, REFRESH_EVERY_MS, type PolicyDeps } from '../../src/store/createPolicyStore'
import type { KeyValueStore } from '../../src/domain/config/cache'
import type { FetchResult } from '../../src/domain/config/evaluate'
import { areaCodesOf, isKnownRegion } from '../../src/domain/region'
import { realBundle, TEST_TRUST } from '../domain/fixtures/policies'

function memoryStore(): KeyValueStore {
  const m = new Map<string, string>()
  return { get: (k) => m.get(k) ?? null, set: (k, v) => (m.set(k, v), true), remove: (k) => void m.delete(k), keys: () => [...m.keys()] }
}

const embedded = realBundle()
let clock = new Date(`${embedded.publishedAt}T10:00:00Z`).getTime()

function storeWith(fetchText: PolicyDeps['fetchText']) {
  return createPolicyStore({
    embedded,
    store: memoryStore(),
    fetchText,
    url: 'https://cdn.example/policies.json',
    keys: TEST_TRUST,
    facts: { areaCodesOf, isKnownRegion },
    now: () => new Date(clock)
  })
}

const notModified: FetchResult = { kind: 'response', status: 304, body: '' }

describe('refresh', () => {
  it('a fetch that throws does not leave the store refreshing: the data stays, a quiet notice shows, the next refresh runs', async () => {
    const fetchText = jest.fn<Promise<FetchResult>, [string, string?]>().mockRejectedValueOnce(new Error('socket hang up'))
    fetchText.mockResolvedValue(notModified)
    const store = storeWith(fetchText)
    await store.getState().refresh()
    expect(store.getState().refreshing).toBe(false)
    expect(store.getState().bundle).toBe(embedded)
    expect(store.getState().notice).toMatch(/先显示手机上已有的版本/)
    await store.getState().refresh()
    expect(fetchText).toHaveBeenCalledTimes(2)
  })

  it('refreshIfDue asks at once, then not again until REFRESH_EVERY_MS has passed on the store’s clock', async () => {
    const fetchText = jest.fn<Promise<FetchResult>, [string, string?]>().mockResolvedValue(notModified)
    const store = storeWith(fetchText)
    await store.getState().refreshIfDue()
    expect(fetchText).toHaveBeenCalledTimes(1)
    clock += REFRESH_EVERY_MS - 1
    await store.getState().refreshIfDue()
    expect(fetchText).toHaveBeenCalledTimes(1)
    clock += 1
    await store.getState().refreshIfDue()
    expect(fetchText).toHaveBeenCalledTimes(2)
  })
})
