/**
 * The config checks run in WeChat's worker thread, on a build that fetches a cloud config (npm run
 * build:weapp:cloud-test: dist/weapp-cloud, the test key). The page thread downloads (WeChat offers workers
 * no wx.request) and hands the body over; the worker package is downloaded only when a body needs checking,
 * the worker is an experimental one, and one the system reclaims mid-check is created again.
 */
import { join } from 'node:path'
import { realBundle, signed } from '../support/policyFixtures'
import type { PolicyBundle } from '../../src/domain/policy/bundle'
import { createWeapp, type RequestHandler, type Weapp } from './harness'

const CLOUD_BUILD = process.env.WEAPP_CLOUD_DIR ?? join(__dirname, '..', '..', 'dist', 'weapp-cloud')
const FAMILY = '/pages/family/index?region=350200'

/** The shipped data one version on, with a change a reader can see on the family page. */
function newer(): PolicyBundle {
  const b = realBundle()
  b.version += 1
  const counter = b.national.family.paths.find((p) => p.id === 'counter')
  if (!counter) throw new Error('fixture: no counter path')
  counter.name = '医保服务窗口（云端新版）'
  return b
}

const live = new Set<Weapp>()
afterEach(() => {
  for (const w of live) w.destroy()
  live.clear()
})

async function open(handler: RequestHandler): Promise<Weapp> {
  const weapp = createWeapp({ dir: CLOUD_BUILD, requestHandler: handler })
  live.add(weapp)
  await weapp.open(FAMILY, { scene: 1007 })
  return weapp
}

const serving =
  (body: string): RequestHandler =>
  () => ({ statusCode: 200, header: { etag: '"v-next"' }, data: body })

test('a new config is checked in the worker and only then shown', async () => {
  const weapp = await open(serving(signed(newer())))
  expect(weapp.wx.argsOf('request')[0]?.url).toBe('https://config.yibao.test/policies.json')
  // the worker package first, then an experimental worker (JIT-fast on iOS)
  expect(weapp.wx.of('preDownloadSubpackage').map((c) => c.outcome)).toEqual(['ok'])
  expect(weapp.wx.argsOf('preDownloadSubpackage')[0]).toMatchObject({ packageType: 'workers' })
  expect(weapp.wx.of('createWorker')[0]?.args).toEqual(['workers/policy/index.js', { useExperimentalWorker: true }])
  expect(weapp.worker.stats).toMatchObject({ created: 1, toWorker: 1, toPage: 1 })
  expect(weapp.text()).toContain('医保服务窗口（云端新版）')
  expect(weapp.errors).toEqual([])
})

test('a config that fails the checks is never shown: the worker refuses it and the page keeps its data', async () => {
  const bad = newer()
  const counter = bad.national.family.paths.find((p) => p.id === 'counter')
  if (counter) counter.name = '加微信 yibao 代办共济'
  const weapp = await open(serving(signed(bad)))
  expect(weapp.worker.stats.toPage).toBe(1)
  expect(weapp.text()).not.toContain('代办共济')
  expect(weapp.text()).toContain('没有通过安全检查')
})

test('nothing new (304) is answered on the page thread: the worker package is not even downloaded', async () => {
  const weapp = await open(() => ({ statusCode: 304, header: {}, data: '' }))
  expect(weapp.wx.of('request')).toHaveLength(1)
  expect(weapp.wx.of('preDownloadSubpackage')).toEqual([])
  expect(weapp.wx.of('createWorker')).toEqual([])
})

test('a worker the system reclaims mid-check is created again and the check completes', async () => {
  const weapp = createWeapp({ dir: CLOUD_BUILD, requestHandler: serving(signed(newer())) })
  live.add(weapp)
  weapp.worker.killOnNextMessage()
  await weapp.open(FAMILY, { scene: 1007 })
  expect(weapp.worker.stats).toMatchObject({ created: 2, killed: 1, toPage: 1 })
  expect(weapp.wx.of('createWorker')).toHaveLength(2)
  expect(weapp.text()).toContain('医保服务窗口（云端新版）')
  expect(weapp.errors).toEqual([])
})

describe('the worker double follows WeChat’s rules', () => {
  const createWorker =
    (weapp: Weapp, ...args: unknown[]) =>
    () =>
      (weapp.wxDouble.wx.createWorker as (...a: unknown[]) => unknown)(...args)

  test('the worker package must be downloaded first; the path must be under the workers root; one worker at a time', async () => {
    const weapp = await open(() => ({ statusCode: 304, header: {}, data: '' }))
    expect(createWorker(weapp, 'workers/policy/index.js', {})).toThrow(/not downloaded/)
    weapp.worker.download()
    expect(createWorker(weapp, '/workers/policy/index.js', {})).toThrow(/leading/)
    expect(createWorker(weapp, 'pages/family/index.js', {})).toThrow(/not under the workers root/)
    createWorker(weapp, 'workers/policy/index.js', {})()
    expect(createWorker(weapp, 'workers/policy/index.js', {})).toThrow(/only one worker/)
  })

  test('the worker’s code runs without wx and answers only through messages', async () => {
    const weapp = await open(() => ({ statusCode: 304, header: {}, data: '' }))
    weapp.worker.download()
    const w = createWorker(weapp, 'workers/policy/index.js', { useExperimentalWorker: true })() as {
      postMessage(m: unknown): void
      onMessage(f: (m: unknown) => void): void
    }
    const replies: unknown[] = []
    w.onMessage((m) => replies.push(m))
    w.postMessage({ id: 7, kind: 'cache', text: '{"not":"a bundle"}' })
    expect(replies).toEqual([])
    await weapp.settle()
    expect(replies).toEqual([{ id: 7, kind: 'cache-refused' }])
  })
})
