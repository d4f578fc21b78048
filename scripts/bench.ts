/**
 * npm run bench — prints figures, asserts nothing (targets are in the issue and the README):
 *  - policy bundle size, raw and gzipped, embedded and signed
 *  - validate + resolve time for a synthetic 3,000-region config (target ≤ 50 ms)
 *  - the real bundle's verify + validate + resolve under `node --jitless` (scripts/bench-jitless.ts),
 *    a stand-in for iOS, where the mini-program's JS engine runs without a JIT
 *  - bytes on a launch when nothing changed (target: a 304 with no body)
 *  - weapp main package and H5 bundle sizes, when the builds exist
 */
import { spawnSync } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadPolicies } from './policy-files'
import { signPayload } from '../src/domain/config/signature'
import { evaluateConfigText } from '../src/domain/config/evaluate'
import { checkBundle } from '../src/domain/policy/bundle'
import { resolvePolicy } from '../src/domain/policy/resolve'
import { contentProblems } from '../src/domain/policy/contentRule'
import type { RegionPolicy } from '../src/domain/policy/schema'
import { writeCache, type KeyValueStore } from '../src/domain/config/cache'
import { createPolicyStore } from '../src/store/policyStore'
import { areaCodesOf, isKnownRegion } from '../src/domain/region'

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

function walkSize(dir: string, filter: (f: string) => boolean = () => true): number {
  return readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name)
    return n + (statSync(full).isDirectory() ? walkSize(full, filter) : filter(full) ? statSync(full).size : 0)
  }, 0)
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
  writeCache(store, JSON.stringify({ ...bundle, version: bundle.version + 1 }), { version: bundle.version + 1, savedAt: new Date().toISOString() })
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

  console.log('\n## Builds')
  const weapp = join(ROOT, 'dist', 'weapp')
  if (existsSync(weapp)) console.log(`weapp main package: ${kb(walkSize(weapp))}`)
  else console.log('weapp: not built (npm run build:weapp)')
  const h5 = join(ROOT, 'dist', 'h5')
  if (existsSync(h5)) {
    const js = walkSize(h5, (f) => /\.(js|css|html)$/.test(f))
    console.log(`H5 bundle (js+css+html): ${kb(js)}`)
  } else console.log('h5: not built (npm run build:h5)')
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
