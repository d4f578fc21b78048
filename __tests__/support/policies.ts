/**
 * Shared helpers for the tests: the real policies/ data, read straight from the
 * JSON files (so expectations come from the data, not from the code under test), the
 * real region facts and the TEST signing key.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadPolicies } from '../../scripts/policy-files'
import { signPayload } from '../../src/domain/policyUpdate/signature'
import type { PolicyBundle, RegionFacts } from '../../src/domain/policy/bundle'
import type { NationalPolicy, RegionPolicy } from '../../src/domain/policy/schema'
import { regionList } from '../../src/domain/region/fullList'

const { areaCodesOf, isKnownRegion } = regionList

export const ROOT = join(__dirname, '..', '..')
export const POLICIES = join(ROOT, 'policies')

export const facts: RegionFacts = { isKnownRegion, areaCodesOf }

export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown

/** national.json as written on disk */
export const rawNational = (): NationalPolicy => readJson(join(POLICIES, 'national.json')) as NationalPolicy

/** codes of every regions/<code>.json file */
export const regionFileCodes = (): string[] =>
  readdirSync(join(POLICIES, 'regions'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort()

/** regions/<code>.json as written on disk */
export const rawRegion = (code: string): RegionPolicy => readJson(join(POLICIES, 'regions', `${code}.json`)) as RegionPolicy

export const rawRelease = (): { version: number; publishedAt: string } =>
  readJson(join(POLICIES, 'release.json')) as { version: number; publishedAt: string }

/** The bundle the build would publish: loadPolicies() over the real files. Throws if the data is broken. */
export function realBundle(): PolicyBundle {
  const { bundle, problems } = loadPolicies()
  if (!bundle) throw new Error(`policies/ does not load: ${problems.join('\n')}`)
  return bundle
}

interface KeyPair {
  keyId: string
  publicKey: string
  secretKey: string
}
export const TEST_KEYS = readJson(join(ROOT, 'keys', 'test-keypair.json')) as KeyPair

const signed = new Map<string, string>()

/**
 * The envelope text a CDN would serve, signed with the TEST key. Memoised: tweetnacl's
 * ed25519 is slow under jest (tens of ms per signature).
 */
export function signedText(payload: unknown, secretKey: string = TEST_KEYS.secretKey): string {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload)
  const id = `${secretKey}\n${text}`
  let out = signed.get(id)
  if (out === undefined) {
    out = JSON.stringify(signPayload(text, secretKey, TEST_KEYS.keyId))
    signed.set(id, out)
  }
  return out
}

/**
 * regions/350200.json with a phone channel first in `balance.channels.upsert`. Since policy v2 the
 * files carry no 区号-12393 channel (the resolver generates it), so tests of the action checks add
 * one here: a call to 0592-12393, citing the file's first source.
 */
export function xiamenWithCall(number = '0592-12393'): RegionPolicy {
  return regionWithCall('350200', number)
}

export function regionWithCall(code: string, number: string): RegionPolicy {
  const r = copy(rawRegion(code))
  const cite = r.sources[0]?.id
  if (!cite) throw new Error(`fixture: ${code} has no source`)
  const channel = {
    id: 'x-hotline',
    name: '医保服务热线',
    kind: 'phone' as const,
    steps: ['拨打热线，按语音提示选择。'],
    needs: ['电话'],
    suits: ['不用上网'],
    limits: [],
    actions: [{ kind: 'call' as const, label: '拨打医保热线', number }],
    sources: [cite]
  }
  r.balance = { channels: { ...r.balance?.channels, upsert: [channel, ...(r.balance?.channels?.upsert ?? [])] } }
  return r
}

/** The TEST key as the app trusts it (current key only). */
export const TEST_TRUST = [{ keyId: TEST_KEYS.keyId, publicKey: TEST_KEYS.publicKey }]

/** A frozen device clock for every date rule: the day after the real publish date would still be fine. */
export const NOW = new Date('2026-12-07T08:00:00Z')
