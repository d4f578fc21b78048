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

/**
 * The content, the generators and the domain code they run (schema, merge, search entries, regions,
 * and the digest that lets the config check recognise the shipped payload: domain/policyUpdate/cache.ts).
 */
const INPUTS = [
  'policies',
  'scripts/generate-regions.ts',
  'scripts/build-policies.ts',
  'scripts/generate-home-data.ts',
  'scripts/generate-policy-packages.ts',
  'scripts/policy-files.ts',
  'scripts/area-codes.ts',
  'src/domain/policy',
  'src/domain/region',
  'src/domain/search',
  'src/domain/policyUpdate/cache.ts',
  'package-lock.json'
]

/**
 * One file each generator writes: a checkout that has the stamp but lost one of them (a generator
 * added by a merge, a hand-deleted folder) is regenerated too, instead of failing on a missing import.
 */
export const OUTPUTS = [
  'src/generated/regions.json',
  'src/generated/region-names.json',
  'src/generated/policies.json',
  'src/generated/policy/national.json',
  'src/generated/policy/partFiles.ts',
  'src/generated/region-areas.json'
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

/** Whether every generator's output is there (see OUTPUTS). */
export function outputsPresent(root = ROOT): boolean {
  return OUTPUTS.every((path) => existsSync(join(root, path)))
}

if (require.main === module) {
  writeFileSync(STAMP, `${inputsDigest()}\n`)
}
