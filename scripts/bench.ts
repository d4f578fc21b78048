/**
 * npm run bench — prints figures, asserts nothing (targets are in the README), side by side with the in-repo
 * hello-world (bench/hello-world, same toolchain) built in the same run:
 *  - weapp packages: the main package, each subpackage, what a shared family link downloads, all code packages;
 *  - the config checks in the worker (the built worker on a node worker thread, with the JIT): the real bundle, a
 *    forged 2 MB body; the synthetic 3,000-region check;
 *  - the page thread without a JIT (node --jitless, a fresh process per run, as a phone checks a new config once
 *    per process): its longest task while a new config is downloaded, checked and applied; before (the check on
 *    the page thread) for comparison;
 *  - bytes on a launch when nothing changed (a 304 with no body);
 *  - H5 first contentful paint with the CPU 4× slower, and launch → first render on the glass-easel harness
 *    (home, a shared family link), in alternating runs.
 * BENCH_SKIP_BUILD=1 reuses the last builds; BENCH_APP_WEAPP=<dir> measures another weapp build; BENCH_BEFORE_WEAPP=<dir>
 * adds an older weapp build (e.g. main's) to the same alternating launch runs; BENCH_ONLY=packages,worker,synthetic,
 * jitless,startup,traffic,h5,launch runs only those sections.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg, tmpdir } from 'node:os'
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build as esbuild } from 'esbuild'
import { signPayload } from '../src/domain/policyUpdate/signature'
import { MAX_CONFIG_BYTES } from '../src/domain/policyUpdate/evaluate'
import { checkBundle } from '../src/domain/policy/bundle'
import { resolvePolicy } from '../src/domain/policy/resolve'
import { contentProblems } from '../src/domain/policy/contentRule'
import type { PolicyBundle } from '../src/domain/policy/bundle'
import type { RegionPolicy } from '../src/domain/policy/schema'
import { writeCache, type KeyValueStore } from '../src/domain/policyUpdate/cache'
import type { EmbeddedHead } from '../src/domain/policy/embedded'
import { regionFacts } from '../src/domain/region/facts'
import { createPolicyStore } from '../src/store/createPolicyStore'
import { loadPolicies } from './policy-files'
import { CPU_SLOWDOWN, firstContentfulPaint } from './bench-fcp'
import type { LaunchCase, LaunchTiming } from './bench-launch'
import { startPolicyWorker } from './bench-worker'
import { POLICY_ONLY, WORKER_ONLY, packagesOf } from './check-weapp'

const FCP_RUNS = 15
const LAUNCH_RUNS = 15
const JITLESS_RUNS = 7

const ROOT = join(__dirname, '..')
const HELLO = join(ROOT, 'bench', 'hello-world')
const APP_WEAPP = process.env.BENCH_APP_WEAPP ? resolve(ROOT, process.env.BENCH_APP_WEAPP) : join(ROOT, 'dist', 'weapp')
const WORKER_BUNDLE = join(ROOT, 'dist', 'weapp', 'workers', 'policy', 'index.js')
const keys = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { publicKey: string; secretKey: string; keyId: string }
const trusted = [{ keyId: keys.keyId, publicKey: keys.publicKey }]
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const ms = (n: number) => `${n.toFixed(1)} ms`
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

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
async function timeAsync(runs: number, fn: () => Promise<void>): Promise<{ median: number; max: number }> {
  await fn()
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    xs.push(performance.now() - t)
  }
  return { median: median(xs), max: Math.max(...xs) }
}

/** Builds the app and the hello-world baseline with the same toolchain (BENCH_SKIP_BUILD=1 reuses the last ones). */
function build(cwd: string, type: 'weapp' | 'h5'): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return
  const t = Date.now()
  execFileSync('npx', ['taro', 'build', '--type', type, '--no-check'], { cwd, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } })
  console.log(`built ${type} in ${relative(ROOT, cwd) || '.'} (${((Date.now() - t) / 1000).toFixed(0)} s)`)
}

