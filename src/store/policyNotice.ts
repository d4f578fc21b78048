/**
 * The quiet notice about the newest config (PageFrame shows it on every page). It lives in the
 * main package: the policy store and its checks load with the guide subpackages (so the home page opens
 * without them), which copy their notice here (store/policy.ts).
 */
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'

export const policyNotice = createStore<{ notice: string | null }>(() => ({ notice: null }))

export function usePolicyNotice(): string | null {
  return useStore(policyNotice, (s) => s.notice)
}
