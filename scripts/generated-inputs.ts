/**
 * What src/generated/ is made from, as one digest. `npm run generate` records it; jest compares it
 * before running (__tests__/support/freshGenerated.ts), so a test never runs on data built from
 * an older policies/ or generator and fails with a bare diff.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '..')
export const STAMP = join(ROOT, 'src', 'generated', 'inputs.sha256')

/** The content, the generators and the domain code they run (schema, merge, search entries, regions). */
const INPUTS = [
  'policies',
  'scripts/generate-regions.ts',
  'scripts/build-policies.ts',
  'scripts/generate-home-data.ts',
  'scripts/policy-files.ts',
  'scripts/area-codes.ts',
  'src/domain/policy',
  'src/domain/region',
  'src/domain/search',
  'package-lock.json'
]

function files(root: string, path: string): string[] {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [full]
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)))
}

export function inputsDigest(root = ROOT): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((path) => files(root, path))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function recordedDigest(): string | null {
  return existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : null
}

if (require.main === module) {
  writeFileSync(STAMP, `${inputsDigest()}\n`)
}