async function main() {
  console.log(
    `# npm run bench — ${new Date().toISOString()}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${cpus().length} cores`
  )
  console.log('\n## Builds (app and hello-world baseline, same toolchain, this run)')
  build(HELLO, 'weapp')
  build(HELLO, 'h5')
  build(ROOT, 'weapp')
  build(ROOT, 'h5')

  const { bundle, problems } = loadPolicies()
  if (!bundle) throw new Error(problems.join('\n'))
  const payload = JSON.stringify(bundle)
  const envelope = JSON.stringify(signPayload(payload, keys.secretKey, keys.keyId))
  console.log('\n## Policy data (real)')
  console.log(`regions with overrides: ${Object.keys(bundle.regions).length}`)
  console.log(`bundle: ${kb(Buffer.byteLength(payload))} raw, ${kb(gzipSync(payload).length)} gzipped`)
  console.log(`signed file: ${kb(Buffer.byteLength(envelope))} raw, ${kb(gzipSync(envelope).length)} gzipped`)

  const only = process.env.BENCH_ONLY?.split(',')
  const want = (section: string) => !only || only.includes(section)
  if (want('packages')) packageSizes()
  if (want('worker')) await workerChecks(bundle, envelope)
  if (want('synthetic')) await synthetic(bundle)
  if (want('jitless')) jitless()
  if (want('startup')) startup(bundle, envelope)
  if (want('traffic')) await launchTraffic(envelope)
  if (want('h5')) await h5Paint()
  if (want('launch')) await launches()
}

interface Pkg {
  root: string
  bytes: number
  files: string[]
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

/** WeChat counts every file of a package; the main package is everything outside the subpackage roots (and a worker root that is a subpackage). */
function weappPackages(dir: string): Pkg[] {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as Parameters<typeof packagesOf>[0]
  const { subs, workers, workerIsSubpackage } = packagesOf(app)
  const roots = [...subs, ...(workers && workerIsSubpackage ? [workers] : [])]
  const all = files(dir).map((f) => ({ path: relative(dir, f), bytes: statSync(f).size }))
  const rootOf = (p: string) => roots.find((r) => p.startsWith(`${r}/`)) ?? ''
  return ['', ...roots].map((root) => {
    const own = all.filter((f) => rootOf(f.path) === root)
    return { root, bytes: own.reduce((n, f) => n + f.bytes, 0), files: own.map((f) => f.path) }
  })
}

function holds(dir: string, pkg: Pkg): string[] {
  const text = pkg.files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n')
  return [...POLICY_ONLY, ...WORKER_ONLY].filter(([, re]) => re.test(text)).map(([name]) => name.replace(/ \(.*/, ''))
}

function packageSizes(): void {
  const base = weappPackages(join(HELLO, 'dist', 'weapp'))
  const pkgs = weappPackages(APP_WEAPP)
  const size = (root: string) => pkgs.find((p) => p.root === root)?.bytes ?? 0
  const hello = base.find((p) => p.root === '')?.bytes ?? NaN
  const main = size('')
  const helloAll = base.reduce((n, p) => n + p.bytes, 0)
  console.log('\n## weapp packages (bytes of every file, as WeChat counts them)')
  console.log(`hello-world: main package ${kb(hello)}, all packages ${kb(helloAll)}`)
  console.log(`app main package: ${kb(main)} = ${ratio(main, hello)} the hello-world (target ≤ 1.3×)`)
  for (const p of pkgs.filter((q) => q.root.startsWith('pages/') || ['policy', 'workers', 'search', 'share-image'].includes(q.root))) {
    const h = holds(APP_WEAPP, p)
    console.log(`  ${p.root}: ${kb(p.bytes)}${h.length ? ` (holds: ${h.join(', ')})` : ''}`)
  }
  const parts: Array<[string, RegExp]> = [
    ['<province>', /^policy-data\/\d{6}$/],
    ['sources-<file> (source lines’ words)', /^policy-data\/sources-/],
    ['<section>', /^policy-data\/(withdraw|yidi)$/]
  ]
  for (const [what, re] of parts) {
    const sizes = pkgs.filter((p) => re.test(p.root)).map((p) => p.bytes)
    if (sizes.length > 0)
      console.log(
        `  policy-data/${what} × ${sizes.length}: ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))}, ${kb(sizes.reduce((a, b) => a + b, 0))} in all`
      )
  }
  // The province with the most shipped data (福建, 厦门's) makes the largest download of any shared family link;
  // the family guide needs no section of its own, and the words behind source lines load only on a tap.
  const provinces = pkgs.filter((p) => /^policy-data\/\d{6}$/.test(p.root)).sort((a, b) => b.bytes - a.bytes)
  const link = ['', 'pages/family', 'policy', provinces[0]?.root ?? ''].filter((r, i) => i === 0 || pkgs.some((p) => p.root === r))
  const linkBytes = link.reduce((n, r) => n + size(r), 0)
  console.log(
    `a shared family link (the largest province's data) downloads ${link.map((r) => r || 'main').join(' + ')} = ${kb(linkBytes)} = ${ratio(linkBytes, hello)} the hello-world (target ≤ 1.6×)`
  )
  for (const [guide, section] of [
    ['pages/withdraw', 'policy-data/withdraw'],
    ['pages/yidi', 'policy-data/yidi']
  ] as const) {
    const bytes = [guide, 'policy', section, provinces[0]?.root ?? ''].reduce((n, r) => n + size(r), size(''))
    console.log(`  a shared ${guide.replace('pages/', '')} link, the same way (with its section): ${kb(bytes)} = ${ratio(bytes, hello)}`)
  }
  const all = pkgs.reduce((n, p) => n + p.bytes, 0)
  console.log(`all code packages: ${kb(all)} = ${ratio(all, hello)} the hello-world main package (target ≤ 3.5×)`)
  const worker = size('workers')
  if (worker) console.log(`  of which the config-check worker, downloaded when a new config needs checking (after the page has drawn): ${kb(worker)}`)
}

/** A body a forger could send: a trusted key id, a version one past the app's, a random signature, padded to `bytes`. */
function forgedBody(bundle: PolicyBundle, bytes: number): string {
  const head = JSON.stringify({ ...bundle, version: bundle.version + 1 })
  const payload = JSON.stringify({ ...bundle, version: bundle.version + 1, padding: 'x'.repeat(bytes - head.length - 200) })
  const signature = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 255)).toString('base64')
  return JSON.stringify({ format: 'yibao-policy/1', keyId: keys.keyId, payload, signature })
}

