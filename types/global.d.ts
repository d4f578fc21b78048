/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID?: string
    /** URL of the signed cloud policy config (https, on a domain set in the 小程序后台). Unset: embedded default only. */
    TARO_APP_POLICY_URL?: string
    /** base64 ed25519 public key that the cloud config must be signed with; defaults to the shipped test key */
    TARO_APP_POLICY_PUBLIC_KEY?: string
    /** label of that key, shown nowhere; lets a config say which key signed it */
    TARO_APP_POLICY_KEY_ID?: string
  }
}
