/** @jest-environment node */
import nacl from 'tweetnacl'
import { base64Encode } from '../../../src/domain/policyUpdate/encoding'
import {
  decideRefresh,
  evaluateConfigText,
  MAX_CONFIG_BYTES,
  refreshNotice,
  type EvaluateOptions,
  type Evaluation,
  type FetchResult,
  type RefreshOutcome
} from '../../../src/domain/policyUpdate/evaluate'
import { ENVELOPE_FORMAT, isCanonicalSignature, signPayload, verifyEnvelope } from '../../../src/domain/policyUpdate/signature'
import type { PolicyBundle } from '../../../src/domain/policy/bundle'
import { SCHEMA_VERSION } from '../../../src/domain/policy/schema'
import { copy, facts, NOW, realBundle, signedText, TEST_KEYS, TEST_TRUST } from '../../support/policies'

const bundle = realBundle()
const withVersion = (version: number): PolicyBundle => ({ ...copy(bundle), version })
const opts = (extra: Partial<EvaluateOptions> = {}): EvaluateOptions => ({
  keys: TEST_TRUST,
  facts,
  heldVersion: 0,
  now: NOW,
  ...extra
})
const reasonOf = (e: Evaluation) => (e.ok ? 'ok' : e.reason)

describe('evaluateConfigText', () => {
  it('accepts the real bundle signed with the TEST key', () => {
    const text = signedText(bundle)
    const result = evaluateConfigText(text, opts())
    const { keyId, signature } = JSON.parse(text) as { keyId: string; signature: string }
    expect(result).toEqual({ ok: true, bundle, dropped: [], signed: { keyId, signature } })
  })

  it('accepts a payload signed over Node’s own UTF-8 bytes (the signed bytes are standard UTF-8)', () => {
    const payload = JSON.stringify(bundle)
    expect(payload).toMatch(/[\u4e00-\u9fff]/)
    const secret = new Uint8Array(Buffer.from(TEST_KEYS.secretKey, 'base64'))
    const signature = base64Encode(nacl.sign.detached(new Uint8Array(Buffer.from(payload, 'utf8')), secret))
    const text = JSON.stringify({ format: ENVELOPE_FORMAT, keyId: TEST_KEYS.keyId, payload, signature })
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: true })
  })

  it('refuses a text over the byte limit before reading it', () => {
    expect(evaluateConfigText(signedText(bundle), opts({ maxBytes: 1000 }))).toMatchObject({ ok: false, reason: 'too-large' })
  })

  it('counts bytes, not characters: 400 Chinese characters are 1200 bytes', () => {
    const text = '医'.repeat(400)
    expect(evaluateConfigText(text, opts({ maxBytes: 1199 }))).toMatchObject({ ok: false, reason: 'too-large' })
    // at exactly the limit the size check passes and the next check (JSON) decides
    expect(evaluateConfigText(text, opts({ maxBytes: 1200 }))).toMatchObject({ ok: false, reason: 'not-json' })
  })

  it('refuses a text over the default limit', () => {
    const text = ' '.repeat(MAX_CONFIG_BYTES + 1)
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'too-large' })
  })

  it('the limit leaves the real signed config room to grow: it uses at most half of it (else revisit MAX_CONFIG_BYTES)', () => {
    const bytes = Buffer.byteLength(signedText(bundle))
    expect(bytes * 2).toBeLessThanOrEqual(MAX_CONFIG_BYTES)
    expect(evaluateConfigText(signedText(bundle), opts())).toMatchObject({ ok: true })
  })

  it.each([
    ['an HTML error page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['a captive portal login page after whitespace', '\n  <!DOCTYPE html><html><form>登录 Wi-Fi</form></html>'],
    ['a BOM before the JSON', `\ufeff${signedText(bundle)}`],
    ['a BOM alone', '\ufeff']
  ])('refuses %s as not-config (a network problem to the user, not a security one)', (_what, text) => {
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'not-config' })
  })

  it.each([
    ['a truncated download', signedText(bundle).slice(0, 5000)],
    ['an empty body', ''],
    ['plain text', 'Service Unavailable'],
    ['a JSON prefix with trailing garbage', `${signedText(bundle)}<!-- cached -->`]
  ])('refuses %s as not-json', (_what, text) => {
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'not-json' })
  })

  it.each([
    ['an unsigned bundle', JSON.stringify(bundle)],
    ['an envelope without a signature', JSON.stringify({ format: ENVELOPE_FORMAT, keyId: 'k', payload: '{}' })],
    ['an envelope without a payload', JSON.stringify({ format: ENVELOPE_FORMAT, keyId: 'k', signature: 'AAAA' })],
    ['a payload that is an object, not a string', JSON.stringify({ ...JSON.parse(signedText(bundle)), payload: bundle })],
    ['another format', JSON.stringify({ ...JSON.parse(signedText(bundle)), format: 'yibao-policy/2' })],
    ['null', 'null'],
    ['a list', '[]'],
    ['a number', '42'],
    ['a string', '"yibao-policy/1"']
  ])('refuses %s as bad-envelope', (_what, text) => {
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'bad-envelope' })
  })

  describe('signature', () => {
    const envelope = () => JSON.parse(signedText(bundle)) as { payload: string; signature: string }

    it.each([
      ['a changed version', (p: string) => p.replace(`"version":${bundle.version}`, `"version":${bundle.version + 1}`)],
      ['a changed phone number', (p: string) => p.replace('0592-12393', '0592-12394')],
      ['a changed character', (p: string) => p.replace('厦门', '夏门')],
      ['one space added', (p: string) => `${p} `],
      ['re-serialised with indentation', (p: string) => JSON.stringify(JSON.parse(p), null, 1)]
    ])('refuses the payload after signing with %s', (_what, change) => {
      const e = envelope()
      const changed = change(e.payload)
      expect(changed).not.toBe(e.payload)
      expect(evaluateConfigText(JSON.stringify({ ...e, payload: changed }), opts())).toMatchObject({ ok: false, reason: 'bad-signature' })
    })

    it('refuses a payload signed with another key pair', () => {
      const other = nacl.sign.keyPair()
      const text = signedText(withVersion(99), base64Encode(other.secretKey))
      expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'bad-signature' })
      // and that key verifies its own envelope, so the refusal is about the key alone
      expect(evaluateConfigText(text, opts({ keys: [{ keyId: TEST_KEYS.keyId, publicKey: base64Encode(other.publicKey) }] }))).toMatchObject({
        ok: true
      })
    })

    it.each([
      ['a signature that is not base64', '!'.repeat(88)],
      ['an all-zero signature', base64Encode(new Uint8Array(64))]
    ])('refuses %s', (_what, signature) => {
      expect(evaluateConfigText(JSON.stringify({ ...envelope(), signature }), opts())).toMatchObject({ ok: false, reason: 'bad-signature' })
    })

    it('refuses a non-canonical signature (S ≥ L) that the ed25519 library alone would accept', () => {
      const e = envelope()
      const sig = new Uint8Array(Buffer.from(e.signature, 'base64'))
      // S + L (little-endian, byte by byte): the same point on the curve, another signature for the same bytes
      const L = Buffer.from('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010', 'hex')
      const forged = Uint8Array.from(sig)
      let carry = 0
      for (let i = 0; i < 32; i++) {
        const sum = (sig[32 + i] ?? 0) + (L[i] ?? 0) + carry
        forged[32 + i] = sum & 0xff
        carry = sum >> 8
      }
      expect(carry).toBe(0)
      const key = new Uint8Array(Buffer.from(TEST_KEYS.publicKey, 'base64'))
      const bytes = new Uint8Array(Buffer.from(e.payload, 'utf8'))
      expect(nacl.sign.detached.verify(bytes, forged, key)).toBe(true) // the premise: tweetnacl does not check S < L
      expect(isCanonicalSignature(sig)).toBe(true)
      expect(isCanonicalSignature(forged)).toBe(false)
      const text = JSON.stringify({ ...e, signature: base64Encode(forged) })
      expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'bad-signature' })
      // the positive control: the canonical signature of the same file
      expect(evaluateConfigText(JSON.stringify(e), opts())).toMatchObject({ ok: true })
    })

    it.each([
      ['an empty signature', ''],
      ['a short signature', 'AAAA'],
      ['a long signature', 'A'.repeat(4000)]
    ])('refuses %s by its shape, before any hashing', (_what, signature) => {
      expect(evaluateConfigText(JSON.stringify({ ...envelope(), signature }), opts())).toMatchObject({ ok: false, reason: 'bad-envelope' })
    })

    it('refuses an envelope naming a key the app does not trust, before verifying', () => {
      const e = envelope()
      expect(evaluateConfigText(JSON.stringify({ ...e, keyId: 'someone-else' }), opts())).toMatchObject({ ok: false, reason: 'unknown-key' })
      expect(evaluateConfigText(JSON.stringify({ ...e, keyId: '' }), opts({ keys: [{ keyId: '', publicKey: TEST_KEYS.publicKey }] }))).toMatchObject({
        ok: false,
        reason: 'unknown-key'
      })
      expect(evaluateConfigText(signedText(bundle), opts({ keys: [] }))).toMatchObject({ ok: false, reason: 'unknown-key' })
    })

    it('checks the signature with the key the envelope names, among two trusted keys (rotation)', () => {
      const next = nacl.sign.keyPair()
      const nextKey = { keyId: 'next-2027', publicKey: base64Encode(next.publicKey) }
      const byNext = JSON.stringify(signPayload(JSON.stringify(bundle), base64Encode(next.secretKey), 'next-2027'))
      const both = opts({ keys: [...TEST_TRUST, nextKey] })
      expect(evaluateConfigText(byNext, both)).toMatchObject({ ok: true })
      expect(evaluateConfigText(signedText(bundle), both)).toMatchObject({ ok: true })
      // the next key's id on a file signed by the current key: the named key does not verify it
      const swapped = { ...(JSON.parse(signedText(bundle)) as object), keyId: 'next-2027' }
      expect(evaluateConfigText(JSON.stringify(swapped), both)).toMatchObject({ ok: false, reason: 'bad-signature' })
      // after the rotation the old key is gone
      expect(evaluateConfigText(signedText(bundle), opts({ keys: [nextKey] }))).toMatchObject({ ok: false, reason: 'unknown-key' })
    })

    it.each([
      ['an empty public key', ''],
      ['a public key that is not base64', 'not a key'],
      ['a 31-byte public key', base64Encode(new Uint8Array(31))]
    ])('refuses everything with %s', (_what, publicKey) => {
      expect(evaluateConfigText(signedText(bundle), opts({ keys: [{ keyId: TEST_KEYS.keyId, publicKey }] }))).toMatchObject({
        ok: false,
        reason: 'bad-signature'
      })
    })

    it('ignores the keyId: the key is the app’s, not the file’s', () => {
      const e = envelope()
      expect(verifyEnvelope({ format: ENVELOPE_FORMAT, keyId: 'prod', payload: e.payload, signature: e.signature }, TEST_KEYS.publicKey)).toBe(true)
    })

    it('signPayload refuses a secret key of the wrong size', () => {
      expect(() => signPayload('{}', TEST_KEYS.publicKey, 'k')).toThrow()
    })
  })

  it('refuses a signed payload that is not JSON as not-json', () => {
    expect(evaluateConfigText(signedText('<html>'), opts())).toMatchObject({ ok: false, reason: 'not-json' })
  })

  it.each([
    ['schema-version', { ...copy(bundle), schemaVersion: SCHEMA_VERSION + 1 }],
    ['schema', { ...copy(bundle), version: 0 }],
    ['schema', { ...copy(bundle), national: { ...copy(bundle.national), myths: 'none' } }],
    [
      'national-actions',
      (() => {
        const b = copy(bundle)
        b.national.balance.channels[0]?.actions.push({ kind: 'call', label: '代办', number: '0592-88888888' })
        return b
      })()
    ]
  ])('passes on the bundle check’s reason %s for a signed but unacceptable bundle', (reason, payload) => {
    const result = evaluateConfigText(signedText(payload), opts())
    expect(result).toMatchObject({ ok: false, reason })
    expect(result.ok || result.detail.length > 0).toBe(true)
  })

  it('keeps a signed bundle with one bad region, reporting it as dropped', () => {
    const b = copy(bundle)
    b.regions['350200'] = { ...copy(bundle.regions['350200']), region: '350100' } as never
    const result = evaluateConfigText(signedText(b), opts())
    expect(result.ok).toBe(true)
    if (!result.ok || result.same) return
    expect(result.dropped.map((d) => d.region)).toEqual(['350200'])
    expect(Object.keys(result.bundle.regions)).toHaveLength(Object.keys(bundle.regions).length - 1)
  })

  it.each([
    [4, 5, 'older-version'],
    [1, 2, 'older-version'],
    [5, 5, 'same-version-changed'],
    [6, 5, 'ok'],
    [1, 0, 'ok'],
    [1005, 5, 'ok'],
    [1006, 5, 'version-jump'],
    [1e15, 5, 'version-jump'],
    [2 ** 53, 5, 'schema'],
    [1e308, 5, 'schema'],
    [5.5, 5, 'schema']
  ])('version %d with version %d held → %s', (version, heldVersion, expected) => {
    const result = evaluateConfigText(signedText(withVersion(version)), opts({ heldVersion }))
    expect(reasonOf(result)).toBe(expected)
    if (result.ok && !result.same) expect(result.bundle.version).toBe(version)
  })

  it('accepts the held version only when it is byte for byte the held file', () => {
    const text = signedText(withVersion(5))
    const e = JSON.parse(text) as { keyId: string; payload: string; signature: string }
    const isHeld = (x: { keyId: string; signature: string }) => x.keyId === e.keyId && x.signature === e.signature
    expect(evaluateConfigText(text, opts({ heldVersion: 5, isHeld }))).toEqual({
      ok: true,
      same: true,
      signed: { keyId: e.keyId, signature: e.signature }
    })
    // the same version with one character changed, properly signed: a swap
    const swapped = withVersion(5)
    swapped.national.myths = swapped.national.myths.slice(1)
    expect(evaluateConfigText(signedText(swapped), opts({ heldVersion: 5, isHeld }))).toMatchObject({ ok: false, reason: 'same-version-changed' })
  })

  it('refuses an old, replayed or far-future file before hashing it, but accepts "the same file" only once verified', () => {
    const e = JSON.parse(signedText(withVersion(5))) as { keyId: string; payload: string; signature: string }
    const forged = (payload: string) => JSON.stringify({ ...e, payload })
    // refusals need no proof: the forged signature is never looked at
    expect(evaluateConfigText(forged(JSON.stringify(withVersion(4))), opts({ heldVersion: 5 }))).toMatchObject({ reason: 'older-version' })
    expect(evaluateConfigText(forged(JSON.stringify(withVersion(9999))), opts({ heldVersion: 5 }))).toMatchObject({ reason: 'version-jump' })
    // the held bytes under a signature that does not verify are not "the same file"
    const isHeld = () => true
    const badSig = JSON.stringify({ ...e, signature: base64Encode(new Uint8Array(64)) })
    expect(evaluateConfigText(badSig, opts({ heldVersion: 5, isHeld }))).toMatchObject({ ok: false, reason: 'bad-signature' })
  })

  it.each([
    ['publishedAt the day after tomorrow', '2026-12-09', 'future-date'],
    ['publishedAt far ahead', '2052-09-15', 'future-date'],
    ['publishedAt tomorrow (time zones)', '2026-12-08', 'ok'],
    ['publishedAt today', '2026-12-07', 'ok']
  ])('%s against a device clock of 2026-12-07 → %s', (_what, publishedAt, expected) => {
    expect(reasonOf(evaluateConfigText(signedText({ ...withVersion(9), publishedAt }), opts()))).toBe(expected)
  })

  it('refuses a national check date later than the publish date, and drops a region with one', () => {
    const national = withVersion(9)
    national.national.checkedOn = '2052-09-15'
    expect(evaluateConfigText(signedText(national), opts())).toMatchObject({
      ok: false,
      reason: 'national-actions',
      detail: expect.stringContaining('2052-09-15')
    })
    const region = withVersion(9)
    const xm = region.regions['350200']
    if (!xm) throw new Error('fixture: 350200')
    xm.checkedOn = '2052-09-15'
    const result = evaluateConfigText(signedText(region), opts())
    expect(result).toMatchObject({ ok: true, dropped: [{ region: '350200', problems: [expect.stringContaining('checkedOn: 日期 2052-09-15')] }] })
  })

  it('uses a custom allowlist when given one', () => {
    const appId = 'wx0123456789abcdef'
    const b = copy(bundle)
    b.national.family.paths[0]?.actions.push({ kind: 'miniProgram', label: '打开', appId })
    const text = signedText(b)
    expect(evaluateConfigText(text, opts())).toMatchObject({ ok: false, reason: 'national-actions' })
    expect(evaluateConfigText(text, opts({ allowlist: { appIds: [appId], extraPhones: [], extraHosts: [] } }))).toMatchObject({ ok: true })
  })
})

