/**
 * @jest-environment node
 *
 * The cloud-config loader against a real HTTP server on 127.0.0.1: every bad
 * answer a CDN or an attacker can give leaves the last good data in use, the
 * cache intact and the user's stored progress untouched.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Taro from '@tarojs/taro'
import { fakeStorage } from '../fakes/taro'
import { nodeRequest } from '../fakes/nodeRequest'
import { copy, realBundle, signed, TEST_TRUST } from '../support/policyFixtures'
import { createPolicyStore } from '../../src/store/policyStore'
import { fetchConfigText } from '../../src/services/policyRequest'
import { taroStore } from '../../src/services/storage'
import { readCache } from '../../src/domain/config/cache'
import { MAX_CONFIG_BYTES } from '../../src/domain/config/evaluate'
import { areaCodesOf, isKnownRegion } from '../../src/domain/region'
import type { PolicyBundle } from '../../src/domain/policy/bundle'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

let server: Server
let url = ''
let handler: Handler = (_req, res) => res.writeHead(500).end()
const requests: Array<{ ifNoneMatch?: string }> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ ifNoneMatch: req.headers['if-none-match'] })
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/policies.json`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})

const embedded = realBundle()
const withVersion = (version: number, change?: (b: PolicyBundle) => void): PolicyBundle => {
  const b = copy(embedded)
  b.version = version
  change?.(b)
  return b
}

const serve = (status: number, body: string, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(body)
}

/** Progress the user made, stored by other stores: must never be touched by the loader. */
const PROGRESS = { 'yibao-progress': JSON.stringify({ state: { walkthrough: { '120000:national-app': 3 } }, version: 1 }) }

function newStore() {
  return createPolicyStore({
    embedded,
    store: taroStore,
    fetchText: (u, etag) => fetchConfigText(u, etag, 800),
    url,
    keys: TEST_TRUST,
    facts: { areaCodesOf, isKnownRegion },
    now: () => new Date('2026-11-23T10:00:00Z')
  })
}

beforeEach(() => {
  jest.mocked(Taro.request).mockImplementation(nodeRequest as never)
  for (const [k, v] of Object.entries(PROGRESS)) fakeStorage.set(k, v)
  requests.length = 0
})

/** First launch gets good version 5 from the cloud; returns the store holding it. */
async function launchWithGoodData() {
  handler = serve(200, signed(withVersion(5)), { etag: '"v5"' })
  const store = newStore()
  await store.getState().refresh()
  expect(store.getState().bundle.version).toBe(5)
  expect(store.getState().origin).toBe('cloud')
  return store
}

