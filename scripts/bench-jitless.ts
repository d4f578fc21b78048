/**
 * Run by `npm run bench` as `node --jitless --import tsx scripts/bench-jitless.ts`: the real
 * bundle's download path without a JIT, as on iOS (WeChat's iOS JS engine has none). Prints
 * figures only; nothing here is asserted.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPolicies } from './policy-files'
import { parseEnvelope, signPayload, verifyEnvelope } from '../src/domain/config/signature'
import { evaluateConfigText } from '../src/domain/config/evaluate'
import { checkBundle } from '../src/domain/policy/bundle'
import { resolvePolicy } from '../src/domain/policy/resolve'
import { areaCodesOf, isKnownRegion, regionChain } from '../src/domain/region'

const ROOT = join(__dirname, '..')
const keys = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { publicKey: string; secretKey: string; keyId: string }
const facts = { isKnownRegion, areaCodesOf }

function time(runs: number, fn: () => void): string {
  fn() // warm-up (no JIT to warm, but caches and lazy parsing)
  const xs: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    xs.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  xs.sort((a, b) => a - b)
  return `median ${(xs[Math.floor(xs.length / 2)] ?? NaN).toFixed(1)} ms, max ${(xs[xs.length - 1] ?? NaN).toFixed(1)} ms (${runs} runs)`
}

const { bundle, problems } = loadPolicies()
if (!bundle) throw new Error(problems.join('\n'))
const payload = JSON.stringify(bundle)
const text = JSON.stringify(signPayload(payload, keys.secretKey, keys.keyId))
const envelope = parseEnvelope(JSON.parse(text))
if (!envelope) throw new Error('envelope')
const parsed = JSON.parse(payload) as unknown

console.log(`jitless: ${process.execArgv.includes('--jitless')}, real signed config ${(text.length / 1024).toFixed(0)} K chars`)
console.log(`JSON.parse of the signed file + payload: ${time(10, () => JSON.parse((JSON.parse(text) as { payload: string }).payload))}`)
console.log(`verify (ed25519 over the payload bytes): ${time(5, () => {
  if (!verifyEnvelope(envelope, keys.publicKey)) throw new Error('verify')
})}`)
console.log(`validate (schema + content rule, every region): ${time(10, () => {
  const r = checkBundle(parsed, facts)
  if (!r.ok || r.dropped.length > 0) throw new Error('validate')
})}`)
const checked = checkBundle(parsed, facts)
if (!checked.ok) throw new Error('validate')
console.log(`resolve (厦门: national → 福建 → 厦门): ${time(20, () => {
  resolvePolicy(checked.bundle.national, checked.bundle.regions, regionChain('350200'), '350200')
})}`)
console.log(`whole download path (size, JSON, envelope, key, verify, validate): ${time(5, () => {
  const r = evaluateConfigText(text, { keys: [{ keyId: keys.keyId, publicKey: keys.publicKey }], facts, heldVersion: 0, now: new Date() })
  if (!r.ok) throw new Error(r.detail)
})}`)
