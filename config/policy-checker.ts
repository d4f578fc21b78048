import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.join(__dirname, '..')

/**
 * What the config checks consist of: their code, the region data they consult, the libraries they run on,
 * and the shipped national rules (with their source detail) whose safety layer goes on every checked bundle
 * before it is cached.
 */
const CHECKER_PARTS = [
  'src/workers/policy',
  'src/domain/policyUpdate',
  'src/domain/policy',
  'src/domain/region/checkFacts.ts',
  'src/domain/region/areas.ts',
  'src/generated/region-areas.json',
  'src/generated/policy/national.json',
  'src/generated/policy/sources/national.json',
  'node_modules/valibot/package.json',
  'node_modules/tweetnacl/package.json'
]

function files(rel: string): string[] {
  const full = path.join(ROOT, rel)
  if (!statSync(full, { throwIfNoEntry: false })) return []
  if (!statSync(full).isDirectory()) return [rel]
  return readdirSync(full).flatMap((name) => files(path.posix.join(rel, name)))
}

/**
 * The id of this build's config checks (TARO_APP_POLICY_CHECKER): a digest of what they consist of. A cached
 * bundle remembers the id of the checks it passed; after an app update that changed them (or the shipped
 * safety wording), the cache is checked and layered again before it is shown, and is used as it is otherwise.
 */
export function policyCheckerId(): string {
  const hash = createHash('sha256')
  for (const rel of CHECKER_PARTS.flatMap(files).sort()) {
    hash.update(rel)
    hash.update(readFileSync(path.join(ROOT, rel)))
  }
  return hash.digest('hex').slice(0, 16)
}
