/** Real policy data from policies/, re-versioned and signed with the test key, for loader tests. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadPolicies } from '../../scripts/policy-files'
import type { PolicyBundle } from '../../src/domain/policy/bundle'
import { signPayload } from '../../src/domain/config/signature'

const pair = JSON.parse(readFileSync(join(__dirname, '..', '..', 'keys', 'test-keypair.json'), 'utf8')) as {
  keyId: string
  publicKey: string
  secretKey: string
}

export const TEST_PUBLIC_KEY = pair.publicKey

export function realBundle(): PolicyBundle {
  const { bundle, problems } = loadPolicies()
  if (!bundle) throw new Error(`policies/ does not build: ${problems.join('; ')}`)
  return bundle
}

/** A deep copy to mutate freely; regions are plain JSON so this is exact. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export function signed(bundle: unknown): string {
  return JSON.stringify(signPayload(JSON.stringify(bundle), pair.secretKey, pair.keyId))
}

export const TEST_KEY_ID = pair.keyId

/** The TEST key as the app trusts it. */
export const TEST_TRUST = [{ keyId: pair.keyId, publicKey: pair.publicKey }]

/** Sign with another key id (same secret): what a config signed for a key the app does not hold looks like. */
export function signedAs(bundle: unknown, keyId: string, secretKey: string = pair.secretKey): string {
  return JSON.stringify(signPayload(JSON.stringify(bundle), secretKey, keyId))
}
