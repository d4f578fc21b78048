/**
 * The policy store's own refresh bookkeeping, with an in-memory storage double, a fake fetch and an
 * injected clock (the loader's checks are tested over real HTTP in config-server.test.ts).
 */
import { createPolicyStore, REFRESH_EVERY_MS, type PolicyDeps } from '../../src/store/createPolicyStore'
import type { KeyValueStore } from '../../src/domain/config/cache'
import type { FetchResult } from '../../src/domain/config/evaluate'
import { realBundle, signedText, TEST_TRUST } from '../domain/fixtures/policies'
import { digestOf } from '../../src/domain/config/cache'
import type { RegionPolicy } from '../../src/domain/policy/schema'
import { checks } from '../support/inlineCheck'

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
    ...checks,
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

describe('the shipped data, a province at a time', () => {
  const bundle = realBundle()
  const text = JSON.stringify(bundle)
  const head = {
    schemaVersion: bundle.schemaVersion,
    version: bundle.version,
    publishedAt: bundle.publishedAt,
    national: bundle.national,
    provinces: ['350000'],
    payload: { length: text.length, digest: digestOf(text) }
  }
  const fujian = Object.fromEntries(Object.entries(bundle.regions).filter(([code]) => code.startsWith('35')))

  function splitStore(loadProvince: (code: string) => Promise<Record<string, RegionPolicy>>, fetchText: PolicyDeps['fetchText'] = () => Promise.resolve(notModified)) {
    return createPolicyStore({
      embedded: { head, loadProvince },
      store: memoryStore(),
      fetchText,
      url: 'https://cdn.example/policies.json',
      keys: TEST_TRUST,
      ...checks,
      now: () => new Date(clock)
    })
  }

  it('starts with the national rules; a region whose province has data is loading until its file is in', async () => {
    const loadProvince = jest.fn(() => Promise.resolve(fujian))
    const store = splitStore(loadProvince)
    expect(store.getState().bundle.regions).toEqual({})
    expect(store.getState().regionStatus(null)).toBe('ready')
    expect(store.getState().regionStatus('110000')).toBe('ready') // no shipped file for 北京 in this head
    expect(store.getState().regionStatus('350200')).toBe('loading')
    await store.getState().loadRegion('350200')
    await store.getState().loadRegion('350500')
    expect(loadProvince).toHaveBeenCalledTimes(1)
    expect(store.getState().regionStatus('350200')).toBe('ready')
    expect(store.getState().bundle.regions).toEqual(fujian)
  })

  it('a province file that fails to download is "failed" until loaded again', async () => {
    const loadProvince = jest.fn<Promise<Record<string, RegionPolicy>>, [string]>().mockRejectedValueOnce(new Error('offline'))
    loadProvince.mockResolvedValue(fujian)
    const store = splitStore(loadProvince)
    await store.getState().loadRegion('350200')
    expect(store.getState().regionStatus('350200')).toBe('failed')
    await store.getState().loadRegion('350200')
    expect(store.getState().regionStatus('350200')).toBe('ready')
  })

  it('a 304 is answered without the config checks; a new config’s dropped region keeps the shipped copy, loaded for it', async () => {
    const check = jest.fn(checks.check)
    const loadProvince = jest.fn(() => Promise.resolve(fujian))
    let body: FetchResult = notModified
    const store = createPolicyStore({
      embedded: { head, loadProvince },
      store: memoryStore(),
      fetchText: () => Promise.resolve(body),
      url: 'https://cdn.example/policies.json',
      keys: TEST_TRUST,
      ...checks,
      check,
      now: () => new Date(clock)
    })
    await store.getState().refresh()
    expect(check).not.toHaveBeenCalled()
    const next = JSON.parse(text) as typeof bundle
    next.version += 1
    const xm = next.regions['350200']
    if (!xm?.notes?.[0]) throw new Error('fixture: 厦门 has notes')
    xm.notes[0].text = '加微信 yibao 办理'
    body = { kind: 'response', status: 200, body: signedText(next), etag: '"v"' }
    await store.getState().refresh()
    expect(check).toHaveBeenCalledTimes(1)
    expect(loadProvince).toHaveBeenCalledWith('350000')
    expect(store.getState()).toMatchObject({ origin: 'cloud', dropped: [{ region: '350200' }] })
    expect(store.getState().bundle.regions['350200']).toEqual(bundle.regions['350200'])
    expect(store.getState().regionStatus('350200')).toBe('ready')
  })
})
