/**
 * Taro.request over Node's fetch, behaving like Taro's H5 implementation
 * (timeout via AbortController, raw text for dataType 'text', lower-case headers),
 * so the real service talks to a real HTTP server on 127.0.0.1 in tests.
 */
export interface RequestOption {
  url: string
  method?: string
  header?: Record<string, string>
  timeout?: number
  dataType?: string
}

export async function nodeRequest(opt: RequestOption) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), opt.timeout ?? 60000)
  try {
    const res = await fetch(opt.url, { method: opt.method ?? 'GET', headers: opt.header, signal: controller.signal })
    const header: Record<string, string> = {}
    res.headers.forEach((value, key) => {
      header[key] = value
    })
    const text = await res.text()
    return { statusCode: res.status, header, data: opt.dataType === 'json' ? JSON.parse(text) : text, errMsg: 'request:ok' }
  } catch (err) {
    const name = (err as { name?: string }).name
    throw { errMsg: name === 'AbortError' ? 'request:fail timeout' : `request:fail ${String(err)}` }
  } finally {
    clearTimeout(timer)
  }
}
