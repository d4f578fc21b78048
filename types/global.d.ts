/// <reference types="@tarojs/taro" />

declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** URL of the signed cloud policy config (https, on a domain set in the 小程序后台). Unset: embedded default only. */
    TARO_APP_POLICY_URL?: string
    /** base64 ed25519 public key the cloud config must be signed with; required with TARO_APP_POLICY_URL */
    TARO_APP_POLICY_PUBLIC_KEY?: string
    /** id of that key; the envelope's keyId must equal it (or the next key's) */
    TARO_APP_POLICY_KEY_ID?: string
    /** optional second trusted key during a rotation (keys/README.md) */
    TARO_APP_POLICY_NEXT_PUBLIC_KEY?: string
    TARO_APP_POLICY_NEXT_KEY_ID?: string
    /** set by config/index.ts: a digest of the config checks' code and data (services/policyUpdateSource.ts) */
    TARO_APP_POLICY_CHECKER?: string
  }
}
