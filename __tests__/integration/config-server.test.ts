/**
 * @jest-environment node
 *
 * The cloud-config loader against a real HTTP server on 127.0.0.1: every bad
 * answer a CDN or an attacker can give leaves the last good data in use, the
 * cache intact and the user's stored progress untouched.
 *
 * The cases run on a small bundle (the real national rules and the few regions they touch, signed
 * with the test key), since every download and relaunch runs the full checks; one case at the end
 * takes the real generated bundle, every region, through the same path.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import nacl from 'tweetnacl'
import Taro from '@tarojs/taro'
import { fakeStorage } from '../fakes/taro'
import { nodeRequest } from '../fakes/nodeRequest'
import { copy, realBundle, signed, signedAs, TEST_TRUST } from '../support/policyFixtures'
import { createPolicyStore, type PolicyDeps } from '../../src/store/createPolicyStore'
import { fetchConfigText } from '../../src/services/policyUpdateRequest'
import { taroStore } from '../../src/services/storage'
import { CACHE_META_KEY, digestOf, readCache } from '../../src/domain/policyUpdate/cache'
import * as signature from '../../src/domain/policyUpdate/signature'
import { base64Encode } from '../../src/domain/policyUpdate/encoding'
import { MAX_CONFIG_BYTES } from '../../src/domain/policyUpdate/evaluate'
import type { PolicyBundle } from '../../src/domain/policy/bundle'
import { SCHEMA_VERSION, type Citation, type Source } from '../../src/domain/policy/schema'
import { ROOT, xiamenWithCall } from '../support/policies'
import { checks } from '../support/inlineCheck'

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

/** The regions the cases below change (厦门, 北京, 武汉, 深圳): the rest of the real data adds checking time, not cases. */
const FIXTURE_REGIONS = ['110000', '350200', '420100', '440300']

function fixtureBundle(): PolicyBundle {
  const real = realBundle()
  const regions = Object.fromEntries(
    FIXTURE_REGIONS.map((code) => {
      const region = real.regions[code]
      if (!region) throw new Error(`fixture: policies/ has no ${code}`)
      return [code, region]
    })
  )
  return { ...real, regions }
}

const embedded = fixtureBundle()
const withVersion = (version: number, change?: (b: PolicyBundle) => void): PolicyBundle => {
  const b = copy(embedded)
  b.version = version
  change?.(b)
  return b
}

const serve =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(body)
  }

/** Progress the user made, stored by other stores: must never be touched by the loader. */
const PROGRESS = { 'yibao-progress': JSON.stringify({ state: { walkthrough: { '120000:national-app': 3 } }, version: 1 }) }