describe('decideRefresh', () => {
  const response = (status: number, body = '', etag?: string): FetchResult => ({ kind: 'response', status, body, etag })

  it('200 with a good body → updated, keeping the exact text and etag for the cache', () => {
    const text = signedText(withVersion(3))
    const outcome = decideRefresh(response(200, text, '"v3"'), opts({ heldVersion: 2 }))
    const { keyId, signature } = JSON.parse(text) as { keyId: string; signature: string }
    expect(outcome).toEqual({ kind: 'updated', bundle: withVersion(3), dropped: [], text, signed: { keyId, signature }, etag: '"v3"' })
  })

  it('304 → unchanged, whatever the body', () => {
    expect(decideRefresh(response(304), opts())).toEqual({ kind: 'unchanged' })
    expect(decideRefresh(response(304, '<html>'), opts())).toEqual({ kind: 'unchanged' })
  })

  it.each([404, 500, 502, 204, 206, 301])('%d → failed http-status, even with a good body', (status) => {
    const outcome = decideRefresh(response(status, signedText(bundle)), opts())
    expect(outcome).toMatchObject({ kind: 'failed', reason: 'http-status', detail: expect.stringContaining(String(status)) })
  })

  it('timeout → failed timeout', () => {
    expect(decideRefresh({ kind: 'timeout' }, opts())).toMatchObject({ kind: 'failed', reason: 'timeout' })
  })

  it('network error → failed network with the message', () => {
    expect(decideRefresh({ kind: 'network-error', message: 'request:fail' }, opts())).toEqual({
      kind: 'failed',
      reason: 'network',
      detail: 'request:fail'
    })
  })

  it.each([
    ['an HTML page', '<html>captive portal</html>', 'not-config'],
    ['a forged payload', JSON.stringify({ ...JSON.parse(signedText(bundle)), payload: JSON.stringify(withVersion(9)) }), 'bad-signature'],
    ['an older version', signedText(withVersion(1)), 'older-version']
  ])('200 with %s → failed %s', (_what, body, reason) => {
    expect(decideRefresh(response(200, body), opts({ heldVersion: 2 }))).toMatchObject({ kind: 'failed', reason })
  })
})

