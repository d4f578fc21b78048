/**
 * Real policy data from policies/, re-versioned and signed with the test key, for the loader and
 * store tests. The one definition of the real bundle, the key and signing is
 * support/policies.ts; this module only names what those tests use.
 */
import { signPayload } from '../../src/domain/policyUpdate/signature'
import { TEST_KEYS, signedText } from './policies'

export { copy, realBundle, TEST_TRUST } from './policies'

export const TEST_PUBLIC_KEY = TEST_KEYS.publicKey
export const TEST_KEY_ID = TEST_KEYS.keyId

export function signed(bundle: unknown): string {
  return signedText(bundle)
}

/** Sign with another key id (same secret): what a config signed for a key the app does not hold looks like. */
export function signedAs(bundle: unknown, keyId: string, secretKey: string = TEST_KEYS.secretKey): string {
  return JSON.stringify(signPayload(JSON.stringify(bundle), secretKey, keyId))
}
