/**
 * Where the cloud config lives and which keys may have signed it, fixed at build time.
 * Only public halves: the app never holds a secret. There is no default key: a build
 * that fetches a config must be given one (config/index.ts fails the build otherwise),
 * so no build can quietly trust the test key, whose secret is in the repository.
 */
import type { TrustedKey } from '../domain/policyUpdate/evaluate'

export const POLICY_URL: string = process.env.TARO_APP_POLICY_URL ?? ''

/** The current key and, during a rotation, the next one (keys/README.md). */
export const POLICY_KEYS: TrustedKey[] = [
  { keyId: process.env.TARO_APP_POLICY_KEY_ID ?? '', publicKey: process.env.TARO_APP_POLICY_PUBLIC_KEY ?? '' },
  { keyId: process.env.TARO_APP_POLICY_NEXT_KEY_ID ?? '', publicKey: process.env.TARO_APP_POLICY_NEXT_PUBLIC_KEY ?? '' }
].filter((k) => k.keyId !== '' && k.publicKey !== '')

/**
 * Which config checks this build runs: a digest of their code and data, set by config/index.ts. A cached
 * bundle carries the id of the checks it passed; one checked by another build is checked again.
 */
export const POLICY_CHECKER: string = process.env.TARO_APP_POLICY_CHECKER || 'unbuilt'
