/**
 * The policy store's own refresh bookkeeping, with an in-memory storage double, a fake fetch and an
 * injected clock (the loader's checks are tested over real HTTP in config-server.test.ts).
 */
import { createPolicyStore, REFRESH_EVERY_MS, type PolicyDeps } from '../../src/store/createPolicyStore'
import { readCache, type KeyValueStore } from '../../src/domain/policyUpdate/cache'
import type { EmbeddedHead } from '../../src/domain/policy/embedded'
import type { ShippedFiles } from '../../src/store/shippedParts'
import * as generated from '../../src/store/shippedFiles'
import shippedHeadJson from '../../src/generated/policy/national.json'
import type { FetchResult } from '../../src/domain/policyUpdate/evaluate'
import { copy, realBundle, signedText, TEST_TRUST } from '../support/policies'
import { digestOf } from '../../src/domain/policyUpdate/cache'
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

  function splitStore(
    loadProvince: (code: string) => Promise<Record<string, RegionPolicy>>,
    fetchText: PolicyDeps['fetchText'] = () => Promise.resolve(notModified)
  ) {
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

describe('the shipped data as the app ships it: the sections one guide shows and source detail apart', () => {
  // the generated files, loaded as the app loads them (store/shippedFiles.ts)
  const shippedHead = shippedHeadJson as unknown as EmbeddedHead
  const full = realBundle()

  function appStore(overrides: Partial<ShippedFiles> = {}, fetchText: PolicyDeps['fetchText'] = () => Promise.resolve(notModified)) {
    const files: ShippedFiles = {
      head: shippedHead,
      loadProvince: jest.fn(generated.loadShippedProvince),
      loadSection: jest.fn(generated.loadShippedSection),
      loadSources: jest.fn(generated.loadShippedSources),
      ...overrides
    }
    const store = createPolicyStore({
      embedded: files,
      store: memoryStore(),
      fetchText,
      url: 'https://cdn.example/policies.json',
      keys: TEST_TRUST,
      ...checks,
      now: () => new Date(clock)
    })
    return { store, files }
  }

  it('a section loads only for the guide that shows it (and the search): other guides are ready without it', async () => {
    const { store, files } = appStore()
    expect(store.getState().regionStatus(null)).toBe('ready')
    expect(store.getState().regionStatus(null, 'family')).toBe('ready')
    expect(store.getState().regionStatus(null, 'yidi')).toBe('loading')
    expect(store.getState().regionStatus(null, 'withdraw')).toBe('loading')
    expect(store.getState().regionStatus(null, 'all')).toBe('loading')
    expect(store.getState().bundle.national.yidi.paths).toEqual([])
    await store.getState().loadRegion(null, 'yidi')
    expect(files.loadSection).toHaveBeenCalledTimes(1)
    expect(files.loadSection).toHaveBeenCalledWith('yidi')
    expect(store.getState().regionStatus(null, 'yidi')).toBe('ready')
    expect(store.getState().regionStatus(null, 'all')).toBe('loading')
    expect(store.getState().bundle.national.yidi).toEqual(full.national.yidi)
    await store.getState().loadRegion('350200', 'all')
    expect(files.loadSection).toHaveBeenCalledWith('withdraw')
    expect(store.getState().regionStatus('350200', 'all')).toBe('ready')
    expect(store.getState().bundle.national.withdraw).toEqual(full.national.withdraw)
  })

  it('what source lines show on a tap loads per file, when asked, and then the bundle is the one the build checked', async () => {
    const { store, files } = appStore()
    expect(store.getState().bundle.national.sources.every((s) => s.title === '')).toBe(true)
    expect(store.getState().sourcesStatus('national')).toBe('loading')
    expect(store.getState().sourcesStatus('350200')).toBe('loading')
    await store.getState().loadSources('national')
    expect(files.loadSources).toHaveBeenCalledWith('national')
    expect(store.getState().sourcesStatus('national')).toBe('ready')
    // 厦门's lines come from 福建's file, loaded with its province
    await Promise.all([store.getState().loadRegion('350200', 'all'), store.getState().loadSources('350200')])
    expect(files.loadSources).toHaveBeenCalledWith('350000')
    expect(store.getState().sourcesStatus('350500')).toBe('ready')
    const b = store.getState().bundle
    expect(b.national).toEqual(full.national)
    expect(b.regions['350200']).toEqual(full.regions['350200'])
  })

  it('a source detail that fails to download is "failed", and the parts’ states follow it, until loaded again', async () => {
    const loadSources = jest.fn<ReturnType<NonNullable<ShippedFiles['loadSources']>>, [string]>().mockRejectedValueOnce(new Error('offline'))
    loadSources.mockImplementation(generated.loadShippedSources)
    const { store } = appStore({ loadSources })
    await store.getState().loadSources('national')
    expect(store.getState().sourcesStatus('national')).toBe('failed')
    expect(store.getState().parts).toMatchObject({ 'sources:national': 'failed' })
    await store.getState().loadSources('national')
    expect(store.getState().sourcesStatus('national')).toBe('ready')
  })

  it('a new config is layered with the shipped safety wording word for word (its sources loaded first): one that keeps it shows as sent', async () => {
    const next = copy(full)
    next.version += 1
    const { store, files } = appStore({}, () => Promise.resolve({ kind: 'response', status: 200, body: signedText(next), etag: '"n"' }))
    await store.getState().refresh()
    // the floor: the national sources' words and every section (the withdrawal situations are safety text)
    expect(files.loadSources).toHaveBeenCalledWith('national')
    expect(files.loadSection).toHaveBeenCalledWith('withdraw')
    expect(store.getState()).toMatchObject({ origin: 'cloud', notice: null })
    expect(store.getState().bundle).toEqual(next)
  })

  it('when the shipped safety wording cannot be loaded, a new config is not shown (nor cached) and the next refresh tries again', async () => {
    const next = copy(full)
    next.version += 1
    const loadSources = jest.fn<ReturnType<NonNullable<ShippedFiles['loadSources']>>, [string]>().mockRejectedValueOnce(new Error('offline'))
    loadSources.mockImplementation(generated.loadShippedSources)
    const { store } = appStore({ loadSources }, () => Promise.resolve({ kind: 'response', status: 200, body: signedText(next), etag: '"n"' }))
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ origin: 'embedded', notice: expect.stringMatching(/先显示手机上已有的版本/) })
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ origin: 'cloud', bundle: { version: next.version } })
  })

  it('a region a new config got wrong keeps the shipped copy with its titles and quotes, so the cache holds them too', async () => {
    const next = copy(full)
    next.version += 1
    const xm = next.regions['350200']
    if (!xm?.notes?.[0]) throw new Error('fixture: 厦门 has notes')
    xm.notes[0].text = '加微信 yibao 办理'
    const memory = memoryStore()
    const files: ShippedFiles = {
      head: shippedHead,
      loadProvince: generated.loadShippedProvince,
      loadSection: generated.loadShippedSection,
      loadSources: generated.loadShippedSources
    }
    const store = createPolicyStore({
      embedded: files,
      store: memory,
      fetchText: () => Promise.resolve({ kind: 'response', status: 200, body: signedText(next), etag: '"n"' }),
      url: 'https://cdn.example/policies.json',
      keys: TEST_TRUST,
      ...checks,
      now: () => new Date(clock)
    })
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ origin: 'cloud', dropped: [{ region: '350200' }] })
    expect(store.getState().bundle.regions['350200']).toEqual(full.regions['350200'])
    expect(JSON.parse(readCache(memory)?.text ?? '{}').regions['350200']).toEqual(full.regions['350200'])
  })
})
