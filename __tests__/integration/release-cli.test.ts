/**
 * @jest-environment node
 *
 * The maintainer's commands end to end, as `npm run` runs them (tsx), against a
 * local S3 server: publish (asks for --yes, then goes live), refuse a republish,
 * diff, and roll back. Prints how long a publish takes from command to live object.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { copy, realBundle } from '../support/policyFixtures'
import { startLocalS3, S3_KEY, type LocalS3 } from '../support/s3server'
import { LIVE_KEY, publishBundle, readPublished, type BundleJson } from '../../scripts/policy-release/release'
import type { ObjectStore } from '../../scripts/policy-release/store'

jest.setTimeout(180_000)

const ROOT = join(__dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

let s3: LocalS3
let bucket = ''
let store: ObjectStore
beforeAll(async () => {
  s3 = await startLocalS3()
  bucket = await s3.newBucket()
  store = s3.store(bucket)
})
afterAll(async () => {
  store.close()
  await s3.stop()
})

interface Run {
  code: number
  out: string
  err: string
}

/** Async on purpose: the S3 server runs in this process and must keep answering. */
function cli(script: string, args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const base = { ...process.env }
  for (const k of Object.keys(base)) if (k.startsWith('AWS_') || k.startsWith('POLICY_')) delete base[k]
  const all: Record<string, string | undefined> = {
    ...base,
    AWS_ACCESS_KEY_ID: S3_KEY.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_KEY.secretAccessKey,
    POLICY_S3_ENDPOINT: s3.directUrl,
    POLICY_S3_BUCKET: bucket,
    POLICY_S3_REGION: 'us-east-1',
    POLICY_S3_FORCE_PATH_STYLE: 'true',
    ...env
  }
  // an undefined value would reach the child as the string "undefined"
  for (const k of Object.keys(all)) if (all[k] === undefined) delete all[k]
  return new Promise((resolve) => {
    execFile(TSX, [join('scripts', script), ...args], { cwd: ROOT, env: all as NodeJS.ProcessEnv }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: String(stdout), err: String(stderr) })
    )
  })
}

const liveVersion = async () => {
  const live = await store.get(LIVE_KEY)
  return live ? readPublished(live.text, LIVE_KEY).bundle.version : null
}
const release = JSON.parse(readFileSync(join(ROOT, 'policies', 'release.json'), 'utf8')) as { version: number }

it('publish → refuse a republish → diff → rollback, with the real commands', async () => {
  // 1. A first publish brings every number: it shows the diff and asks for --yes, writing nothing.
  const ask = await cli('publish-policies.ts', ['--test-key', '--upload'])
  expect(ask.code).toBe(1)
  expect(ask.out).toContain('全国')
  expect(ask.out).toMatch(/Reviewer's page: dist\/policies\/diff-v0-v\d+\.html/)
  expect(ask.err).toMatch(/phone number or link changes .* --yes/)
  expect(await store.list('')).toEqual([])

  // 2. With --yes it goes live, and says how long it took (the figure itself belongs to npm run bench).
  const go = await cli('publish-policies.ts', ['--test-key', '--upload', '--yes'])
  expect(go.err).not.toMatch(/policies:publish: (?!signing with the TEST key)/)
  expect(go.code).toBe(0)
  expect(go.out).toMatch(/\d+\.\d+ s from command to verified live object/)
  expect(await liveVersion()).toBe(release.version)

  // 3. The same version again is refused, with what to do.
  const again = await cli('publish-policies.ts', ['--test-key', '--upload', '--yes'])
  expect(again.code).toBe(1)
  expect(again.err).toContain(`version ${release.version} is not above the live version ${release.version}: set "version" in policies/release.json`)

  // 4. The diff against live: nothing changed.
  const diff = await cli('diff-policies.ts', [])
  expect(diff.code).toBe(0)
  expect(diff.out).toContain('内容没有变化。')

  // 5. A bad version goes out (here from code), then the rollback command undoes it.
  const bad = copy(realBundle()) as unknown as BundleJson & { national: { balance: { channels: Array<{ name: string }> } } }
  bad.version = release.version + 1
  const channel = bad.national.balance.channels[0]
  if (channel) channel.name = '写错的名字'
  await publishBundle(store, bad, { signer: { secretKey: testSecret(), keyId: 'test-2026-11' } })

  const preview = await cli('rollback-policies.ts', ['--to', String(release.version)])
  expect(preview.code).toBe(0)
  expect(preview.out).toContain('写错的名字')
  expect(preview.out).toContain('Nothing written')
  expect(await liveVersion()).toBe(release.version + 1)

  const back = await cli('rollback-policies.ts', ['--to', String(release.version), '--upload', '--test-key'])
  expect(back.code).toBe(0)
  expect(back.out).toContain(`version ${release.version + 2} (content of v${release.version}) is live`)
  expect(back.out).toContain(`"version" in policies/release.json to ${release.version + 3}`)
  expect(await liveVersion()).toBe(release.version + 2)
})

it('without the storage settings: says which ones are missing', async () => {
  const run = await cli('publish-policies.ts', ['--test-key', '--upload'], { POLICY_S3_BUCKET: undefined, AWS_SECRET_ACCESS_KEY: undefined })
  expect(run.code).toBe(1)
  expect(run.err).toMatch(/policies:publish: set AWS_SECRET_ACCESS_KEY, POLICY_S3_BUCKET/)
})

function testSecret(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { secretKey: string }).secretKey
}