async function workerChecks(bundle: PolicyBundle, envelope: string): Promise<void> {
  console.log('\n## Config checks in the worker (the built worker on a node worker thread, with the JIT: an experimental worker on iOS)')
  const worker = startPolicyWorker(WORKER_BUNDLE)
  const now = new Date(`${bundle.publishedAt}T10:00:00Z`).getTime()
  const download = (body: string) =>
    worker.check({
      kind: 'download',
      result: { kind: 'response', status: 200, body, etag: '"b"' },
      heldVersion: bundle.version - 1,
      held: { kind: 'none' },
      keys: trusted,
      now
    })
  await worker.check({ kind: 'cache', text: '{}' })
  let kind = ''
  const real = await timeAsync(15, async () => {
    kind = (await download(envelope)).kind
  })
  console.log(
    `whole check of the real bundle (message in → checked bundle out): median ${ms(real.median)}, max ${ms(real.max)} [${kind}] (target ≤ 100 ms)`
  )
  const forged = forgedBody(bundle, 2_000_000)
  let reason = ''
  const refused = await timeAsync(5, async () => {
    const r = await download(forged)
    reason = r.kind === 'failed' ? r.reason : r.kind
  })
  console.log(
    `forged ${kb(Buffer.byteLength(forged))} body, random signature: refused in median ${ms(refused.median)} [${reason}], by the size limit set from the real file (MAX_CONFIG_BYTES ${kb(MAX_CONFIG_BYTES)}) before any hashing (target ≤ 50 ms)`
  )
  // the most a forger can make the worker hash: a body just under the limit
  let room = MAX_CONFIG_BYTES
  let atLimit = forgedBody(bundle, room)
  while (Buffer.byteLength(atLimit) > MAX_CONFIG_BYTES - 1024) atLimit = forgedBody(bundle, (room -= 4096))
  let atLimitReason = ''
  const hashed = await timeAsync(5, async () => {
    const r = await download(atLimit)
    atLimitReason = r.kind === 'failed' ? r.reason : r.kind
  })
  console.log(
    `  a forged body just under the limit (${kb(Buffer.byteLength(atLimit))}): refused in median ${ms(hashed.median)} [${atLimitReason}] after the signature's hash, in the worker`
  )
  await worker.terminate()
}

