/**
 * npm run policies:build — validate every file in policies/ and write
 *  - dist/policies/bundle.json: the publishable bundle (sign it with `npm run policies:publish`)
 *  - src/generated/policies.json: the same bundle, embedded in the app as the offline default
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { toJsonSchema } from '@valibot/to-json-schema'
import { NationalPolicySchema, RegionPolicySchema } from '../src/domain/policy/schema'
import { loadPolicies } from './policy-files'

const ROOT = join(__dirname, '..')

const { bundle, problems, warnings } = loadPolicies()
// Old checks do not stop a release (the app shows their age), but an author should see them.
if (warnings.length > 0) {
  console.warn(
    `policies: ${warnings.length} warning(s): sources to re-check (older than 12 months), weak ones without a note, or claimed stronger than their address allows`
  )
  for (const w of warnings) console.warn(`  ⚠ ${w}`)
}
if (!bundle) {
  console.error(`policies: ${problems.length} problem(s)`)
  for (const p of problems) console.error(`  ✗ ${p}`)
  process.exit(1)
}

const text = JSON.stringify(bundle)
mkdirSync(join(ROOT, 'dist', 'policies'), { recursive: true })
mkdirSync(join(ROOT, 'src', 'generated'), { recursive: true })
writeFileSync(join(ROOT, 'dist', 'policies', 'bundle.json'), text)
writeFileSync(join(ROOT, 'src', 'generated', 'policies.json'), text)
// JSON Schema for config authors' editors; valibot remains the one source of truth.
writeFileSync(
  join(ROOT, 'dist', 'policies', 'schema.json'),
  JSON.stringify(
    {
      national: toJsonSchema(NationalPolicySchema, { errorMode: 'ignore' }),
      region: toJsonSchema(RegionPolicySchema, { errorMode: 'ignore' })
    },
    null,
    2
  )
)
console.log(
  `policies: version ${bundle.version}, ${Object.keys(bundle.regions).length} region overrides, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB → dist/policies/bundle.json, src/generated/policies.json`
)