describe('remembering a refused file', () => {
  const response = (body: string, etag?: string): FetchResult => ({ kind: 'response', status: 200, body, etag })
  const bad = signedText({ ...withVersion(9), publishedAt: 'soon' })

  it('a file refused on its content gives back its ETag to remember', () => {
    expect(decideRefresh(response(bad, '"bad"'), opts())).toMatchObject({ kind: 'failed', reason: 'schema', etag: '"bad"' })
  })

  it.each([
    ['a portal page', '<html></html>'],
    ['a truncated body', signedText(bundle).slice(0, 100)],
    ['a file dated after tomorrow (the device clock may be wrong)', signedText({ ...withVersion(9), publishedAt: '2030-01-01' })]
  ])('%s is not remembered: it says nothing about the file on the server', (_what, body) => {
    const outcome = decideRefresh(response(body, '"x"'), opts())
    expect(outcome).toMatchObject({ kind: 'failed' })
    expect(outcome).not.toHaveProperty('etag')
  })

  it('the same ETag again is refused without being read', () => {
    // a good body under the remembered ETag is still not read: the ETag names the file
    expect(decideRefresh(response(signedText(withVersion(9)), '"bad"'), { ...opts(), refusedEtag: '"bad"' })).toMatchObject({
      kind: 'failed',
      reason: 'known-bad'
    })
    expect(decideRefresh(response(signedText(withVersion(9)), '"new"'), { ...opts(), refusedEtag: '"bad"' })).toMatchObject({ kind: 'updated' })
  })
})

