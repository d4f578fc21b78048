/** @jest-environment node */
import { randomBytes } from 'node:crypto'
import { base64Decode, base64Encode, utf8Bytes, utf8Length } from '../../../src/domain/policyUpdate/encoding'

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')

/** Well-formed text: the hand-written encoder must agree with Node's to the byte. */
const WELL_FORMED: Array<[string, string]> = [
  ['empty', ''],
  ['ASCII', 'version 1, {"a":[1,2]}\n\t~'],
  ['control and DEL', '\u0000\u0001\u007f'],
  ['2-byte (Latin, Greek)', 'é ñ ü Ω \u0080 \u07ff'],
  ['3-byte 中文', '医保指南：个人账户余额'],
  ['3-byte edges', '\u0800 \uffff \ue000 \ud7ff'],
  ['CJK punctuation', '“亲情账户”不等于“家庭共济”。'],
  ['4-byte emoji', '👍🏻 💊 🏥'],
  ['4-byte edges', '\u{10000} \u{10ffff}'],
  ['mixed', 'a中👍é\u{1f600}z']
]

describe('utf8Bytes and utf8Length', () => {
  it.each(WELL_FORMED)('%s: bytes and length equal Buffer’s', (_what, text) => {
    expect(hex(utf8Bytes(text))).toBe(Buffer.from(text, 'utf8').toString('hex'))
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })

  it('counts 1, 2, 3 and 4 bytes per code point', () => {
    expect([utf8Length('a'), utf8Length('é'), utf8Length('中'), utf8Length('👍')]).toEqual([1, 2, 3, 4])
  })

  it('handles a long Chinese text (a whole policy bundle’s worth)', () => {
    const text = '政策信息核对于 2026-11-22，'.repeat(5000)
    expect(utf8Length(text)).toBe(Buffer.byteLength(text))
    expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true)
  })

  /**
   * Lone surrogates (possible after JSON.parse of "\ud800") are not valid UTF-16 and have no
   * UTF-8 encoding. Documented behaviour:
   * - utf8Bytes writes each one as its 3-byte generalized UTF-8 form (ED A0 80 for U+D800),
   *   where Buffer/TextEncoder write U+FFFD (EF BF BD). signPayload and verifyEnvelope both use
   *   utf8Bytes, so a signature made by signPayload still verifies; a payload with lone
   *   surrogates signed by another tool over Buffer bytes would not.
   * - utf8Length counts the bytes utf8Bytes writes, which is also Buffer.byteLength (3 either way).
   */
  it.each([
    ['lone high surrogate', '\ud800', 'eda080'],
    ['lone low surrogate', '\udc00', 'edb080'],
    ['high surrogate then BMP', '\ud800中', 'eda080e4b8ad'],
    ['high surrogate then ASCII', '\udbffa', 'edafbf61'],
    ['reversed pair', '\udc00\ud800', 'edb080eda080'],
    ['high surrogate at the end after text', 'ab\ud83d', '6162eda0bd'],
    ['pair after a lone high surrogate', '\ud800\ud83d\udc4d', 'eda080f09f918d']
  ])('%s: 3 bytes per lone surrogate, as generalized UTF-8', (_what, text, expected) => {
    expect(hex(utf8Bytes(text))).toBe(expected)
    expect(utf8Length(text)).toBe(utf8Bytes(text).length)
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })

  it('differs from Buffer only by writing lone surrogates instead of U+FFFD', () => {
    expect(hex(Buffer.from('\ud800', 'utf8'))).toBe('efbfbd')
    expect(hex(utf8Bytes('\ud800'))).not.toBe('efbfbd')
  })
})

describe('base64', () => {
  it.each([0, 1, 2, 3, 4, 5, 31, 32, 33, 64, 255])('round trips %d random bytes and matches Buffer', (n) => {
    const bytes = new Uint8Array(randomBytes(n))
    const encoded = base64Encode(bytes)
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
    expect(hex(base64Decode(encoded) ?? new Uint8Array([0xde, 0xad]))).toBe(hex(bytes))
  })

  it('decodes every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const b64 = Buffer.from(all).toString('base64')
    expect(base64Encode(all)).toBe(b64)
    expect(hex(base64Decode(b64) ?? new Uint8Array())).toBe(hex(all))
  })

  it.each([
    ['', ''],
    ['TQ==', '4d'],
    ['TWE=', '4d61'],
    ['TWFu', '4d616e'],
    ['5Yy75L+d', 'e58cbbe4bf9d'], // 医保
    ['/+/+', 'ffeffe']
  ])('decodes %j to %s', (b64, expected) => {
    expect(hex(base64Decode(b64) ?? new Uint8Array([0xde, 0xad]))).toBe(expected)
  })

  it('accepts missing padding (documented: padding is optional)', () => {
    expect(hex(base64Decode('TQ') ?? new Uint8Array())).toBe('4d')
    expect(hex(base64Decode('TWE') ?? new Uint8Array())).toBe('4d61')
  })

  it.each([
    ['a character outside the alphabet', 'TW!u'],
    ['URL-safe alphabet', '_-_-'],
    ['whitespace', 'TW Fu'],
    ['a trailing newline', 'TWFu\n'],
    ['padding in the middle', 'TQ==TWFu'],
    ['one dangling character', 'TWFuT'],
    ['only one character', 'T'],
    ['a single char with padding', 'T==='],
    ['non-ASCII', '医保'],
    ['data URL prefix', 'data:;base64,TWFu']
  ])('rejects %s (%j)', (_what, b64) => {
    expect(base64Decode(b64)).toBeNull()
  })

  it('decodes the 32-byte TEST public key and 64-byte secret key', () => {
    expect(base64Decode('HjfHGjX1yvmnEweZKfHoaSJJjAqKQREQsSodbrcHwtM=')?.length).toBe(32)
    expect(base64Decode('bImT9cpnxocFBtXNR/aTtIOpHu1AAFyB/Dbr2aTqejoeN8caNfXK+acTB5kp8ehpIkmMCopBERCxKh1utwfC0w==')?.length).toBe(64)
  })
})
