/** What the three policy CLIs share: flags, the signing key, the bucket, region names, the HTML page. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { regionList } from '../../src/domain/region/fullList'
import type { BundleDiff } from './diff'
import { renderDiffHtml } from './html'
import type { Signer } from './release'
import { ReleaseError, s3Store, storeConfigFromEnv, type ObjectStore } from './store'

const { getRegion } = regionList

export const ROOT = join(__dirname, '..', '..')
export const OUT_DIR = join(ROOT, 'dist', 'policies')

export const hasFlag = (name: string): boolean => process.argv.includes(name)

export function flagValue(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** POLICY_SIGNING_KEY + POLICY_KEY_ID, or --test-key for development (keys/test-keypair.json). */
export function signerFromEnv(tool: string): Signer {
  if (hasFlag('--test-key')) {
    const pair = JSON.parse(readFileSync(join(ROOT, 'keys', 'test-keypair.json'), 'utf8')) as { secretKey: string; keyId: string }
    console.warn(`${tool}: signing with the TEST key — never upload this file to production`)
    return { secretKey: pair.secretKey, keyId: pair.keyId }
  }
  const secretKey = process.env.POLICY_SIGNING_KEY
  if (!secretKey) throw new ReleaseError('set POLICY_SIGNING_KEY (base64 ed25519 secret key) or pass --test-key; see keys/README.md')
  const keyId = process.env.POLICY_KEY_ID
  // The app refuses a key id it was not built to trust, so there is no default to guess.
  if (!keyId) throw new ReleaseError('set POLICY_KEY_ID to the id the app trusts for this key (keys/README.md)')
  return { secretKey, keyId }
}

export function storeFromEnv(): ObjectStore {
  return s3Store(storeConfigFromEnv(process.env))
}

export const regionName = (code: string): string => getRegion(code)?.name ?? '（未知地区）'

/** Writes the reviewer's page and returns its path relative to the repository. */
export function writeDiffPage(diff: BundleDiff): string {
  mkdirSync(OUT_DIR, { recursive: true })
  const file = join(OUT_DIR, `diff-v${diff.from?.version ?? 0}-v${diff.to.version ?? 0}.html`)
  writeFileSync(file, renderDiffHtml(diff))
  return relative(ROOT, file)
}

/** Runs a CLI body: a ReleaseError is a clear one-line message and exit code 1, anything else a stack. */
export function run(tool: string, body: () => Promise<void>): void {
  body().catch((err: unknown) => {
    if (err instanceof ReleaseError) console.error(`${tool}: ${err.message}`)
    else console.error(`${tool}:`, err)
    process.exitCode = 1
  })
}

/** Seconds since the command started (node start-up included), for "how long until live". */
export const secondsSinceStart = (): string => process.uptime().toFixed(2)