describe('refreshNotice', () => {
  const HELD = '2026-11-22'

  it.each<RefreshOutcome>([{ kind: 'unchanged' }, { kind: 'updated', bundle, dropped: [], text: '{}', signed: { keyId: 'k', signature: 's' } }])(
    'is quiet for %j',
    (outcome) => {
      expect(refreshNotice(outcome, HELD)).toBeNull()
    }
  )

  it.each(['timeout', 'network', 'http-status', 'not-json', 'bad-signature', 'older-version', 'schema'] as const)(
    'names the held date after a %s failure',
    (reason) => {
      const notice = refreshNotice({ kind: 'failed', reason, detail: 'x' }, HELD)
      expect(notice).toContain(HELD)
      expect(notice).not.toContain('x')
    }
  )

  it('calls a portal page or a BOM "could not fetch", not a failed security check', () => {
    expect(refreshNotice({ kind: 'failed', reason: 'not-config', detail: '' }, HELD)).toMatch(/暂时没能获取/)
  })

  it('tells an offline failure apart from a refused config', () => {
    const offline = refreshNotice({ kind: 'failed', reason: 'timeout', detail: '' }, HELD)
    const refused = refreshNotice({ kind: 'failed', reason: 'bad-signature', detail: '' }, HELD)
    expect(offline).not.toBe(refused)
    expect(refused).toMatch(/安全检查/)
    expect(offline).not.toMatch(/安全检查/)
  })
})