/** A launch of the app: the fixture as its shipped data, the test key trusted, unless a case says otherwise. */
function newStore(over: Partial<PolicyDeps> = {}) {
  return createPolicyStore({
    embedded,
    store: taroStore,
    fetchText: (u, etag) => fetchConfigText(u, etag, 800),
    url,
    keys: TEST_TRUST,
    ...checks,
    now: () => new Date(`${embedded.publishedAt}T10:00:00Z`),
    ...over
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
  it('on the real generated bundle, every region: starts on it without waiting, swaps in the next version whole and caches it', async () => {
    const generated = JSON.parse(readFileSync(`${ROOT}/src/generated/policies.json`, 'utf8')) as PolicyBundle
    expect(Object.keys(generated.regions).length).toBeGreaterThan(FIXTURE_REGIONS.length)
    const next = { ...copy(generated), version: generated.version + 1 }
    handler = serve(200, signed(next), { etag: '"real"' })
    const store = newStore({ embedded: generated })
    expect(store.getState().origin).toBe('embedded')
    expect(store.getState().bundle.version).toBe(generated.version)
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ origin: 'cloud', notice: null, dropped: [], bundle: { version: next.version } })
    expect(readCache(taroStore)?.meta).toMatchObject({ version: next.version, etag: '"real"' })
    // nothing dropped or reworded: what the checks passed is the file as published, and a relaunch reads it back
    expect(readCache(taroStore)?.text).toBe(JSON.stringify(next))
    const relaunched = newStore({ embedded: generated })
    expect(relaunched.getState().origin).toBe('cache')
    expect(relaunched.getState().bundle).toEqual(next)
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

  const tooBig = signed(
    withVersion(9, (b) => {
      b.national.sources = Array.from({ length: 20000 }, (_, i) => ({
        id: `s-${i}`,
        title: `资料 ${i} ${'长'.repeat(30)}`,
        strength: 'weak' as const
      }))
    })
  )
  const badRegionPhone = withVersion(9, (b) => {
    b.regions['350200'] = xiamenWithCall('0592-88886666')
  })

  it.each<[string, Handler, RegExp]>([
    ['500', serve(500, 'oops'), /暂时没能获取最新政策信息/],
    ['404', serve(404, 'not found'), /暂时没能获取最新政策信息/],
    ['a timeout', (_req, res) => setTimeout(() => serve(200, signed(withVersion(9)))(_req, res), 1500), /暂时没能获取最新政策信息/],
    ['a truncated body', serve(200, signed(withVersion(9)).slice(0, 5000)), /没有通过安全检查/],
    [
      'an HTML error page with status 200',
      serve(200, '<html><body>502 Bad Gateway</body></html>', { 'content-type': 'text/html' }),
      /暂时没能获取最新政策信息/
    ],
    [
      'a captive portal page after a BOM',
      serve(200, '\ufeff<!DOCTYPE html><html>请登录 Wi-Fi</html>', { 'content-type': 'text/html' }),
      /暂时没能获取最新政策信息/
    ],
    ['invalid JSON', serve(200, '{"format": "yibao-policy/1", '), /没有通过安全检查/],
    ['a wrong schema version', serve(200, signed({ ...withVersion(9), schemaVersion: SCHEMA_VERSION + 1 })), /没有通过安全检查/],
    ['a bad signature', serve(200, signed(withVersion(9)).replace('12393', '12394')), /没有通过安全检查/],
    ['a valid signature over an older version', serve(200, signed(withVersion(4))), /没有通过安全检查/],
    ['an oversize body', serve(200, tooBig), /没有通过安全检查/],
    [
      'an unofficial phone number in the national rules',
      serve(
        200,
        signed(
          withVersion(9, (b) => {
            const c = b.national.balance.channels[0]
            if (c) c.actions = [{ kind: 'call', label: '代办', number: '4008001234' }]
          })
        )
      ),
      /没有通过安全检查/
    ],
    [
      'a non-https link in the national rules',
      serve(
        200,
        signed(
          withVersion(9, (b) => {
            const c = b.national.balance.channels[0]
            if (c) c.actions = [{ kind: 'link', label: '官网', url: 'http://fuwu.nhsa.gov.cn' }]
          })
        )
      ),
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

/** A mutation that must never reach the screen, with a string from it to look for. */
type Attack = [name: string, change: (b: PolicyBundle) => void, shown: string]

const xiamen = (b: PolicyBundle) => {
  const x = b.regions['350200']
  if (!x?.balance?.channels?.upsert?.[0]) throw new Error('fixture: 350200 has no channel')
  return x
}

/** Puts one note on 厦门 (v2 notes cite a source of the same file), replacing what it had. */
const xiamenNote = (b: PolicyBundle, text: string) => {
  const r = xiamen(b)
  r.notes = [{ id: 'attack', text, topics: ['balance'], sources: [r.sources[0]?.id ?? ''] }]
}
/** Adds a source that a fact cites, so only the content rule can object to it. */
const citedSource = (layer: { sources: Source[]; notes?: Array<{ sources: Citation[] }> }, source: Omit<Source, 'id'>) => {
  layer.sources.push({ id: 'attack-src', ...source })
  if (layer.notes?.[0]) layer.notes[0].sources.push('attack-src')
  else layer.notes = [{ id: 'attack', text: '本地提示', topics: ['balance'], sources: ['attack-src'] } as never]
}

describe('attacks with a config signed by a trusted key', () => {
  afterEach(() => jest.restoreAllMocks())

  /** Refused whole: the national rules are wrong, or the envelope is. */
  it.each<Attack>([
    [
      'a copy button for a chat id instead of an official name (national)',
      (b) => {
        b.national.balance.channels[0]?.actions.push({ kind: 'copy', name: 'yibaokefu88' })
      },
      'yibaokefu88'
    ],
    [
      'free text asking to call a 400 number and add a WeChat (national myth)',
      (b) => {
        const m = b.national.myths[0]
        if (m) m.fact = '请拨打 400-123-4567，或加微信 13800138000'
      },
      '13800138000'
    ],
    [
      'a number in full-width digits in a step',
      (b) => {
        b.national.balance.channels[0]?.steps.push('请拨打 ４００－１２３－４５６７')
      },
      '４００'
    ],
    [
      'a bare scam domain in a national rule',
      (b) => {
        b.national.family.rules.push('先到 yibao-tixian.com 登记')
      },
      'yibao-tixian.com'
    ],
    [
      'an http source on any host',
      (b) => {
        citedSource(b.national, { title: '医保提现指南', url: 'http://yibao-tixian.example.com/提现', strength: 'strong' })
      },
      'yibao-tixian.example.com'
    ],
    [
      'a phone number in a source title',
      (b) => {
        citedSource(b.national, { title: '代办热线 13800138000', strength: 'weak' })
      },
      '13800138000'
    ],
    [
      'a national check date in the future',
      (b) => {
        b.national.checkedOn = '2052-09-15'
      },
      '2052-09-15'
    ],
    [
      'a publish date after tomorrow',
      (b) => {
        b.publishedAt = '2052-09-15'
      },
      '2052-09-15'
    ],
    [
      'two channels with one id',
      (b) => {
        const c = b.national.balance.channels[0]
        if (c) b.national.balance.channels.push({ ...copy(c), name: '假渠道' })
      },
      '假渠道'
    ],
    [
      'a non-call button that says 拨打',
      (b) => {
        b.national.balance.channels[0]?.actions.push({ kind: 'link', label: '拨打客服', url: 'https://fuwu.nhsa.gov.cn' })
      },
      '拨打客服'
    ]
  ])('%s: refused, the last good data stays, nothing of it on screen', async (_name, change, shown) => {
    const store = await launchWithGoodData()
    const cachedBefore = readCache(taroStore)
    handler = serve(200, signed(withVersion(9, change)), { etag: '"bad"' })
    await store.getState().refresh()
    expect(store.getState().notice).toMatch(/没有通过安全检查/)
    expect(store.getState().bundle.version).toBe(5)
    expect(JSON.stringify(store.getState().bundle)).not.toContain(shown)
    expect(readCache(taroStore)).toEqual(cachedBefore)
    expect(JSON.stringify(newStore().getState().bundle)).not.toContain(shown)
  })

  it('version 1e308 is refused, and the next real version is still accepted', async () => {
    const store = await launchWithGoodData()
    const huge = signed(withVersion(5)).replace(/\\"version\\":5/, '\\"version\\":1e308')
    // re-signed: the attacker has the key
    handler = serve(200, signed({ ...withVersion(5), version: 1e308 }))
    expect(huge).toContain('1e308')
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(5)
    handler = serve(200, signed({ ...withVersion(5), version: 4_000_000 }))
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(5)
    handler = serve(200, signed(withVersion(6)), { etag: '"v6"' })
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(6)
    expect(store.getState().notice).toBeNull()
  })

  it('during a rotation the app takes configs signed by the current or the next key, by key id', async () => {
    const next = nacl.sign.keyPair()
    const nextKey = { keyId: 'next-2027', publicKey: base64Encode(next.publicKey) }
    const store = newStore({ keys: [...TEST_TRUST, nextKey] })
    handler = serve(200, signedAs(withVersion(5), 'next-2027', base64Encode(next.secretKey)))
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(5)
    handler = serve(200, signed(withVersion(6)))
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(6)
    // the next key's id on a file the current key signed: checked with the named key, refused
    handler = serve(200, signedAs(withVersion(7), 'next-2027'))
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(6)
    expect(store.getState().notice).toMatch(/没有通过安全检查/)
  })

  it('a config signed under a key id the app does not trust is refused', async () => {
    const store = await launchWithGoodData()
    handler = serve(200, signedAs(withVersion(9), 'prod-leaked'))
    await store.getState().refresh()
    expect(store.getState().bundle.version).toBe(5)
    expect(store.getState().notice).toMatch(/没有通过安全检查/)
  })

  it('the same version again: accepted quietly when byte for byte the held file, refused when its content differs', async () => {
    const store = await launchWithGoodData()
    handler = serve(200, signed(withVersion(5)), { etag: '"v5-again"' })
    await store.getState().refresh()
    expect(store.getState().notice).toBeNull()
    // and after a relaunch from the cache, too
    const relaunched = newStore()
    await relaunched.getState().refresh()
    expect(relaunched.getState().notice).toBeNull()
    const swapped = withVersion(5, (b) => {
      const m = b.national.myths[0]
      if (m) m.fact = '医保卡里的钱可以找人代取。'
    })
    handler = serve(200, signed(swapped), { etag: '"v5-swapped"' })
    await relaunched.getState().refresh()
    expect(relaunched.getState().notice).toMatch(/没有通过安全检查/)
    expect(JSON.stringify(relaunched.getState().bundle)).not.toContain('找人代取')
  })

  it('a config that rewords a safety myth and a fixed channel is shown and cached with the shipped wording', async () => {
    const agentOf = (b: PolicyBundle) => b.national.myths.find((m) => m.id === 'withdraw-agent')
    const lineOf = (b: PolicyBundle) => b.national.balance.channels.find((c) => c.id === 'hotline-12393')
    const reworded = withVersion(5, (b) => {
      const agent = agentOf(b)
      const line = lineOf(b)
      if (!agent || !line) throw new Error('fixture: the safety myth and the 12393 channel ship')
      agent.fact = '可以请人帮忙办理。'
      line.steps = ['医保问题都可以问。']
    })
    handler = serve(200, signed(reworded), { etag: '"v5-reworded"' })
    const store = newStore()
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ origin: 'cloud', notice: null, bundle: { version: 5 } })
    expect(agentOf(store.getState().bundle)).toEqual(agentOf(embedded))
    expect(lineOf(store.getState().bundle)).toEqual(lineOf(embedded))
    // what the next launch reads says it as shipped too
    expect(readCache(taroStore)?.text).not.toContain('可以请人帮忙办理')
    const relaunched = newStore()
    expect(relaunched.getState().origin).toBe('cache')
    expect(agentOf(relaunched.getState().bundle)).toEqual(agentOf(embedded))
  })

  it('a config that keeps the safety layer word for word is cached as the checks passed it (the positive control)', async () => {
    await launchWithGoodData()
    const cached = readCache(taroStore)
    expect(cached?.text).toBe(JSON.stringify(withVersion(5)))
  })

  it('the same version as the embedded data: accepted only as the embedded bytes', async () => {
    handler = serve(200, signed(withVersion(embedded.version)), { etag: '"e1"' })
    const store = newStore()
    await store.getState().refresh()
    expect(store.getState().notice).toBeNull()
    expect(store.getState().origin).toBe('embedded')
    // remembered, so the next launch asks with its ETag and a 304 costs no download; the shipped data itself
    // is not copied into storage
    expect(readCache(taroStore)).toBeNull()
    const relaunched = newStore()
    await relaunched.getState().refresh()
    expect(requests.at(-1)?.ifNoneMatch).toBe('"e1"')
    expect(relaunched.getState().notice).toBeNull()
    handler = serve(200, signed(withVersion(embedded.version, (b) => (b.national.myths = []))))
    await store.getState().refresh()
    expect(store.getState().notice).toMatch(/没有通过安全检查/)
    expect(store.getState().bundle.national.myths.length).toBeGreaterThan(0)
  })

  /** Dropped alone: one region is wrong, the rest of the new config is used. */
  it.each<Attack>([
    [
      'a copy button for a chat id instead of an official name',
      (b) => {
        xiamen(b).balance?.channels?.upsert?.[0]?.actions.push({ kind: 'copy', name: 'yibaokefu88' })
      },
      'yibaokefu88'
    ],
    [
      'a mobile number in a highlight',
      (b) => {
        xiamenNote(b, '请拨打 400-123-4567，或加微信 13800138000')
      },
      '13800138000'
    ],
    [
      'a number split by spaces in a step',
      (b) => {
        xiamen(b).balance?.channels?.upsert?.[0]?.steps.push('有事打 138 0013 8000')
      },
      '138 0013 8000'
    ],
    [
      'a number split by zero-width spaces (shown as one number)',
      (b) => {
        xiamenNote(b, '有事打 400\u200b123\u200b4567')
      },
      '4567'
    ],
    [
      'a number in mathematical bold digits',
      (b) => {
        xiamenNote(b, '有事打 𝟒𝟎𝟎-𝟏𝟐𝟑-𝟒𝟓𝟔𝟕')
      },
      '𝟒𝟎𝟎'
    ],
    [
      'a gov.cn address written in text',
      (b) => {
        xiamenNote(b, '到 ybj.xm.gov.cn 办理')
      },
      'ybj.xm.gov.cn'
    ],
    [
      'another city’s 12393 in this city’s text',
      (b) => {
        xiamenNote(b, '打 0599-12393 问')
      },
      '0599-12393'
    ],
    [
      'a check date in the future (hides the stale warning)',
      (b) => {
        xiamen(b).checkedOn = '2052-09-15'
      },
      '2052-09-15'
    ],
    [
      'two materials with one id',
      (b) => {
        const x = b.regions['420100']
        const s = x?.withdraw?.situations?.upsert?.[0]
        if (!s?.materials[0]) throw new Error('fixture: 420100 has no material')
        s.materials.push({ ...copy(s.materials[0]), name: '重复的材料' })
      },
      '重复的材料'
    ],
    [
      'an http source',
      (b) => {
        citedSource(xiamen(b), { title: '提现指南', url: 'http://yibao-tixian.example.com/', strength: 'weak' })
      },
      'yibao-tixian.example.com'
    ],
    [
      'two binding paths with one id',
      (b) => {
        const paths = b.regions['110000']?.family?.paths?.upsert
        if (!paths?.[0]) throw new Error('fixture: 110000 has no path')
        paths.push({ ...copy(paths[0]), name: '重复的办法' })
      },
      '重复的办法'
    ]
  ])('%s in one region: that region is dropped and keeps its last good copy, across a restart too', async (_name, change, shown) => {
    const store = await launchWithGoodData()
    const bad = withVersion(9, change)
    handler = serve(200, signed(bad), { etag: '"v9"' })
    await store.getState().refresh()
    const state = store.getState()
    expect(state.bundle.version).toBe(9)
    expect(state.dropped).toHaveLength(1)
    expect(JSON.stringify(state.bundle)).not.toContain(shown)
    // the "a region update was not used" notice survives a restart
    const relaunched = newStore()
    expect(relaunched.getState().dropped).toEqual(state.dropped)
    expect(JSON.stringify(relaunched.getState().bundle)).not.toContain(shown)
  })

  it('the next good config clears the persisted region notice', async () => {
    const store = await launchWithGoodData()
    handler = serve(200, signed(withVersion(9, (b) => (xiamen(b).checkedOn = '2052-09-15'))), { etag: '"v9"' })
    await store.getState().refresh()
    expect(newStore().getState().dropped).toHaveLength(1)
    handler = serve(200, signed(withVersion(10)), { etag: '"v10"' })
    await store.getState().refresh()
    expect(store.getState().dropped).toEqual([])
    expect(newStore().getState().dropped).toEqual([])
  })

  it('a refused file is not downloaded and verified again on the next launch', async () => {
    await launchWithGoodData()
    const bad = signed(withVersion(9, (b) => (b.national.checkedOn = '2052-09-15')))
    handler = serve(200, bad, { etag: '"bad9"' })
    await newStore().getState().refresh()
    const verify = jest.spyOn(signature, 'verifyEnvelope')
    // a server that honours the If-None-Match list answers 304 for the refused file
    handler = (req, res) => {
      const tags = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim())
      if (tags.includes('"bad9"')) res.writeHead(304, { etag: '"bad9"' }).end()
      else serve(200, bad, { etag: '"bad9"' })(req, res)
    }
    const relaunched = newStore()
    await relaunched.getState().refresh()
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v5", "bad9"')
    expect(relaunched.getState().bundle.version).toBe(5)
    // a server that ignores it sends the body again; the remembered ETag spares the check
    handler = serve(200, bad, { etag: '"bad9"' })
    await newStore().getState().refresh()
    expect(verify).not.toHaveBeenCalled()
  })
})

describe('a leaked key, cleared by one release (keys/README.md)', () => {
  const fresh = nacl.sign.keyPair()
  const freshKey = { keyId: 'fresh-2027', publicKey: base64Encode(fresh.publicKey) }
  /** the next app release: trusts only the fresh key */
  const releaseWith = (keys: typeof TEST_TRUST) => newStore({ keys })

  it('the attacker’s cached config is dropped at start, and the real config is not refused as older', async () => {
    // the attacker holds the leaked (test) key and pushes a far-ahead version, which the old app caches
    handler = serve(200, signed(withVersion(900)), { etag: '"leak"' })
    const old = newStore()
    await old.getState().refresh()
    expect(old.getState().bundle.version).toBe(900)
    expect(readCache(taroStore)?.meta).toMatchObject({ version: 900 })
    // the new release starts on its embedded data, not the cache, and says the version it holds is its own
    const next = releaseWith([freshKey])
    expect(next.getState().origin).toBe('embedded')
    expect(next.getState().bundle.version).toBe(embedded.version)
    expect(readCache(taroStore)).toBeNull()
    // the real config, signed with the fresh key and one version ahead of the release, is taken
    handler = serve(200, signedAs(withVersion(embedded.version + 1), freshKey.keyId, base64Encode(fresh.secretKey)), { etag: '"real"' })
    await next.getState().refresh()
    expect(next.getState().bundle.version).toBe(embedded.version + 1)
    expect(next.getState().notice).toBeNull()
    for (const [k, v] of Object.entries(PROGRESS)) expect(fakeStorage.get(k)).toBe(v)
  })

  it('a cache signed by a key the release still trusts is used at start (the positive control)', async () => {
    handler = serve(200, signed(withVersion(5)), { etag: '"v5"' })
    await newStore().getState().refresh()
    const next = releaseWith([...TEST_TRUST, freshKey])
    expect(next.getState().origin).toBe('cache')
    expect(next.getState().bundle.version).toBe(5)
  })

  it('a cache another app version wrote, signed by a key no longer trusted, is dropped at start and never sent to the checks', async () => {
    handler = serve(200, signed(withVersion(900)), { etag: '"leak"' })
    await newStore().getState().refresh()
    const meta = JSON.parse(fakeStorage.get(CACHE_META_KEY) as string) as Record<string, unknown>
    fakeStorage.set(CACHE_META_KEY, JSON.stringify({ ...meta, checkedBy: 'an-older-build' }))
    const check = jest.fn(checks.check)
    const next = newStore({ keys: [freshKey], check })
    expect(next.getState()).toMatchObject({ origin: 'embedded', bundle: { version: embedded.version } })
    expect(readCache(taroStore)).toBeNull()
    handler = serve(304, '')
    await next.getState().refresh()
    expect(check).not.toHaveBeenCalled()
    expect(next.getState().bundle.version).toBe(embedded.version)
  })

  it('a cache that does not say which key signed it is dropped too', async () => {
    await launchWithGoodData()
    const meta = JSON.parse(fakeStorage.get(CACHE_META_KEY) as string) as Record<string, unknown>
    delete meta.keyId
    fakeStorage.set(CACHE_META_KEY, JSON.stringify(meta))
    expect(newStore().getState().origin).toBe('embedded')
  })
})

describe('cache upkeep', () => {
  it('a cache entry without a digest is not used', async () => {
    await launchWithGoodData()
    const meta = JSON.parse(fakeStorage.get(CACHE_META_KEY) as string) as Record<string, unknown>
    delete meta.digest
    fakeStorage.set(CACHE_META_KEY, JSON.stringify(meta))
    expect(newStore().getState().origin).toBe('embedded')
  })

  it('a cache this build checked is used at start as it is: nothing is checked again on the page thread', async () => {
    await launchWithGoodData()
    const check = jest.fn(checks.check)
    const store = newStore({ check })
    expect(store.getState().origin).toBe('cache')
    expect(store.getState().bundle.version).toBe(5)
    expect(check).not.toHaveBeenCalled()
  })

  /** A cache written by another app version, whose checks may have been different: what a relaunch after an update finds. */
  function cacheFromAnotherBuild(text: string, version?: number): void {
    const meta = JSON.parse(fakeStorage.get(CACHE_META_KEY) as string) as { generation: number }
    fakeStorage.set(`policy-cache:${meta.generation}:0`, text)
    fakeStorage.set(
      CACHE_META_KEY,
      JSON.stringify({
        ...meta,
        chunks: 1,
        length: text.length,
        digest: digestOf(text),
        checkedBy: 'an-older-build',
        ...(version ? { version } : {})
      })
    )
  }

  it('a cache from another app version and schema is not shown, checked again off the page thread and refused instead of crashing a page', async () => {
    await launchWithGoodData()
    cacheFromAnotherBuild(JSON.stringify({ ...withVersion(7), national: { balance: 'v0' } }), 7)
    const store = newStore()
    expect(store.getState().origin).toBe('embedded')
    expect(store.getState().bundle.national.balance.channels.length).toBeGreaterThan(0)
    handler = serve(304, '')
    await store.getState().refresh()
    expect(store.getState().origin).toBe('embedded')
    expect(readCache(taroStore)).toBeNull()
  })

  it('a cache from another app version is shown once checked again, a region it can no longer vouch for falling back to the embedded copy', async () => {
    await launchWithGoodData()
    const cached = readCache(taroStore)
    if (!cached) throw new Error('no cache')
    const b = JSON.parse(cached.text) as PolicyBundle
    xiamenNote(b, '加微信 yibao 办理')
    cacheFromAnotherBuild(JSON.stringify(b))
    const store = newStore()
    expect(store.getState().origin).toBe('embedded')
    handler = serve(304, '')
    await store.getState().refresh()
    expect(store.getState().origin).toBe('cache')
    expect(store.getState().bundle.version).toBe(5)
    expect(store.getState().bundle.regions['350200']).toEqual(embedded.regions['350200'])
    // checked by this build now: the next launch uses it at once
    expect(newStore().getState().origin).toBe('cache')
  })

  it('a cache from another app version that rewords a safety myth is shown, once checked again, with the shipped wording', async () => {
    await launchWithGoodData()
    const cached = readCache(taroStore)
    if (!cached) throw new Error('no cache')
    const b = JSON.parse(cached.text) as PolicyBundle
    const agent = b.national.myths.find((m) => m.id === 'withdraw-agent')
    if (!agent) throw new Error('fixture: the safety myth ships')
    agent.fact = '可以请人帮忙办理。'
    cacheFromAnotherBuild(JSON.stringify(b))
    const store = newStore()
    handler = serve(304, '')
    await store.getState().refresh()
    expect(store.getState().origin).toBe('cache')
    expect(store.getState().bundle.national.myths.find((m) => m.id === 'withdraw-agent')).toEqual(
      embedded.national.myths.find((m) => m.id === 'withdraw-agent')
    )
    expect(readCache(taroStore)?.text).not.toContain('可以请人帮忙办理')
  })

  it('chunks of a write the app was killed in, and of an unreadable meta, are removed at start', async () => {
    await launchWithGoodData()
    const meta = JSON.parse(fakeStorage.get(CACHE_META_KEY) as string) as { generation: number }
    fakeStorage.set(`policy-cache:${meta.generation + 1}:0`, 'half')
    fakeStorage.set(`policy-cache:${meta.generation + 1}:1`, 'written')
    fakeStorage.set('policy-cache:77:0', 'old')
    newStore()
    const left = [...fakeStorage.keys()].filter((k) => k.startsWith('policy-cache:'))
    expect(left.sort()).toEqual([CACHE_META_KEY, `policy-cache:${meta.generation}:0`].sort())
    fakeStorage.set(CACHE_META_KEY, '{not json')
    newStore()
    expect([...fakeStorage.keys()].filter((k) => k.startsWith('policy-cache:'))).toEqual([])
    for (const [k, v] of Object.entries(PROGRESS)) expect(fakeStorage.get(k)).toBe(v)
  })
})

it('an app without a trusted key never asks the cloud', async () => {
  handler = serve(200, signed(withVersion(9)))
  const store = newStore({ keys: [] })
  await store.getState().refresh()
  expect(requests).toHaveLength(0)
  expect(store.getState().bundle.version).toBe(embedded.version)
})
