/** Taro storage as a plain key → string store. Every failure (quota, corrupt entry) becomes null/false, never a throw. */
import Taro from '@tarojs/taro'
import type { KeyValueStore } from '../domain/policyUpdate/cache'

export const taroStore: KeyValueStore = {
  get(key) {
    try {
      const value: unknown = Taro.getStorageSync(key)
      // WeChat returns '' for a missing key
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value)
      return true
    } catch {
      return false
    }
  },
  keys() {
    try {
      return Taro.getStorageInfoSync().keys
    } catch {
      return []
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // nothing to do: a key we cannot remove is read back as invalid later
    }
  }
}
