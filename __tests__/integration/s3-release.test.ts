/**
 * @jest-environment node
 *
 * Publish, diff and rollback against a real S3-compatible server (s3rver) on
 * 127.0.0.1, with a proxy in front that can cut an upload or change a download;
 * and the app's own refresh code pointed at the served live object.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Taro from '@tarojs/taro'
import { nodeRequest } from '../fakes/nodeRequest'
import { copy, realBundle, TEST_PUBLIC_KEY, TEST_TRUST } from '../support/policyFixtures'
import { startLocalS3, type LocalS3 } from '../support/s3server'
import { archiveKey, LIVE_KEY, publishBundle, readPublished, rollbackTo, type BundleJson, type Signer } from '../../scripts/policy-release/release'
import { s3Store, type ObjectStore } from '../../scripts/policy-release/store'
import { signPayload, verifyEnvelope } from '../../src/domain/policyUpdate/signature'
import { evaluateConfigText } from '../../src/domain/policyUpdate/evaluate'
import { createPolicyStore } from '../../src/store/createPolicyStore'
import { fetchConfigText } from '../../src/services/policyUpdateRequest'
import { taroStore } from '../../src/services/storage'
import { regionList } from '../../src/domain/region/fullList'
import { checks } from '../support/inlineCheck'

const { areaCodesOf, isKnownRegion } = regionList

const pair = JSON.parse(readFileSync(join(__dirname, '..', '..', 'keys', 'test-keypair.json'), 'utf8')) as Signer & { publicKey: string }
const signer: Signer = { secretKey: pair.secretKey, keyId: pair.keyId }
const facts = { areaCodesOf, isKnownRegion }
const TODAY = '2026-12-07'
// A test publishes, reads back and re-checks the real bundle (about 220 KB, signed in pure JS) several times
// against a local S3 server: on a 2-core machine shared with other runs that passes jest's 5 s default.
jest.setTimeout(30_000)

let s3: LocalS3
const stores: ObjectStore[] = []
beforeAll(async () => {
  s3 = await startLocalS3()
})
afterAll(async () => {
  for (const s of stores) s.close()
  await s3.stop()
})
beforeEach(() => {
  s3.fault = 'none'
  s3.log.length = 0
})

const embedded = realBundle()
/** The real policies/ content at a version, with an optional change to a national channel's name. */
function version(v: number, channelName?: string): BundleJson {
  const b = copy(embedded) as unknown as BundleJson & { national: { balance: { channels: Array<{ name: string }> } } }
  b.version = v
  const first = b.national.balance.channels[0]
  if (channelName && first) first.name = channelName
  return b
}
/** A version where 北京's first binding path also offers its own 010-12393 line (a number change). */
function withNumberChange(v: number): BundleJson {
  const b = version(v) as unknown as { regions: Record<string, { family?: { paths?: { upsert?: Array<{ actions: unknown[] }> } } }> }
  const path = b.regions['110000']?.family?.paths?.upsert?.[0]
  if (!path) throw new Error('fixture: 110000 has no binding path')
  path.actions.push({ kind: 'call', label: '拨打北京医保热线', number: '010-12393' })
  return b as unknown as BundleJson
}

async function bucket(): Promise<{ name: string; store: ObjectStore }> {
  const name = await s3.newBucket()
  const store = s3.store(name)
  stores.push(store)
  return { name, store }
}
const opts = { signer, today: TODAY }
/** A first publish brings every number and link, so it needs --yes like any number change. */
const first = (store: ObjectStore, b: BundleJson) => publishBundle(store, b, { ...opts, yes: true })
const liveVersion = async (store: ObjectStore) => {
  const live = await store.get(LIVE_KEY)
  return live ? readPublished(live.text, LIVE_KEY).bundle.version : null
}

