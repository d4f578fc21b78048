/**
 * npm run policies:publish — validate policies/, sign the bundle and write
 * dist/policies/policies.json, the one file to upload to the CDN/object storage.
 *
 * Production: POLICY_SIGNING_KEY=<base64 secret> POLICY_KEY_ID=<id> npm run policies:publish
 * Development: npm run policies:publish -- --test-key   (signs with keys/test-keypair.json)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { signPayload } from '../src/domain/config/signature'
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
  return { secret, keyId: process.env.POLICY_KEY_ID ?? 'prod' }
}

const { bundle, problems } = loadPolicies()
if (!bundle) {
  for (const p of problems) console.error(`  ✗ ${p}`)
  process.exit(1)
}
const { secret, keyId } = signingKey()
const envelope = signPayload(JSON.stringify(bundle), secret, keyId)
mkdirSync(join(ROOT, 'dist', 'policies'), { recursive: true })
const out = join(ROOT, 'dist', 'policies', 'policies.json')
writeFileSync(out, JSON.stringify(envelope))
console.log(`policies:publish: version ${bundle.version} signed with key "${keyId}" → ${out}`)
console.log('Upload it with Cache-Control: no-cache (the app revalidates with ETag/If-None-Match) and a content-type of application/json.')
