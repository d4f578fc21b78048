/** Downloads the cloud config as raw text with a conditional request. Only moves bytes: decisions live in domain/policyUpdate. */
import Taro from '@tarojs/taro'
import type { FetchResult } from '../domain/policyUpdate/evaluate'

export const REQUEST_TIMEOUT_MS = 5000

function headerValue(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name && typeof value === 'string') return value
  }
  return undefined
}

export async function fetchConfigText(url: string, etag?: string, timeout = REQUEST_TIMEOUT_MS): Promise<FetchResult> {
  try {
    const res = await Taro.request<unknown>({
      url,
      method: 'GET',
      // raw text: the signature is checked over the exact bytes served
      dataType: 'text',
      responseType: 'text',
      header: etag ? { 'If-None-Match': etag } : {},
      timeout,
      // H5: skip the browser cache; ETag/If-None-Match is handled here
      cache: 'reload'
    })
    const body = typeof res.data === 'string' ? res.data : res.data == null ? '' : JSON.stringify(res.data)
    return { kind: 'response', status: res.statusCode, body, etag: headerValue(res.header, 'etag') }
  } catch (err) {
    const message = err instanceof Error ? err.message : String((err as { errMsg?: string })?.errMsg ?? err)
    if (/timeout|abort/i.test(message)) return { kind: 'timeout' }
    return { kind: 'network-error', message }
  }
}