describe('publishing to object storage', () => {
  it('writes the archive first, then the live object with JSON + no-cache headers, and a phone accepts what is served', async () => {
    const { name, store } = await bucket()
    await expect(publishBundle(store, version(2), opts)).rejects.toThrow(/--yes/)
    expect(await store.list('')).toEqual([])
    const result = await first(store, version(2))
    expect(result).toMatchObject({ version: 2, previousVersion: null, archiveReused: false })

    const puts = s3.log.filter((l) => l.method === 'PUT').map((l) => l.path.split('?')[0])
    expect(puts).toEqual([`/${name}/${archiveKey(2)}`, `/${name}/${LIVE_KEY}`])
    expect((await store.get(archiveKey(2)))?.text).toBe((await store.get(LIVE_KEY))?.text)

    // what a phone downloads, anonymously, from the server itself
    const res = await fetch(s3.objectUrl(name, LIVE_KEY))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const served = evaluateConfigText(await res.text(), { keys: TEST_TRUST, facts, heldVersion: 1, now: new Date(`${TODAY}T10:00:00Z`) })
    expect(served.ok && !served.same && served.bundle.version).toBe(2)
  })

  it.each([
    ['the same version', 3],
    ['a lower version', 2]
  ])('refuses %s as the live one, writing nothing', async (_name, v) => {
    const { store } = await bucket()
    await first(store, version(3))
    const before = await store.get(LIVE_KEY)
    const archives = await store.list('archive/')
    await expect(publishBundle(store, version(v, 'changed'), opts)).rejects.toThrow(/not above the live version 3/)
    expect((await store.get(LIVE_KEY))?.text).toBe(before?.text)
    expect(await store.list('archive/')).toEqual(archives)
  })

  it('refuses a version that jumps more than 1000 (phones would refuse it)', async () => {
    const { store } = await bucket()
    await first(store, version(3))
    await expect(publishBundle(store, version(1004), opts)).rejects.toThrow(/jumps more than 1000/)
    expect(await liveVersion(store)).toBe(3)
  })

  it('asks for --yes when a phone number changes, and writes nothing until then; a text change needs none', async () => {
    const { store } = await bucket()
    await first(store, version(2))
    let seen = ''
    await expect(
      publishBundle(store, withNumberChange(3), {
        ...opts,
        onDiff: (d) => (seen = JSON.stringify(d.scopes.map((s) => s.changes.map((c) => c.category))))
      })
    ).rejects.toThrow(/--yes/)
    expect(seen).toContain('number')
    expect(await store.list('archive/')).toEqual([archiveKey(2)])
    expect(await liveVersion(store)).toBe(2)

    await publishBundle(store, withNumberChange(3), { ...opts, yes: true })
    expect(await liveVersion(store)).toBe(3)
    await expect(publishBundle(store, version(4, '改个名字'), opts)).rejects.toThrow(/--yes/) // the line taken away again is a change too
    await publishBundle(store, version(4, '改个名字'), { ...opts, yes: true })
    const r = await publishBundle(store, version(5, '再改个名字'), opts)
    expect(r.diff.needsConfirmation).toBe(false)
  })

  it('a failed upload halfway leaves the live object untouched; the same command again finishes the publish', async () => {
    const { store } = await bucket()
    await first(store, version(2))
    const before = await store.get(LIVE_KEY)

    s3.fault = 'cut-live-upload'
    await expect(publishBundle(store, version(3, '新名字'), opts)).rejects.toThrow(/was not replaced \(phones keep version 2\)/)
    expect(s3.log.some((l) => l.cut && l.bytes > 0)).toBe(true)
    expect((await store.get(LIVE_KEY))?.text).toBe(before?.text)
    expect(await store.list('archive/')).toEqual([archiveKey(2), archiveKey(3)])

    s3.fault = 'none'
    const retry = await publishBundle(store, version(3, '新名字'), opts)
    expect(retry.archiveReused).toBe(true)
    expect(await liveVersion(store)).toBe(3)
  })

  it('refuses to reuse a version number for other content', async () => {
    const { store } = await bucket()
    await first(store, version(2))
    s3.fault = 'cut-live-upload'
    await expect(publishBundle(store, version(3, '甲'), opts)).rejects.toThrow(/not replaced/)
    s3.fault = 'none'
    await expect(publishBundle(store, version(3, '乙'), opts)).rejects.toThrow(/already exists with other content/)
    expect(await liveVersion(store)).toBe(2)
  })

  it('fails loudly when the live object read back is not what was uploaded', async () => {
    const { store } = await bucket()
    s3.fault = 'change-live-download'
    await expect(first(store, version(2))).rejects.toThrow(/VERIFY FAILED.*sha256.*signature does not verify/)
  })

  // s3rver checks the access key id but not SigV4 signatures, so a wrong secret cannot be shown against it;
  // describeStoreError's test below covers the answer real services give (SignatureDoesNotMatch).
  it('wrong credentials: a clear message, nothing written', async () => {
    const { name, store } = await bucket()
    const bad = s3Store(s3.config(name, 'proxy', { accessKeyId: 'NOT-A-KEY', secretAccessKey: 'wrong' }))
    stores.push(bad)
    await expect(publishBundle(bad, version(2), { ...opts, yes: true })).rejects.toThrow(
      /reading policies-\d+\/policies\.json failed — the storage refused the credentials \(InvalidAccessKeyId\): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/
    )
    expect(s3.log.filter((l) => l.method === 'PUT')).toEqual([])
    expect(await store.list('')).toEqual([])
  })

  it('refuses a signing key that is not the app public key', async () => {
    const { store } = await bucket()
    await expect(
      publishBundle(store, version(2), { ...opts, yes: true, appPublicKey: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' })
    ).rejects.toThrow(/does not match the app public key/)
    expect(await store.list('')).toEqual([])
  })
})

describe('rollback', () => {
  it('republishes an archived version as live + 1, dated today, signed anew; the archive keeps everything', async () => {
    const { store } = await bucket()
    const good = version(2, '好的版本')
    await first(store, good)
    await publishBundle(store, withNumberChange(3), { ...opts, yes: true })

    const r = await rollbackTo(store, 2, { ...opts, facts })
    expect(r).toMatchObject({ version: 4, previousVersion: 3 })
    // the diff shown is the way back: 北京's added line goes
    const beijing = r.diff.scopes.find((s) => s.scope === '110000')?.changes.find((c) => c.category === 'number')
    expect(beijing?.added.map((f) => f.text)).toEqual([])
    expect(beijing?.removed.map((f) => f.text)).toEqual(['010-12393'])

    const live = readPublished((await store.get(LIVE_KEY))?.text ?? '', LIVE_KEY)
    expect(live.envelope.keyId).toBe(signer.keyId)
    expect(verifyEnvelope(live.envelope, TEST_PUBLIC_KEY)).toBe(true)
    expect(live.bundle).toEqual({ ...good, version: 4, publishedAt: TODAY })
    expect(await store.list('archive/')).toEqual([archiveKey(2), archiveKey(3), archiveKey(4)])
  })

  it.each<[string, number, RegExp]>([
    ['the live version itself', 3, /not older than the live version 3/],
    ['a version never published', 1, /archive\/policies-v1\.json does not exist; archived versions: 2, 3/]
  ])('refuses %s', async (_name, to, message) => {
    const { store } = await bucket()
    await first(store, version(2))
    await publishBundle(store, version(3, '新'), opts)
    await expect(rollbackTo(store, to, { ...opts, facts })).rejects.toThrow(message)
    expect(await liveVersion(store)).toBe(3)
  })

  it("refuses an archived version that today's app would refuse (e.g. an older schema)", async () => {
    const { store } = await bucket()
    const old = { ...version(2), schemaVersion: 0 }
    await store.put(archiveKey(2), JSON.stringify(signPayload(JSON.stringify(old), signer.secretKey, signer.keyId)), {
      contentType: 'application/json',
      cacheControl: 'no-cache'
    })
    await first(store, version(3))
    await expect(rollbackTo(store, 2, { ...opts, facts })).rejects.toThrow(/would be refused by the current app \(schema-version\)/)
    expect(await liveVersion(store)).toBe(3)
  })
})

describe('an app build pointed at the served live object', () => {
  beforeEach(() => {
    jest.mocked(Taro.request).mockImplementation(nodeRequest as never)
  })

  it('picks up each published version and the rollback, and a relaunch starts from it', async () => {
    const { name, store } = await bucket()
    const url = s3.objectUrl(name, LIVE_KEY)
    const phone = () =>
      createPolicyStore({
        // a phone whose app shipped version 1 of the data, so the versions published here are news to it
        embedded: { ...embedded, version: 1 },
        store: taroStore,
        fetchText: (u, etag) => fetchConfigText(u, etag, 2000),
        url,
        keys: TEST_TRUST,
        ...checks,
        now: () => new Date(`${TODAY}T10:00:00Z`)
      })
    const app = phone()
    const held = () => ({
      version: app.getState().bundle.version,
      name: app.getState().bundle.national.balance.channels[0]?.name,
      notice: app.getState().notice
    })

    await first(store, version(2, '版本二'))
    await app.getState().refresh()
    expect(held()).toEqual({ version: 2, name: '版本二', notice: null })

    // nothing new: the server answers 304 to the app's If-None-Match and nothing changes
    await app.getState().refresh()
    expect(held()).toEqual({ version: 2, name: '版本二', notice: null })

    await publishBundle(store, version(3, '版本三（有错）'), opts)
    await app.getState().refresh()
    expect(held()).toEqual({ version: 3, name: '版本三（有错）', notice: null })

    await rollbackTo(store, 2, { ...opts, facts })
    await app.getState().refresh()
    expect(held()).toEqual({ version: 4, name: '版本二', notice: null })
    expect(app.getState().origin).toBe('cloud')
    expect(app.getState().bundle.regions).toEqual(embedded.regions)

    // the phone relaunches: it starts on the rolled-back version from its cache
    const relaunched = phone()
    expect(relaunched.getState().origin).toBe('cache')
    expect(relaunched.getState().bundle.version).toBe(4)
  })
})
