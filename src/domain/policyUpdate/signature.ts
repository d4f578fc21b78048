/**
 * The signed file that goes to the CDN. The payload is signed as the exact
 * string the app receives, so no JSON re-serialisation can change what was signed.
 */
import nacl from 'tweetnacl'
import { base64Decode, base64Encode, utf8Bytes } from './encoding'

export const ENVELOPE_FORMAT = 'yibao-policy/1'

export interface SignedEnvelope {
  format: typeof ENVELOPE_FORMAT
  keyId: string
  /** the policy bundle, as a JSON string */
  payload: string
  /** base64 ed25519 signature over the UTF-8 bytes of payload */
  signature: string
}

export function parseEnvelope(value: unknown): SignedEnvelope | null {
  if (!value || typeof value !== 'object') return null
  const e = value as Record<string, unknown>
  if (e.format !== ENVELOPE_FORMAT) return null
  if (typeof e.keyId !== 'string' || typeof e.payload !== 'string' || typeof e.signature !== 'string') return null
  return { format: ENVELOPE_FORMAT, keyId: e.keyId, payload: e.payload, signature: e.signature }
}

/** The order of the ed25519 group, little-endian: 2^252 + 27742317777372353535851937790883648493. */
const L = [
  0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10
]

/**
 * RFC 8032 requires S < L. tweetnacl does not check it, so S and S + L both verify: one signed
 * file would have several valid signatures, and the app recognises "the same file" by its
 * signature. Only the canonical one is accepted.
 */
export function isCanonicalSignature(sig: Uint8Array): boolean {
  if (sig.length !== 64) return false
  for (let i = 31; i >= 0; i--) {
    const s = sig[32 + i] ?? 0
    const l = L[i] ?? 0
    if (s !== l) return s < l
  }
  return false // S = L
}

export function verifyEnvelope(envelope: SignedEnvelope, publicKeyBase64: string): boolean {
  const key = base64Decode(publicKeyBase64)
  const sig = base64Decode(envelope.signature)
  if (!key || key.length !== nacl.sign.publicKeyLength) return false
  if (!sig || sig.length !== nacl.sign.signatureLength || !isCanonicalSignature(sig)) return false
  return nacl.sign.detached.verify(utf8Bytes(envelope.payload), sig, key)
}

/** Used by the publish script and tests; the app never holds a secret key. */
export function signPayload(payload: string, secretKeyBase64: string, keyId: string): SignedEnvelope {
  const secret = base64Decode(secretKeyBase64)
  if (!secret || secret.length !== nacl.sign.secretKeyLength) throw new Error('签名私钥格式不对 (需要 base64 的 64 字节 ed25519 私钥)')
  const signature = base64Encode(nacl.sign.detached(utf8Bytes(payload), secret))
  return { format: ENVELOPE_FORMAT, keyId, payload, signature }
}
