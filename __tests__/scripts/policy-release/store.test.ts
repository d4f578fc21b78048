/**
 * @jest-environment node
 *
 * Storage settings and the messages a maintainer reads when storage says no.
 */
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { S3ServiceException } from '@aws-sdk/client-s3'
import { describeStoreError, s3Store, storeConfigFromEnv } from '../../../scripts/policy-release/store'

const FULL = { AWS_ACCESS_KEY_ID: 'id', AWS_SECRET_ACCESS_KEY: 'secret', POLICY_S3_BUCKET: 'b', POLICY_S3_REGION: 'ap-guangzhou' }

describe('storeConfigFromEnv', () => {
  it('reads the standard credentials and POLICY_S3_*', () => {
    expect(storeConfigFromEnv({ ...FULL, POLICY_S3_ENDPOINT: 'https://cos.ap-guangzhou.myqcloud.com', POLICY_S3_FORCE_PATH_STYLE: 'true' })).toEqual({
      endpoint: 'https://cos.ap-guangzhou.myqcloud.com',
      bucket: 'b',
      region: 'ap-guangzhou',
      forcePathStyle: true,
      accessKeyId: 'id',
      secretAccessKey: 'secret'
    })
    expect(storeConfigFromEnv(FULL)).toMatchObject({ endpoint: undefined, forcePathStyle: false })
  })

  it.each([
    [['AWS_ACCESS_KEY_ID'], /set AWS_ACCESS_KEY_ID \(/],
    [['POLICY_S3_BUCKET', 'POLICY_S3_REGION'], /set POLICY_S3_BUCKET, POLICY_S3_REGION \(/]
  ])('names every missing setting: %j', (missing, message) => {
    const env: Record<string, string> = { ...FULL }
    for (const k of missing) delete env[k]
    expect(() => storeConfigFromEnv(env)).toThrow(message)
  })
})

const s3Error = (name: string, status: number) =>
  new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: `${name} from the service` })

describe('describeStoreError', () => {
  it.each<[string, unknown, RegExp]>([
    [
      'a wrong secret',
      s3Error('SignatureDoesNotMatch', 403),
      /the storage refused the credentials \(SignatureDoesNotMatch\): check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/
    ],
    ['an unknown key', s3Error('InvalidAccessKeyId', 403), /the storage refused the credentials \(InvalidAccessKeyId\)/],
    [
      'a key without write rights',
      s3Error('AccessDenied', 403),
      /access denied \(AccessDenied\): check that these credentials may write objects in this bucket/
    ],
    ['a wrong bucket', s3Error('NoSuchBucket', 404), /the bucket does not exist: check POLICY_S3_BUCKET/],
    ['anything else', s3Error('SlowDown', 503), /SlowDown \(HTTP 503\): SlowDown from the service/]
  ])('%s', (_name, err, message) => {
    expect(describeStoreError(err, 'writing', 'b/policies.json')).toMatch(new RegExp(`^writing b/policies.json failed — ${message.source}`))
  })

  it('a storage that does not answer: says so, with the endpoint setting to check', async () => {
    // a port that was free a moment ago: nothing listens there
    const probe = createServer()
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r))
    const port = (probe.address() as AddressInfo).port
    await new Promise((r) => probe.close(r))
    const store = s3Store({ ...storeConfigFromEnv(FULL), endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true })
    await expect(store.get('policies.json')).rejects.toThrow(/reading b\/policies\.json failed — could not reach the storage .*POLICY_S3_ENDPOINT/)
    store.close()
  })
})