type Checks = Pick<typeof import('../src/domain/policy/bundle'), 'checkBundle'> &
  Pick<typeof import('../src/domain/policy/resolve'), 'resolvePolicy'> &
  Pick<typeof import('../src/domain/policy/contentRule'), 'contentProblems'>

/** The config checks built as the worker's are (esbuild, minified, es2017): the code that runs on the phone, not tsx's. */
async function shippedChecks(): Promise<Checks> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-checks-')), 'checks.cjs')
  await esbuild({
    stdin: {
      contents:
        "export { checkBundle } from './src/domain/policy/bundle'\nexport { resolvePolicy } from './src/domain/policy/resolve'\nexport { contentProblems } from './src/domain/policy/contentRule'\n",
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'es2017',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' }
  })
  return createRequire(__filename)(outfile) as Checks
}

async function synthetic(bundle: PolicyBundle): Promise<void> {
  // Synthetic 3,000 regions: the real 厦门 override copied under made-up codes.
  const template = bundle.regions['350200']
  if (!template) throw new Error('350200 missing')
  const regions: Record<string, RegionPolicy> = {}
  for (let i = 0; i < 3000; i++) {
    const code = String(100000 + i * 7)
    regions[code] = { ...(JSON.parse(JSON.stringify(template)) as RegionPolicy), region: code }
  }
  const bigPayload = JSON.stringify({ ...bundle, version: bundle.version + 1, regions })
  const facts = { isKnownRegion: () => true, areaCodesOf: () => ['0592'] }
  console.log('\n## Synthetic config: 3,000 regions (with the JIT)')
  console.log(`size: ${kb(Buffer.byteLength(bigPayload))} raw, ${kb(gzipSync(bigPayload).length)} gzipped`)
  const parsed = JSON.parse(bigPayload) as unknown
  const run = (checks: Checks) => () => {
    const r = checks.checkBundle(parsed, facts)
    if (!r.ok || r.dropped.length) throw new Error('synthetic bundle rejected')
    checks.resolvePolicy(r.bundle.national, r.bundle.regions, ['100000', '100007'])
  }
  const shipped = await shippedChecks()
  const validate = time(9, run(shipped))
  console.log(
    `validate + resolve (parsed JSON), the checks as built for the worker: median ${ms(validate.median)}, max ${ms(validate.max)} (target ≤ 50 ms)`
  )
  const rule = time(9, () => {
    for (const r of Object.values(regions))
      shipped.contentProblems(r, { areaCodes: ['0592'], callAreaCodes: ['0592'], latestDate: bundle.publishedAt })
  })
  console.log(
    `  of which the content rule: median ${ms(rule.median)}; the rest (schema, citations, safety layer, resolve): ~${ms(validate.median - rule.median)}`
  )
  const fromSource = time(5, run({ checkBundle, resolvePolicy, contentProblems }))
  console.log(`  the same from source under tsx (unminified, every function named at run time): median ${ms(fromSource.median)}`)
  // The phone refuses a body over MAX_CONFIG_BYTES before parsing it: the most regions a check can ever meet.
  const perRegion = Buffer.byteLength(JSON.stringify(template)) + 10
  const fitting = Math.floor((MAX_CONFIG_BYTES - Buffer.byteLength(withRegions(bundle, {}))) / perRegion)
  const limited = JSON.parse(withRegions(bundle, Object.fromEntries(Object.entries(regions).slice(0, fitting)))) as unknown
  const atLimit = time(15, () => {
    const r = shipped.checkBundle(limited, facts)
    if (!r.ok || r.dropped.length) throw new Error('synthetic bundle rejected')
    shipped.resolvePolicy(r.bundle.national, r.bundle.regions, ['100000', '100007'])
  })
  console.log(
    `  per region: ${((validate.median / 3000) * 1000).toFixed(1)} µs; at the size limit (${fitting} such regions, ${kb(MAX_CONFIG_BYTES)}, the most a phone checks): median ${ms(atLimit.median)}`
  )
}
const withRegions = (bundle: PolicyBundle, regions: Record<string, RegionPolicy>) =>
  JSON.stringify({ ...bundle, version: bundle.version + 1, regions })

