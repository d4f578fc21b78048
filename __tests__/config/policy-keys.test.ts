/**
 * @jest-environment node
 *
 * The build-time key check (config/policy-keys.ts): a build that fetches a config must be
 * given the key that signs it; there is no default to fall back on.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkPolicyKeys, type KeyEnv } from '../../config/policy-keys'

const testKey = JSON.parse(readFileSync(join(__dirname, '..', '..', 'keys', 'test-public-key.json'), 'utf8')) as { keyId: string; publicKey: string }
const URL = 'https://cdn.example.cn/policies.json'
const KEY = testKey.publicKey
const OTHER = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

it.each<[string, KeyEnv]>([
  ['no URL and no key (embedded data only)', {}],
  [
    'a URL with the test key passed explicitly',
    { TARO_APP_POLICY_URL: '/test-config/policies.json', TARO_APP_POLICY_PUBLIC_KEY: KEY, TARO_APP_POLICY_KEY_ID: testKey.keyId }
  ],
  [
    'a URL with the current and the next key',
    {
      TARO_APP_POLICY_URL: URL,
      TARO_APP_POLICY_PUBLIC_KEY: KEY,
      TARO_APP_POLICY_KEY_ID: 'prod-2026',
      TARO_APP_POLICY_NEXT_PUBLIC_KEY: OTHER,
      TARO_APP_POLICY_NEXT_KEY_ID: 'prod-2027'
    }
  ]
])('builds with %s', (_what, env) => {
  expect(checkPolicyKeys(env)).toEqual([])
})

it.each<[string, KeyEnv, RegExp]>([
  ['a URL and no key', { TARO_APP_POLICY_URL: URL }, /TARO_APP_POLICY_URL is set/],
  ['an http URL and no key', { TARO_APP_POLICY_URL: 'http://cdn.example.cn/p.json' }, /TARO_APP_POLICY_URL is set/],
  ['a relative URL and no key', { TARO_APP_POLICY_URL: '/test-config/policies.json' }, /TARO_APP_POLICY_URL is set/],
  ['a key without its id', { TARO_APP_POLICY_URL: URL, TARO_APP_POLICY_PUBLIC_KEY: KEY }, /TARO_APP_POLICY_KEY_ID/],
  [
    'a key that is not an ed25519 public key',
    { TARO_APP_POLICY_URL: URL, TARO_APP_POLICY_PUBLIC_KEY: 'abc', TARO_APP_POLICY_KEY_ID: 'k' },
    /PUBLIC_KEY must be/
  ],
  [
    'a next key without its id',
    { TARO_APP_POLICY_PUBLIC_KEY: KEY, TARO_APP_POLICY_KEY_ID: 'a', TARO_APP_POLICY_NEXT_PUBLIC_KEY: OTHER },
    /NEXT_KEY_ID/
  ],
  [
    'two keys with one id',
    { TARO_APP_POLICY_PUBLIC_KEY: KEY, TARO_APP_POLICY_KEY_ID: 'a', TARO_APP_POLICY_NEXT_PUBLIC_KEY: OTHER, TARO_APP_POLICY_NEXT_KEY_ID: 'a' },
    /must differ/
  ]
])('fails with %s', (_what, env, message) => {
  expect(checkPolicyKeys(env)).toEqual(expect.arrayContaining([expect.stringMatching(message)]))
})
