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

export function verifyEnvelope(envelope: SignedEnvelope, publicKeyBase64: string): boolean {
  const key = base64Decode(publicKeyBase64)
  const sig = base64Decode(envelope.signature)
  if (!key || key.length !== nacl.sign.publicKeyLength) return false
  if (!sig || sig.length !== nacl.sign.signatureLength) return false
  return nacl.sign.detached.verify(utf8Bytes(envelope.payload), sig, key)
}

/** Used by the publish script and tests; the app never holds a secret key. */
export function signPayload(payload: string, secretKeyBase64: string, keyId: string): SignedEnvelope {
  const secret = base64Decode(secretKeyBase64)
  if (!secret || secret.length !== nacl.sign.secretKeyLength) throw new Error('签名私钥格式不对 (需要 base64 的 64 字节 ed25519 私钥)')
  const signature = base64Encode(nacl.sign.detached(utf8Bytes(payload), secret))
  return { format: ENVELOPE_FORMAT, keyId, payload, signature }
}

