/**
 * npm run policies:publish — validate policies/, sign the bundle and write
 * dist/policies/policies.json, the one file to upload to the CDN/object storage.
 *
 * Production: POLICY_SIGNING_KEY=<base64 secret> POLICY_KEY_ID=<id> npm run policies:publish
 * Development: npm run policies:publish -- --test-key   (signs with keys/test-keypair.json)
 *
 * The key id must be one the app was built to trust (TARO_APP_POLICY_KEY_ID or
 * TARO_APP_POLICY_NEXT_KEY_ID): the app refuses any other. The signed file is checked
 * the way the phone checks it before it is written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import nacl from 'tweetnacl'
import { signPayload } from '../src/domain/config/signature'
import { base64Decode, base64Encode } from '../src/domain/config/encoding'
import { evaluateConfigText } from '../src/domain/config/evaluate'
import { areaCodesOf, isKnownRegion } from '../src/domain/region'
import { loadPolicies } from './policy-files'

const ROOT = join(__dirname, '..')

function signingKey(): { secret: string; keyId: string } {
  if (process.argv.includes('--test-key')) {
    const pair = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { secretKey: string; keyId: string }
    console.warn('policies:publish: signing with the TEST key — never upload this file to production')
    return { secret: pair.secretKey, keyId: pair.keyId }
  }
  const secret = process.env.POLICY_SIGNING_KEY
  if (!secret) {
    console.error('policies:publish: set POLICY_SIGNING_KEY (base64 ed25519 secret key) or pass --test-key; see keys/README.md')
    process.exit(1)
  }
  const keyId = process.env.POLICY_KEY_ID
  if (!keyId) {
    console.error('policies:publish: set POLICY_KEY_ID to the id the app trusts for this key (keys/README.md)')
    process.exit(1)
  }
  return { secret, keyId }
}

const { bundle, problems } = loadPolicies()
if (!bundle) {
  for (const p of problems) console.error(`  ✗ ${p}`)
  process.exit(1)
}
const { secret, keyId } = signingKey()
const envelope = signPayload(JSON.stringify(bundle), secret, keyId)
// The phone's own check, with the public half of the signing key: what is uploaded is what the app accepts.
const publicKey = base64Encode(nacl.sign.keyPair.fromSecretKey(base64Decode(secret) ?? new Uint8Array()).publicKey)
const check = evaluateConfigText(JSON.stringify(envelope), {
  keys: [{ keyId, publicKey }],
  facts: { isKnownRegion, areaCodesOf },
  heldVersion: 0,
  now: new Date()
})
if (!check.ok || check.same || check.dropped.length > 0) {
  console.error(`policies:publish: the signed file would not be accepted by the app: ${check.ok ? 'regions dropped' : check.detail}`)
  process.exit(1)
}
mkdirSync(join(ROOT, 'dist', 'policies'), { recursive: true })
const out = join(ROOT, 'dist', 'policies', 'policies.json')
writeFileSync(out, JSON.stringify(envelope))
console.log(`policies:publish: version ${bundle.version} signed with key "${keyId}" → ${out}`)
console.log('Upload it with Cache-Control: no-cache (the app revalidates with ETag/If-None-Match) and a content-type of application/json.')
