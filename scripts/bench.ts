/**
 * npm run bench — prints figures, asserts nothing (targets are in the issue and the README):
 *  - policy bundle size, raw and gzipped, embedded and signed
 *  - validate + resolve time for a synthetic 3,000-region config (target ≤ 50 ms)
 *  - the real bundle's verify + validate + resolve under `node --jitless` (scripts/bench-jitless.ts),
 *    a stand-in for iOS, where the mini-program's JS engine runs without a JIT
 *  - bytes on a launch when nothing changed (target: a 304 with no body)
 *  - builds the app and the hello-world baseline (bench/hello-world) with the same toolchain, then, as
 *    ratios measured in this run: weapp main package and each subpackage, H5 first contentful paint with
 *    the CPU 4× slower, and launch → first render on the glass-easel harness (home, a shared family link)
 * BENCH_SKIP_BUILD=1 reuses the last builds; BENCH_APP_WEAPP=<dir> measures another weapp build (e.g. an older one).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadPolicies } from './policy-files'
import { signPayload } from '../src/domain/config/signature'
import { evaluateConfigText } from '../src/domain/config/evaluate'
import { checkBundle } from '../src/domain/policy/bundle'
import { resolvePolicy } from '../src/domain/policy/resolve'
import { contentProblems } from '../src/domain/policy/contentRule'
import type { RegionPolicy } from '../src/domain/policy/schema'
import { writeCache, type KeyValueStore } from '../src/domain/config/cache'
import { createPolicyStore } from '../src/store/createPolicyStore'
import { areaCodesOf, isKnownRegion } from '../src/domain/region'
import { CPU_SLOWDOWN, firstContentfulPaint } from './bench-fcp'
import { timeLaunch } from './bench-launch'
import { GUIDE_ONLY } from './check-weapp'

const FCP_RUNS = 15
const LAUNCH_RUNS = 7

const ROOT = join(__dirname, '..')
const keys = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { publicKey: string; secretKey: string; keyId: string }
const trusted = [{ keyId: keys.keyId, publicKey: keys.publicKey }]
const NOW = new Date()
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}
function time(runs: number, fn: () => void): { median: number; max: number } {
  fn() // warm-up
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    xs.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return { median: median(xs), max: Math.max(...xs) }
}

async function main() {
  const { bundle, problems } = loadPolicies()
  if (!bundle) throw new Error(problems.join('\n'))
  const payload = JSON.stringify(bundle)
  const envelope = JSON.stringify(signPayload(payload, keys.secretKey, keys.keyId))
  console.log('## Policy data (real)')
  console.log(`regions with overrides: ${Object.keys(bundle.regions).length}`)
  console.log(`bundle: ${kb(Buffer.byteLength(payload))} raw, ${kb(gzipSync(payload).length)} gzipped`)
  console.log(`signed file: ${kb(Buffer.byteLength(envelope))} raw, ${kb(gzipSync(envelope).length)} gzipped`)

  // Synthetic 3,000 regions: the real 厦门 override copied under made-up codes.
  const template = bundle.regions['350200']
  if (!template) throw new Error('350200 missing')
  const regions: Record<string, RegionPolicy> = {}
  for (let i = 0; i < 3000; i++) {
    const code = String(100000 + i * 7)
    regions[code] = { ...(JSON.parse(JSON.stringify(template)) as RegionPolicy), region: code }
  }
  const big = { ...bundle, version: bundle.version + 1, regions }
  const bigPayload = JSON.stringify(big)
  const bigEnvelope = JSON.stringify(signPayload(bigPayload, keys.secretKey, keys.keyId))
  const facts = { isKnownRegion: () => true, areaCodesOf: () => ['0592'] }
  console.log('\n## Synthetic config: 3,000 regions')
  console.log(`size: ${kb(Buffer.byteLength(bigEnvelope))} raw, ${kb(gzipSync(bigEnvelope).length)} gzipped`)
  const parsed = JSON.parse(bigPayload) as unknown
  const validate = time(15, () => {
    const r = checkBundle(parsed, facts)
    if (!r.ok || r.dropped.length) throw new Error('synthetic bundle rejected')
    resolvePolicy(r.bundle.national, r.bundle.regions, ['100000', '100007'])
  })
  console.log(`validate + resolve (parsed JSON): median ${validate.median.toFixed(1)} ms, max ${validate.max.toFixed(1)} ms (target ≤ 50 ms)`)
  const rule = time(15, () => {
    for (const r of Object.values(regions)) contentProblems(r, { areaCodes: ['0592'], callAreaCodes: ['0592'], latestDate: bundle.publishedAt })
  })
  console.log(`  of which the content rule alone (every string of 3,000 regions): median ${rule.median.toFixed(1)} ms`)
  const full = time(10, () => {
    const r = evaluateConfigText(bigEnvelope, { keys: trusted, facts, heldVersion: 1, now: NOW, maxBytes: 64 * 1024 * 1024 })
    if (!r.ok) throw new Error(r.detail)
  })
  console.log(`size check + JSON.parse + signature + validate (whole download path): median ${full.median.toFixed(1)} ms, max ${full.max.toFixed(1)} ms`)
  const real = time(30, () => {
    const r = evaluateConfigText(envelope, { keys: trusted, now: NOW, facts: { isKnownRegion, areaCodesOf }, heldVersion: 0 })
    if (!r.ok) throw new Error(r.detail)
  })
  console.log(`real config, whole download path: median ${real.median.toFixed(1)} ms`)

  // Start-up with a cached cloud bundle: what runs before the first page draws.
  const memory = new Map<string, string>()
  const store: KeyValueStore = {
    get: (k) => memory.get(k) ?? null,
    set: (k, v) => (memory.set(k, v), true),
    remove: (k) => void memory.delete(k)
  }
  // as the store writes it: with the key that signed it (a cache from an untrusted key is dropped at start)
  const cachedEnvelope = JSON.parse(envelope) as { keyId: string; signature: string }
  writeCache(store, JSON.stringify({ ...bundle, version: bundle.version + 1 }), {
    version: bundle.version + 1,
    savedAt: new Date().toISOString(),
    keyId: cachedEnvelope.keyId,
    signature: cachedEnvelope.signature
  })
  const startup = time(30, () => {
    const s = createPolicyStore({
      embedded: bundle,
      store,
      fetchText: () => Promise.resolve({ kind: 'timeout' }),
      url: '',
      keys: trusted,
      facts: { isKnownRegion: () => true, areaCodesOf: () => [] },
      now: () => new Date()
    })
    if (s.getState().origin !== 'cache') throw new Error('cache not used')
  })
  console.log(`start-up from the cache (digest + parse + full validation): median ${startup.median.toFixed(2)} ms, max ${startup.max.toFixed(2)} ms`)

  // iOS runs the mini-program's JS without a JIT: the same real-bundle path, in a child under --jitless.
  console.log('\n## Real config under node --jitless (stand-in for iOS)')
  const child = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', join(__dirname, 'bench-jitless.ts')], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  process.stdout.write(child.stdout)
  if (child.status !== 0) console.log(`jitless run failed: ${child.stderr}`)

  // Launch when nothing changed: the app sends If-None-Match and gets a 304.
  let written = 0
  let bodyBytes = 0
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304, { etag: '"v1"' }).end()
    } else {
      bodyBytes += Buffer.byteLength(envelope)
      res.writeHead(200, { etag: '"v1"', 'content-type': 'application/json' }).end(envelope)
    }
    res.on('finish', () => {
      written += req.socket.bytesWritten
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/policies.json`
  const first = await fetch(url)
  await first.text()
  const firstBytes = written
  written = 0
  const bodyBefore = bodyBytes
  const second = await fetch(url, { headers: { 'If-None-Match': '"v1"' } })
  const secondBody = await second.text()
  await new Promise((r) => setTimeout(r, 50))
  console.log('\n## Launch traffic')
  console.log(`first launch: status ${first.status}, ${kb(firstBytes)} sent by the server (uncompressed; a CDN gzips to ~${kb(gzipSync(envelope).length)})`)
  console.log(`launch with nothing changed: status ${second.status}, body ${Buffer.byteLength(secondBody) + (bodyBytes - bodyBefore)} bytes, ${written} bytes of headers`)
  server.close()

  await builds()
}

/** Builds the app and the hello-world baseline with the same toolchain (BENCH_SKIP_BUILD=1 reuses the last ones). */
function build(cwd: string, type: 'weapp' | 'h5'): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return
  const t = Date.now()
  execFileSync('npx', ['taro', 'build', '--type', type, '--no-check'], { cwd, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  console.log(`built ${type} in ${relative(ROOT, cwd) || '.'} (${((Date.now() - t) / 1000).toFixed(0)} s)`)
}

interface AppJson {
  subPackages?: Array<{ root: string }>
}

/** What a subpackage's shared code holds (check-weapp's list of what the main package must not). */
const MARKERS = GUIDE_ONLY.map(([name, re]) => [name.replace(/ \(.*/, ''), re] as const)

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

/** WeChat counts every file of a package; the main package is everything outside the subpackage roots. */
function weappSizes(dir: string) {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as AppJson
  const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const all = files(dir).map((f) => ({ path: relative(dir, f), bytes: statSync(f).size }))
  const inRoot = (root: string) => (f: { path: string }) => f.path.startsWith(`${root}/`)
  const main = all.filter((f) => !roots.some((r) => inRoot(r)(f)))
  const subs = roots.map((root) => {
    const own = all.filter(inRoot(root))
    const shared = own.filter((f) => /\/sub-(common|vendors)/.test(f.path))
    const text = shared.map((f) => readFileSync(join(dir, f.path), 'utf8')).join('\n')
    return {
      root,
      bytes: sum(own),
      pageBytes: sum(own) - sum(shared),
      sharedBytes: sum(shared),
      sharedFiles: shared.length,
      holds: MARKERS.filter(([, re]) => re.test(text)).map(([name]) => name)
    }
  })
  return { main: sum(main), mainFiles: main, subs }
}
const sum = (fs: ReadonlyArray<{ bytes: number }>) => fs.reduce((n, f) => n + f.bytes, 0)
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

async function builds() {
  const hello = join(ROOT, 'bench', 'hello-world')
  console.log('\n## Builds (app and hello-world baseline, same toolchain, this run)')
  build(hello, 'weapp')
  build(hello, 'h5')
  build(ROOT, 'weapp')
  build(ROOT, 'h5')

  const appWeapp = process.env.BENCH_APP_WEAPP ? join(ROOT, process.env.BENCH_APP_WEAPP) : join(ROOT, 'dist', 'weapp')
  const base = weappSizes(join(hello, 'dist', 'weapp'))
  const app = weappSizes(appWeapp)
  console.log('\n## weapp packages')
  console.log(`hello-world main package: ${kb(base.main)}`)
  console.log(`app main package: ${kb(app.main)} = ${ratio(app.main, base.main)} the hello-world (target ≤ 1.3×)`)
  const biggest = [...app.mainFiles].sort((a, b) => b.bytes - a.bytes).slice(0, 6)
  console.log(`  largest main files: ${biggest.map((f) => `${f.path} ${kb(f.bytes)}`).join(', ')}`)
  for (const s of app.subs) {
    console.log(
      `subpackage ${s.root}: ${kb(s.bytes)} (page ${kb(s.pageBytes)}, shared code ${kb(s.sharedBytes)} in ${s.sharedFiles} files${s.holds.length ? `: ${s.holds.join(', ')}` : ''})`
    )
  }
  const family = app.subs.find((s) => s.root === 'pages/family')
  if (family) console.log(`a shared family link downloads: main + pages/family = ${kb(app.main + family.bytes)}`)

  console.log(`\n## H5 first contentful paint (CPU ${CPU_SLOWDOWN}× slower, Debian chromium, median of ${FCP_RUNS})`)
  const fcp = await firstContentfulPaint({ app: join(ROOT, 'dist', 'h5'), hello: join(hello, 'dist', 'h5') }, FCP_RUNS)
  const [appFcp = NaN, helloFcp = NaN] = [fcp.app, fcp.hello]
  console.log(`hello-world: ${helloFcp.toFixed(0)} ms, app home: ${appFcp.toFixed(0)} ms = ${ratio(appFcp, helloFcp)} (target ≤ 1.3×)`)

  console.log(`\n## Launch on the glass-easel harness (node + jsdom, median of ${LAUNCH_RUNS} cold starts)`)
  const shared = '/pages/family/index?region=350200'
  const rows: Array<[string, string, string, string, number]> = [
    ['hello-world home', join(hello, 'dist', 'weapp'), '/pages/index/index', 'Hello world', 1001],
    ['app home', appWeapp, '/pages/index/index', '医保指南', 1001],
    ['app shared family link', appWeapp, shared, '共济', 1007]
  ]
  const times: number[] = []
  for (const [label, dir, url, text, scene] of rows) {
    const t = await timeLaunch(dir, url, text, scene, LAUNCH_RUNS)
    times.push(t.injectMs + t.renderMs)
    console.log(
      `${label}: inject main package ${t.injectMs.toFixed(0)} ms, App launch → first render ${t.renderMs.toFixed(0)} ms, total ${(t.injectMs + t.renderMs).toFixed(0)} ms${times[0] && times.length > 1 ? ` = ${ratio(t.injectMs + t.renderMs, times[0])} the hello-world` : ''}`
    )
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
