/**
 * npm run policies:publish — validate policies/, sign the bundle and write
 * dist/policies/policies.json.
 *   -- --upload   also put it in object storage (archive, then live), after the
 *                 reviewer's diff against the live version; see README "Publishing"
 *   -- --yes      needed with --upload when a phone number or link changes
 *
 * Production: POLICY_SIGNING_KEY=<base64 secret> POLICY_KEY_ID=<id> npm run policies:publish
 * Development: npm run policies:publish -- --test-key   (signs with keys/test-keypair.json)
 * Upload settings: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, POLICY_S3_BUCKET, POLICY_S3_REGION,
 * POLICY_S3_ENDPOINT (COS/OSS/local), POLICY_S3_FORCE_PATH_STYLE=true (local servers).
 *
 * The key id must be one the app was built to trust (TARO_APP_POLICY_KEY_ID or
 * TARO_APP_POLICY_NEXT_KEY_ID): the app refuses any other. The signed file is checked
 * the way the phone checks it before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { signPayload } from '../src/domain/policyUpdate/signature'
import { evaluateConfigText } from '../src/domain/policyUpdate/evaluate'
import { regionList } from '../src/domain/region/fullList'
import { loadPolicies } from './policy-files'
import { hasFlag, OUT_DIR, regionName, run, secondsSinceStart, signerFromEnv, storeFromEnv, writeDiffPage } from './policy-release/cli'
import { formatDiffText } from './policy-release/diff'
import { publicKeyOf, publishBundle, todayInChina } from './policy-release/release'
import { ReleaseError } from './policy-release/store'

const { areaCodesOf, isKnownRegion } = regionList

const TOOL = 'policies:publish'

run(TOOL, async () => {
  const { bundle, problems } = loadPolicies()
  if (!bundle) {
    for (const p of problems) console.error(`  ✗ ${p}`)
    throw new ReleaseError(`${problems.length} problem(s) in policies/`)
  }
  const signer = signerFromEnv(TOOL)
  const envelope = signPayload(JSON.stringify(bundle), signer.secretKey, signer.keyId)
  // The phone's own check, with the public half of the signing key: what is written is what the app accepts.
  const check = evaluateConfigText(JSON.stringify(envelope), {
    keys: [{ keyId: signer.keyId, publicKey: publicKeyOf(signer.secretKey) }],
    facts: { isKnownRegion, areaCodesOf },
    heldVersion: 0,
    now: new Date()
  })
  if (!check.ok || check.same || check.dropped.length > 0) {
    throw new ReleaseError(`the signed file would not be accepted by the app: ${check.ok ? 'regions dropped' : check.detail}`)
  }
  mkdirSync(OUT_DIR, { recursive: true })
  const out = join(OUT_DIR, 'policies.json')
  writeFileSync(out, JSON.stringify(envelope))
  console.log(`${TOOL}: version ${bundle.version} signed with key "${signer.keyId}" → ${out}`)
  if (!hasFlag('--upload')) {
    console.log('Add -- --upload to put it in object storage (README: "Publishing a new policy config").')
    return
  }

  const store = storeFromEnv()
  console.log(`${TOOL}: uploading to ${store.describe()}`)
  const started = Date.now()
  const result = await publishBundle(
    store,
    { ...bundle },
    {
      signer,
      appPublicKey: process.env.TARO_APP_POLICY_PUBLIC_KEY || undefined,
      yes: hasFlag('--yes'),
      today: todayInChina(),
      regionName,
      onDiff: (diff) => {
        console.log(`\n${formatDiffText(diff)}\nReviewer's page: ${writeDiffPage(diff)}\n`)
      },
      log: (line) => console.log(`${TOOL}: ${line}`)
    }
  ).finally(() => store.close())
  console.log(
    `${TOOL}: version ${result.version} is live (was ${result.previousVersion ?? 'none'}); ${secondsSinceStart()} s from command to verified live object (storage part ${((Date.now() - started) / 1000).toFixed(2)} s)`
  )
})
