/**
 * Object storage through the S3 API (Tencent COS, Aliyun OSS, AWS S3 and local
 * test servers all speak it). Only three operations are needed: get, put, list.
 */
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3'

export interface StoredObject {
  text: string
  etag?: string
  contentType?: string
  cacheControl?: string
}

export interface ObjectStore {
  /** null when the object does not exist */
  get(key: string): Promise<StoredObject | null>
  put(key: string, text: string, headers: { contentType: string; cacheControl: string }): Promise<void>
  list(prefix: string): Promise<string[]>
  /** for messages: where the objects go */
  describe(): string
  /** closes kept-alive connections */
  close(): void
}

export interface StoreConfig {
  endpoint?: string
  bucket: string
  region: string
  forcePathStyle: boolean
  accessKeyId: string
  secretAccessKey: string
}

export class ReleaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReleaseError'
  }
}

/** Reads the standard AWS credentials and POLICY_S3_*; every missing setting is named at once. */
export function storeConfigFromEnv(env: Record<string, string | undefined> = process.env): StoreConfig {
  const missing = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'POLICY_S3_BUCKET', 'POLICY_S3_REGION'].filter((k) => !env[k])
  if (missing.length > 0) {
    throw new ReleaseError(
      `set ${missing.join(', ')} (and POLICY_S3_ENDPOINT for COS/OSS/a local server, POLICY_S3_FORCE_PATH_STYLE=true for local servers)`
    )
  }
  return {
    endpoint: env.POLICY_S3_ENDPOINT || undefined,
    bucket: env.POLICY_S3_BUCKET ?? '',
    region: env.POLICY_S3_REGION ?? '',
    forcePathStyle: env.POLICY_S3_FORCE_PATH_STYLE === 'true',
    accessKeyId: env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY ?? ''
  }
}

/** Turns what S3-compatible services answer into a sentence a maintainer can act on. */
const VERB = { reading: 'read', writing: 'write', listing: 'list' } as const

export function describeStoreError(err: unknown, action: keyof typeof VERB, where: string): string {
  const name = err instanceof S3ServiceException || err instanceof Error ? err.name : ''
  const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined
  const code = (err as { code?: string } | null)?.code ?? ''
  let why: string
  if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'InvalidToken', 'ExpiredToken'].includes(name)) {
    why = `the storage refused the credentials (${name}): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`
  } else if (name === 'AccessDenied' || status === 403) {
    why = `access denied (${name || status}): check that these credentials may ${VERB[action]} objects in this bucket`
  } else if (name === 'NoSuchBucket') {
    why = 'the bucket does not exist: check POLICY_S3_BUCKET (and POLICY_S3_REGION / POLICY_S3_ENDPOINT)'
  } else if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EPIPE|socket hang up|TimeoutError/i.test(`${code} ${name} ${String(err)}`)) {
    why = `could not reach the storage (${code || name || String(err)}): check POLICY_S3_ENDPOINT and the network`
  } else {
    why = `${name || 'error'}${status ? ` (HTTP ${status})` : ''}: ${err instanceof Error ? err.message : String(err)}`
  }
  return `${action} ${where} failed — ${why}`
}

export function s3Store(config: StoreConfig): ObjectStore {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // COS, OSS and older S3-compatible servers reject the SDK's default CRC checksums on upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5000, requestTimeout: 30000 },
    maxAttempts: 3
  })
  const where = (key: string) => `${config.bucket}/${key}`
  return {
    describe: () => `${config.endpoint ?? `s3.${config.region}`} bucket ${config.bucket}`,
    close: () => client.destroy(),
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }))
        const text = (await res.Body?.transformToString('utf-8')) ?? ''
        return { text, etag: res.ETag, contentType: res.ContentType, cacheControl: res.CacheControl }
      } catch (err) {
        if (err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.$metadata.httpStatusCode === 404) && err.name !== 'NoSuchBucket') {
          return null
        }
        throw new ReleaseError(describeStoreError(err, 'reading', where(key)))
      }
    },
    async put(key, text, headers) {
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: config.bucket,
            Key: key,
            Body: Buffer.from(text, 'utf8'),
            ContentType: headers.contentType,
            CacheControl: headers.cacheControl
          })
        )
      } catch (err) {
        throw new ReleaseError(describeStoreError(err, 'writing', where(key)))
      }
    },
    async list(prefix) {
      const keys: string[] = []
      let token: string | undefined
      try {
        do {
          const res = await client.send(new ListObjectsV2Command({ Bucket: config.bucket, Prefix: prefix, ContinuationToken: token }))
          for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key)
          token = res.IsTruncated ? res.NextContinuationToken : undefined
        } while (token)
      } catch (err) {
        throw new ReleaseError(describeStoreError(err, 'listing', where(prefix)))
      }
      return keys
    }
  }
}