function jitless(): void {
  console.log(`\n## The page thread without a JIT (node --jitless, stand-in for iOS; ${JITLESS_RUNS} fresh processes each)`)
  const run = (mode: string): Record<string, number | boolean> | null => {
    const child = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', join(__dirname, 'bench-jitless.ts'), mode], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    const line = child.stdout.split('\n').find((l) => l.startsWith('{'))
    if (child.status !== 0 || !line) {
      console.log(`jitless run failed: ${child.stderr.slice(0, 500)}`)
      return null
    }
    return JSON.parse(line) as Record<string, number | boolean>
  }
  const before: number[] = []
  for (let i = 0; i < 3; i++) before.push(Number(run('before')?.beforeMs))
  console.log(`before (the whole check on the page thread, one task): median ${ms(median(before))}`)
  const longest: number[] = []
  let applied = true
  for (let i = 0; i < JITLESS_RUNS; i++) {
    const r = run('page')
    longest.push(Number(r?.longestMs))
    applied &&= r?.applied === true
  }
  console.log(
    `now (download, check in the worker, apply; the shown region recomputed): longest page-thread task median ${ms(median(longest))}, max ${ms(Math.max(...longest))}${applied ? '' : ' (NOT APPLIED)'} (target ≤ 16 ms)`
  )
}

function startup(bundle: PolicyBundle, envelope: string): void {
  // Start-up with a cached cloud bundle this build checked: what runs before the first guide draws.
  const memory = new Map<string, string>()
  const store: KeyValueStore = { get: (k) => memory.get(k) ?? null, set: (k, v) => (memory.set(k, v), true), remove: (k) => void memory.delete(k) }
  // as the store writes it: with the key that signed it (a cache from an untrusted key is dropped at start)
  const cachedEnvelope = JSON.parse(envelope) as { keyId: string; signature: string }
  writeCache(store, JSON.stringify({ ...bundle, version: bundle.version + 1 }), {
    version: bundle.version + 1,
    savedAt: new Date().toISOString(),
    keyId: cachedEnvelope.keyId,
    signature: cachedEnvelope.signature,
    checkedBy: 'bench'
  })
  const head = JSON.parse(readFileSync(join(ROOT, 'src', 'generated', 'policy', 'national.json'), 'utf8')) as EmbeddedHead
  const fromCache = time(30, () => {
    const s = createPolicyStore({
      embedded: { head, loadProvince: () => Promise.resolve({}) },
      store,
      fetchText: () => Promise.resolve({ kind: 'timeout' }),
      url: '',
      keys: trusted,
      check: () => Promise.reject(new Error('no checks at start-up')),
      provinceOf: regionFacts.provinceOf,
      checkerId: 'bench',
      now: () => new Date()
    })
    if (s.getState().origin !== 'cache') throw new Error('cache not used')
  })
  console.log(`start-up from a cache this build checked (digest + parse, nothing checked again; with the JIT): median ${ms(fromCache.median)}`)
}

async function launchTraffic(envelope: string): Promise<void> {
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
  console.log(
    `first launch: status ${first.status}, ${kb(firstBytes)} sent by the server (uncompressed; a CDN gzips to ~${kb(gzipSync(envelope).length)})`
  )
  console.log(
    `launch with nothing changed: status ${second.status}, body ${Buffer.byteLength(secondBody) + (bodyBytes - bodyBefore)} bytes, ${written} bytes of headers (the worker is not started)`
  )
  server.close()
}

async function h5Paint(): Promise<void> {
  console.log(`\n## H5 first contentful paint (CPU ${CPU_SLOWDOWN}× slower, Debian chromium, alternating runs, median of ${FCP_RUNS})`)
  const fcp = await firstContentfulPaint({ app: join(ROOT, 'dist', 'h5'), hello: join(HELLO, 'dist', 'h5') }, FCP_RUNS)
  const [appFcp = NaN, helloFcp = NaN] = [fcp.app, fcp.hello]
  console.log(`hello-world: ${helloFcp.toFixed(0)} ms, app home: ${appFcp.toFixed(0)} ms = ${ratio(appFcp, helloFcp)} (target ≤ 1.2×)`)
}

async function launches(): Promise<void> {
  console.log(
    `\n## Launch on the glass-easel harness (node + jsdom, ${LAUNCH_RUNS} alternating cold starts in a fresh process, medians; wall / CPU time)`
  )
  const family = (label: string, dir: string, texts: string[]): LaunchCase => ({
    label,
    dir,
    url: '/pages/family/index?region=350200',
    scene: 1007,
    texts
  })
  const cases: LaunchCase[] = [
    { label: 'hello', dir: join(HELLO, 'dist', 'weapp'), url: '/pages/index/index', scene: 1001, texts: ['Hello world'] },
    { label: 'home', dir: APP_WEAPP, url: '/pages/index/index', scene: 1001, texts: ['医保指南'] },
    // a shared link: the placeholder first (the page, before the policy package is in), then 厦门's content
    family('family', APP_WEAPP, ['正在打开本地的办法', '家人能用吗？'])
  ]
  // BENCH_BEFORE_WEAPP=<dir>: an older build (e.g. main's) in the same alternating runs, for a before/after
  const before = process.env.BENCH_BEFORE_WEAPP ? resolve(ROOT, process.env.BENCH_BEFORE_WEAPP) : null
  if (before)
    cases.push(
      { label: 'home before', dir: before, url: '/pages/index/index', scene: 1001, texts: ['医保指南'] },
      family('family before', before, ['家人能用吗？'])
    )
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'bench-launch.ts'), JSON.stringify(cases), String(LAUNCH_RUNS)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24
  })
  const line = child.stdout.split('\n').find((l) => l.startsWith('['))
  if (child.status !== 0 || !line) {
    console.log(`launch runs failed: ${child.stderr.slice(0, 500)}`)
    return
  }
  const t = new Map(JSON.parse(line) as Array<[string, LaunchTiming]>)
  const hello = t.get('hello')
  const h = (i: 'wallMs' | 'cpuMs') => hello?.[i][0] ?? NaN
  const line2 = (what: string, r: LaunchTiming | undefined, i: number) => {
    const wall = r?.wallMs[i] ?? NaN
    const cpu = r?.cpuMs[i] ?? NaN
    return `${what}: ${wall.toFixed(0)} ms = ${ratio(wall, h('wallMs'))} / CPU ${cpu.toFixed(0)} ms = ${ratio(cpu, h('cpuMs'))} the hello-world`
  }
  console.log(`hello-world home: ${h('wallMs').toFixed(0)} ms / CPU ${h('cpuMs').toFixed(0)} ms`)
  console.log(`${line2('app home, first render', t.get('home'), 0)} (target ≤ 1.3×)`)
  console.log(`${line2('shared family link (厦门), first render (placeholder)', t.get('family'), 0)} (target ≤ 1.3×)`)
  console.log(line2('  … its content, after the policy package and 福建’s data', t.get('family'), 1))
  if (before) {
    console.log(line2(`before (${relative(ROOT, before)}): home, first render`, t.get('home before'), 0))
    console.log(line2('before: shared family link, first render (its content)', t.get('family before'), 0))
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
