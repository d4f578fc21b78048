/** Where the cloud config lives and which key must have signed it, fixed at build time. */
// Only the public half: the app must never contain a secret key.
import testKey from '../../keys/test-public-key.json'

export const POLICY_URL: string = process.env.TARO_APP_POLICY_URL ?? ''
/** The shipped test key is the default so development builds work; production sets its own (keys/README.md). */
export const POLICY_PUBLIC_KEY: string = process.env.TARO_APP_POLICY_PUBLIC_KEY || testKey.publicKey
