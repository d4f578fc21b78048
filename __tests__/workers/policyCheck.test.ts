/**
 * The config-check worker: what it answers for each request (workers/policy/check.ts, the checks themselves
 * are domain/policyUpdate's and have their own tests), and its entry wiring in WeChat's worker scope and a browser's.
 */
import { handleCheck } from '../../src/workers/policy/check'
import type { CheckReply, DownloadCheck, HeldCopy } from '../../src/workers/policy/protocol'
import { digestOf } from '../../src/domain/policyUpdate/cache'
import type { PolicyBundle } from '../../src/domain/policy/bundle'
import { copy, realBundle, signedText, TEST_KEYS } from '../support/policies'

const shipped = realBundle()
const shippedText = JSON.stringify(shipped)
const embedded: HeldCopy = { kind: 'embedded', length: shippedText.length, digest: digestOf(shippedText) }
const keys = [{ keyId: TEST_KEYS.keyId, publicKey: TEST_KEYS.publicKey }]
const now = new Date(`${shipped.publishedAt}T10:00:00Z`).getTime()

const download = (body: string, held: HeldCopy = embedded, extra: Partial<DownloadCheck> = {}): DownloadCheck => ({
  kind: 'download',
  result: { kind: 'response', status: 200, body, etag: '"e"' },
  heldVersion: shipped.version,
  held,
  keys,
  now,
  ...extra
})
const withVersion = (version: number, change?: (b: PolicyBundle) => void): PolicyBundle => {
  const b = copy(shipped)
  b.version = version
  change?.(b)
  return b
}

describe('a downloaded config', () => {
  it('passing every check comes back as the checked bundle’s text, ready to cache, with its digest', () => {
    const reply = handleCheck(download(signedText(withVersion(shipped.version + 1))))
    if (reply.kind !== 'updated') throw new Error(`expected updated, got ${reply.kind}`)
    expect(JSON.parse(reply.text)).toEqual(withVersion(shipped.version + 1))
    expect(reply.digest).toBe(digestOf(reply.text))
    expect(reply).toMatchObject({ dropped: [], etag: '"e"', signed: { keyId: TEST_KEYS.keyId } })
  })

  it('the shipped file served again is recognised by its length and digest: nothing to do', () => {
    expect(handleCheck(download(signedText(shipped)))).toMatchObject({ kind: 'unchanged', etag: '"e"' })
  })

  it('the same version with other content is refused, whatever the app holds', () => {
    const changed = signedText(withVersion(shipped.version, (b) => (b.national.myths = [])))
    expect(handleCheck(download(changed))).toMatchObject({ kind: 'failed', reason: 'same-version-changed' })
    expect(handleCheck(download(changed, { kind: 'none' }))).toMatchObject({ kind: 'failed', reason: 'same-version-changed' })
  })

  it('a downloaded copy is recognised by its key id and signature', () => {
    const text = signedText(withVersion(shipped.version + 1))
    const { keyId, signature } = JSON.parse(text) as { keyId: string; signature: string }
    const held: HeldCopy = { kind: 'signed', keyId, signature }
    expect(handleCheck(download(text, held, { heldVersion: shipped.version + 1 }))).toMatchObject({ kind: 'unchanged' })
  })

  it('a tampered body is refused with the reason the domain gives', () => {
    const text = signedText(withVersion(shipped.version + 1)).replace('12393', '12394')
    expect(handleCheck(download(text))).toMatchObject({ kind: 'failed', reason: 'bad-signature', etag: '"e"' })
  })
})

describe('a cache another app version wrote', () => {
  it('is checked again (not its signature) and comes back as text with its digest', () => {
    const reply = handleCheck({ kind: 'cache', text: shippedText })
    expect(reply).toEqual({ kind: 'cache-ok', text: shippedText, digest: digestOf(shippedText), dropped: [] })
  })

  it('a region that no longer passes is dropped with its reasons; broken JSON or shape is refused', () => {
    const b = copy(shipped)
    const xm = b.regions['350200']
    if (!xm?.notes?.[0]) throw new Error('fixture: 厦门 has notes')
    xm.notes[0].text = '加微信 yibao 办理'
    const reply = handleCheck({ kind: 'cache', text: JSON.stringify(b) })
    expect(reply).toMatchObject({ kind: 'cache-ok', dropped: [{ region: '350200' }] })
    expect(handleCheck({ kind: 'cache', text: '{' })).toEqual({ kind: 'cache-refused' })
    expect(handleCheck({ kind: 'cache', text: JSON.stringify({ schemaVersion: 1 }) })).toEqual({ kind: 'cache-refused' })
  })
})

describe('the worker entry', () => {
  const request = { id: 3, kind: 'cache', text: '{' }

  it('in WeChat answers through the `worker` global, with the request’s id', () => {
    const replies: unknown[] = []
    let listener: ((m: unknown) => void) | undefined
    ;(globalThis as Record<string, unknown>).worker = {
      onMessage: (f: (m: unknown) => void) => (listener = f),
      postMessage: (m: unknown) => replies.push(m)
    }
    try {
      jest.isolateModules(() => require('../../src/workers/policy/index'))
      listener?.(request)
      listener?.({ not: 'a request' })
      expect(replies).toEqual([{ kind: 'cache-refused', id: 3 } satisfies CheckReply & { id: number }])
    } finally {
      delete (globalThis as Record<string, unknown>).worker
    }
  })

  it('in a browser answers through self.postMessage', () => {
    const replies: unknown[] = []
    const post = jest.spyOn(self, 'postMessage').mockImplementation((m: unknown) => void replies.push(m))
    try {
      jest.isolateModules(() => require('../../src/workers/policy/index'))
      self.onmessage?.(new MessageEvent('message', { data: request }))
      expect(replies).toEqual([{ kind: 'cache-refused', id: 3 }])
    } finally {
      post.mockRestore()
      self.onmessage = null
    }
  })
})