describe('cloud config over HTTP', () => {
  it('starts on the embedded data without waiting, then swaps in a newer valid config and caches it', async () => {
    handler = serve(200, signed(withVersion(5)), { etag: '"v5"' })
    const store = newStore()
    expect(store.getState().origin).toBe('embedded')
    expect(store.getState().bundle.version).toBe(embedded.version)
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(5)
    expect(store.getState().notice).toBeNull()
    expect(readCache(taroStore)?.meta).toMatchObject({ version: 5, etag: '"v5"' })
  })

  it('a relaunch reads the cache, sends If-None-Match, and a 304 changes nothing (no body sent)', async () => {
    await launchWithGoodData()
    let bodyBytes = -1
    handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v5"') {
        res.writeHead(304, { etag: '"v5"' })
        bodyBytes = 0
        res.end()
      } else serve(200, signed(withVersion(5)), { etag: '"v5"' })(req, res)
    }
    const relaunched = newStore()
    expect(relaunched.getState().origin).toBe('cache')
    expect(relaunched.getState().bundle.version).toBe(5)
    await relaunched.getState().refresh()
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v5"')
    expect(bodyBytes).toBe(0)
    expect(relaunched.getState().notice).toBeNull()
    expect(relaunched.getState().bundle.version).toBe(5)
  })

  const tooBig = signed(withVersion(9, (b) => {
    b.national.sources = Array.from({ length: 20000 }, (_, i) => ({ title: `资料 ${i} ${'长'.repeat(30)}`, strength: 'weak' as const }))
  }))
  const badRegionPhone = withVersion(9, (b) => {
    const x = b.regions['350200']
    if (!x?.balance?.channels?.upsert?.[0]) throw new Error('fixture: 350200 has no channel')
    x.balance.channels.upsert[0].actions = [{ kind: 'call', label: '客服', number: '0592-88886666' }]
  })

  it.each<[string, Handler, RegExp]>([
    ['500', serve(500, 'oops'), /暂时没能获取最新政策信息/],
    ['404', serve(404, 'not found'), /暂时没能获取最新政策信息/],
    ['a timeout', (_req, res) => setTimeout(() => serve(200, signed(withVersion(9)))(_req, res), 1500), /暂时没能获取最新政策信息/],
    ['a truncated body', serve(200, signed(withVersion(9)).slice(0, 5000)), /没有通过安全检查/],
    ['an HTML error page with status 200', serve(200, '<html><body>502 Bad Gateway</body></html>', { 'content-type': 'text/html' }), /没有通过安全检查/],
    ['invalid JSON', serve(200, '{"format": "yibao-policy/1", '), /没有通过安全检查/],
    ['a wrong schema version', serve(200, signed({ ...withVersion(9), schemaVersion: 2 })), /没有通过安全检查/],
    ['a bad signature', serve(200, signed(withVersion(9)).replace('12393', '12394')), /没有通过安全检查/],
    ['a valid signature over an older version', serve(200, signed(withVersion(4))), /没有通过安全检查/],
    ['an oversize body', serve(200, tooBig), /没有通过安全检查/],
    [
      'an unofficial phone number in the national rules',
      serve(200, signed(withVersion(9, (b) => {
        const c = b.national.balance.channels[0]
        if (c) c.actions = [{ kind: 'call', label: '代办', number: '4008001234' }]
      }))),
      /没有通过安全检查/
    ],
    [
      'a non-https link in the national rules',
      serve(200, signed(withVersion(9, (b) => {
        const c = b.national.balance.channels[0]
        if (c) c.actions = [{ kind: 'link', label: '官网', url: 'http://fuwu.nhsa.gov.cn' }]
      }))),
      /没有通过安全检查/
    ]
  ])('%s: keeps the last good data and cache, shows a quiet notice, leaves progress alone', async (_name, bad, notice) => {
    const store = await launchWithGoodData()
    const cachedBefore = readCache(taroStore)
    handler = bad
    await store.getState().refresh()
    expect(store.getState().notice).toMatch(notice)
    expect(store.getState().bundle.version).toBe(5)
    expect(readCache(taroStore)).toEqual(cachedBefore)
    for (const [k, v] of Object.entries(PROGRESS)) expect(fakeStorage.get(k)).toBe(v)
    // and a relaunch still starts on the last good copy
    expect(newStore().getState().bundle.version).toBe(5)
  })

  it('the oversize fixture really is over the limit', () => {
    expect(Buffer.byteLength(tooBig)).toBeGreaterThan(MAX_CONFIG_BYTES)
  })

  it.each<[string, PolicyBundle]>([
    ['an unofficial phone number in one region', badRegionPhone],
    [
      'a non-https link in one region',
      withVersion(9, (b) => {
        const x = b.regions['110000']
        const path = x?.family?.paths?.upsert?.[0]
        if (!path) throw new Error('fixture: 110000 has no path')
        path.actions = [{ kind: 'link', label: '官网', url: 'http://fw.ybj.beijing.gov.cn/' }]
      })
    ],
    [
      'one broken region among good ones',
      withVersion(9, (b) => {
        const x = b.regions['440300'] as unknown as Record<string, unknown>
        delete x.sources
      })
    ]
  ])('%s: that region is dropped with a reason, the rest of the new config is used, the region keeps its last good copy', async (_name, bundle) => {
    const store = await launchWithGoodData()
    const before = store.getState().bundle
    handler = serve(200, signed(bundle), { etag: '"v9"' })
    await store.getState().refresh()
    const state = store.getState()
    expect(state.bundle.version).toBe(9)
    expect(state.dropped).toHaveLength(1)
    const code = state.dropped[0]?.region ?? ''
    expect(state.dropped[0]?.problems.join(' ')).not.toBe('')
    // the bad region is not taken from the new config: the copy the app had stays in use
    expect(state.bundle.regions[code]).toEqual(before.regions[code])
    expect(state.bundle.regions[code]).not.toEqual(bundle.regions[code])
    expect(Object.keys(state.bundle.regions).sort()).toEqual(Object.keys(embedded.regions).sort())
    // and so does a relaunch from the cache
    expect(newStore().getState().bundle.regions[code]).toEqual(before.regions[code])
    for (const [k, v] of Object.entries(PROGRESS)) expect(fakeStorage.get(k)).toBe(v)
  })

  it('a cache edited on the phone is refused at start and the embedded data is used', async () => {
    await launchWithGoodData()
    for (const [k, v] of fakeStorage) {
      if (k.startsWith('policy-cache:') && k !== 'policy-cache:meta' && typeof v === 'string') {
        fakeStorage.set(k, v.replace('12393', '12394'))
      }
    }
    const store = newStore()
    expect(store.getState().origin).toBe('embedded')
    expect(readCache(taroStore)).toBeNull()
    for (const [k, v] of Object.entries(PROGRESS)) expect(fakeStorage.get(k)).toBe(v)
  })
})
