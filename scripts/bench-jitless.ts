/**
 * Run by `npm run bench` as `node --jitless --import tsx scripts/bench-jitless.ts` (a fresh process each time:
 * a phone checks a new config once per process, with nothing compiled yet). iOS runs a mini-program's logic
 * thread without a JIT; --jitless is the stand-in. Prints one JSON line; nothing here is asserted.
 *
 * page: the page thread while a new config (the real bundle, one version on) is downloaded, checked and applied:
 *   the policy store as the app builds it (shipped head + province files, a storage double), the config checks in
 *   the built worker on its own thread (dist/weapp/workers/policy/index.js), and what a shown page recomputes
 *   (its region's resolved policy). Each callback the page thread runs is timed
 *   (async_hooks); the longest is reported.
 * before: the same check on the page thread, as the app did it before the worker (evaluateConfigText inline).
 */
import { createHook } from 'node:async_hooks'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { signPayload } from '../src/domain/policyUpdate/signature'
import { evaluateConfigText } from '../src/domain/policyUpdate/evaluate'
import type { KeyValueStore } from '../src/domain/policyUpdate/cache'
import type { PolicyBundle } from '../src/domain/policy/bundle'
import type { EmbeddedHead, ProvinceRegions, Section, Sections, SourceDetail } from '../src/domain/policy/embedded'
import { resolvePolicy } from '../src/domain/policy/resolve'
import { hotlinePlaceOf } from '../src/domain/policy/hotline'
import { regionFacts } from '../src/domain/region/facts'
import { createPolicyStore } from '../src/store/createPolicyStore'
import { startPolicyWorker } from './bench-worker'

const ROOT = join(__dirname, '..')
const GENERATED = join(ROOT, 'src', 'generated')
const keys = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { publicKey: string; secretKey: string; keyId: string }
const trusted = [{ keyId: keys.keyId, publicKey: keys.publicKey }]
const REGION = '350200'

const bundle = JSON.parse(readFileSync(join(GENERATED, 'policies.json'), 'utf8')) as PolicyBundle
const newer = { ...bundle, version: bundle.version + 1 }
const envelope = JSON.stringify(signPayload(JSON.stringify(newer), keys.secretKey, keys.keyId))
const now = () => new Date(`${bundle.publishedAt}T10:00:00Z`)

function resolveFor(b: PolicyBundle, region: string) {
  return resolvePolicy(b.national, b.regions, regionFacts.regionChain(region), region, { hotline: hotlinePlaceOf(region, regionFacts) })
}

/**
 * The longest task on this thread while `work` runs: every callback the event loop runs (a timer, a message from
 * the worker, a promise reaction) is timed from its start to its end with async_hooks, and the longest is kept.
 */
async function longestTask(work: () => Promise<void>): Promise<number> {
  const started = new Map<number, number>()
  let longest = 0
  const hook = createHook({
    before: (id) => void started.set(id, performance.now()),
    after: (id) => {
      const t = started.get(id)
      if (t !== undefined) longest = Math.max(longest, performance.now() - t)
      started.delete(id)
    }
  })
  hook.enable()
  const t = performance.now()
  await work()
  // the synchronous start of refresh() is a task too
  hook.disable()
  return Math.max(longest, 0) || performance.now() - t
}

async function page(): Promise<{ longestMs: number; applied: boolean }> {
  const memory = new Map<string, string>()
  const storage: KeyValueStore = { get: (k) => memory.get(k) ?? null, set: (k, v) => (memory.set(k, v), true), remove: (k) => void memory.delete(k) }
  const worker = startPolicyWorker(join(ROOT, 'dist', 'weapp', 'workers', 'policy', 'index.js'))
  const head = JSON.parse(readFileSync(join(GENERATED, 'policy', 'national.json'), 'utf8')) as EmbeddedHead
  const store = createPolicyStore({
    embedded: {
      head,
      loadProvince: (code) =>
        Promise.resolve(JSON.parse(readFileSync(join(GENERATED, 'policy', 'regions', `${code}.json`), 'utf8')) as ProvinceRegions),
      loadSection: (section) =>
        Promise.resolve(JSON.parse(readFileSync(join(GENERATED, 'policy', 'sections', `${section}.json`), 'utf8')) as Sections[Section]),
      loadSources: (part) => Promise.resolve(JSON.parse(readFileSync(join(GENERATED, 'policy', 'sources', `${part}.json`), 'utf8')) as SourceDetail)
    },
    store: storage,
    // the network: the body arrives on a later turn, as from wx.request
    fetchText: () => new Promise((resolve) => setTimeout(() => resolve({ kind: 'response', status: 200, body: envelope, etag: '"next"' }), 5)),
    url: 'https://config.example/policies.json',
    keys: trusted,
    check: worker.check,
    provinceOf: regionFacts.provinceOf,
    checkerId: 'bench',
    now
  })
  await store.getState().loadRegion(REGION)
  // what a shown guide recomputes when the data changes
  store.subscribe((s, prev) => {
    if (s.bundle !== prev.bundle) resolveFor(s.bundle, REGION)
  })
  // the worker thread is up before the page's refresh, as after WeChat's preDownload
  await worker.check({ kind: 'cache', text: '{}' })
  const longestMs = await longestTask(() => store.getState().refresh())
  await worker.terminate()
  return { longestMs, applied: store.getState().bundle.version === newer.version }
}

function before(): number {
  const t = performance.now()
  const r = evaluateConfigText(envelope, { keys: trusted, facts: regionFacts, heldVersion: bundle.version, now: now() })
  if (!r.ok) throw new Error(r.detail)
  return performance.now() - t
}

async function main() {
  const jitless = process.execArgv.includes('--jitless')
  const mode = process.argv[2] ?? 'page'
  if (mode === 'before') console.log(JSON.stringify({ jitless, beforeMs: before() }))
  else console.log(JSON.stringify({ jitless, ...(await page()) }))
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
