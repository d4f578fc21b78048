/**
 * @jest-environment node
 *
 * Property tests for the validators: whatever arrives from the network or storage, they
 * answer instead of throwing, and they never accept what the schema or allowlist forbids.
 */
import fc from 'fast-check'
import * as v from 'valibot'
import { evaluateConfigText } from '../../src/domain/config/evaluate'
import { checkPhone } from '../../src/domain/policy/allowlist'
import { callNumbersIn } from '../support/policyData'
import { checkBundle, checkRegion } from '../../src/domain/policy/bundle'
import { RegionPolicySchema, type RegionPolicy } from '../../src/domain/policy/schema'
import { areaCodesOf, citiesOf } from '../../src/domain/region'
import { copy, facts, rawRegion, realBundle, signedText, NOW, TEST_TRUST } from './fixtures/policies'

const RUNS = { numRuns: 200 }
const bundle = realBundle()
const opts = { keys: TEST_TRUST, facts, heldVersion: 0, now: NOW }

describe('never throws', () => {
  it('checkBundle on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (value) => {
        expect(checkBundle(value, facts).ok).toBe(false)
      }),
      RUNS
    )
  })

  it('checkBundle on JSON values, also dressed up as a bundle', () => {
    const jsonValue = fc.jsonValue()
    fc.assert(
      fc.property(jsonValue, jsonValue, jsonValue, jsonValue, (a, b, c, d) => {
        checkBundle(a, facts)
        checkBundle({ schemaVersion: a, version: 1, publishedAt: '2026-01-01', national: b, regions: c }, facts)
        checkBundle({ ...copy(bundle), regions: { '350200': d, '110000': a } }, facts)
        checkBundle({ ...copy(bundle), national: { ...copy(bundle.national), balance: d } }, facts)
      }),
      RUNS
    )
  })

  it('evaluateConfigText on arbitrary strings and JSON texts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.string()), (text) => {
        expect(evaluateConfigText(text, opts).ok).toBe(false)
      }),
      RUNS
    )
  })

  it('evaluateConfigText on envelopes with arbitrary fields', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (keyId, payload, signature) => {
        const text = JSON.stringify({ format: 'yibao-policy/1', keyId, payload, signature })
        expect(evaluateConfigText(text, opts).ok).toBe(false)
      }),
      RUNS
    )
  })

  it('evaluateConfigText on correctly signed arbitrary payloads', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (payload) => {
        const result = evaluateConfigText(signedText(payload), opts)
        // a random payload is never a valid bundle; what matters is that it got past the signature
        expect(result).toMatchObject({ ok: false })
        if (!result.ok) expect(result.reason).not.toBe('bad-signature')
      }),
      // each run signs and verifies with pure-JS ed25519: keep it short
      { numRuns: 25 }
    )
  })
})

describe('checkRegion and phone numbers', () => {
  /** the format the schema allows for a call action */
  const PHONE_FORMAT = /^(0\d{2,3}-)?\d{3,8}$/

  const areaCode = fc.constantFrom('010', '020', '0592', '0591', '0931', '0937', '0755', '0898', '021')
  const phone = fc.oneof(
    // often official, so that accepted cases are common too
    { arbitrary: fc.constantFrom('12393', '12333'), weight: 3 },
    fc.constantFrom('0592-12393', '0592-12333', '010-12393', '010-12333', '0931-12393', '0898-12393', '95518', '400-810-8888'),
    fc.tuple(areaCode, fc.constantFrom('12393', '12333', '12345', '123930', '1239')).map(([a, n]) => `${a}-${n}`),
    fc.tuple(fc.option(areaCode, { nil: undefined }), fc.stringMatching(/^\d{3,8}$/)).map(([a, n]) => (a ? `${a}-${n}` : n)),
    fc.string({ maxLength: 16 })
  )

  /**
   * 350200 厦门 (a city), 110000 北京 (a municipality), 620000 甘肃 (a province of many area
   * codes), 460000 海南 (a province whose cities all dial 0898; no file, 甘肃's is borrowed)
   */
  const code = fc.constantFrom('350200', '110000', '620000', '460000')
  const baseFile = (regionCode: string): RegionPolicy =>
    regionCode === '460000' ? { ...copy(rawRegion('620000')), region: '460000' } : copy(rawRegion(regionCode))

  /**
   * Area codes a region's file may dial: a file is read by the region itself and, for a
   * province, by every city under it, so only codes that all of those share.
   */
  const usableAreaCodes = (regionCode: string): string[] => {
    const readers = citiesOf(regionCode).length > 0 ? citiesOf(regionCode).map((c) => c.code) : [regionCode]
    const lists = readers.map((c) => areaCodesOf(c))
    return (lists[0] ?? []).filter((c) => lists.every((l) => l.includes(c)))
  }

  it('derives the usable area codes from the region data (the premise)', () => {
    expect(usableAreaCodes('350200')).toEqual(['0592'])
    expect(usableAreaCodes('110000')).toEqual(['010'])
    expect(usableAreaCodes('620000')).toEqual([])
    expect(usableAreaCodes('460000')).toEqual(['0898'])
  })

  /** the region's file with the number in a balance channel and in a binding path (the national steps name
   *  other cities' lines as examples, which a region file may not, so the channel gets its own step) */
  const withNumbers = (regionCode: string, a: string, b: string): RegionPolicy => {
    const r = baseFile(regionCode)
    const call = (number: string) => ({ kind: 'call' as const, label: '拨打热线', number })
    r.balance = { channels: { upsert: [...(r.balance?.channels?.upsert ?? []), { ...copy(bundle.national.balance.channels[3]!), id: 'x-hotline', steps: ['打这个电话问。'], actions: [call(a)], sources: [r.sources[0]?.id ?? ''] }] } }
    r.family = { ...r.family, paths: { upsert: [...(r.family?.paths?.upsert ?? []), { ...copy(bundle.national.family.paths[0]!), id: 'x-path', actions: [call(b)], sources: [r.sources[0]?.id ?? ''] }] } }
    return r
  }

  it('accepts a region exactly when every number is well-formed and official for every reader of the file', () => {
    let accepted = 0
    let refused = 0
    fc.assert(
      fc.property(code, phone, phone, (regionCode, a, b) => {
        const result = checkRegion(regionCode, withNumbers(regionCode, a, b), facts)
        // accepted ⇒ every number passes checkPhone for the region's own area codes…
        const areaCodes = facts.areaCodesOf(regionCode)
        // …and, exactly, for the codes shared by everyone who reads the file
        const allowed = (n: string) => PHONE_FORMAT.test(n) && checkPhone(n, usableAreaCodes(regionCode)) === null
        if (result.ok) {
          accepted++
          const calls = callNumbersIn(result.policy)
          expect(calls).toEqual(expect.arrayContaining([a, b]))
          for (const n of calls) expect(checkPhone(n, areaCodes)).toBeNull()
        } else refused++
        expect(result.ok).toBe(allowed(a) && allowed(b))
      }),
      RUNS
    )
    // both outcomes happened, so the property was not vacuous
    expect(accepted).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(0)
  })
})

describe('checkRegion and the schema', () => {
  type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
  type Path = Array<string | number>

  const base = rawRegion('110000') as unknown as Json

  /** every path to a value inside the region file (not the root) */
  function paths(value: Json, at: Path = []): Path[] {
    const here = at.length > 0 ? [at] : []
    if (Array.isArray(value)) return [...here, ...value.flatMap((x, i) => paths(x, [...at, i]))]
    if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([k, x]) => paths(x, [...at, k]))]
    return here
  }
  const allPaths = paths(base)

  type Mutation = { kind: 'delete' } | { kind: 'set'; value: Json }
  const wrongValue = fc.oneof(
    fc.constant<Json>(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom<Json>('', '   ', 'x', '2026-13-01', 'not-an-id!', 'spouse', 'weak'),
    fc.constant<Json>([]),
    fc.constant<Json>({}),
    fc.array(fc.integer(), { minLength: 1, maxLength: 3 })
  )
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.constant<Mutation>({ kind: 'delete' }),
    wrongValue.map((value): Mutation => ({ kind: 'set', value }))
  )

  function mutate(value: Json, path: Path, m: Mutation): Json {
    const out = copy(value)
    let parent = out as Record<string | number, Json>
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>
    const last = path[path.length - 1] as string | number
    if (m.kind === 'set') parent[last] = m.value
    else if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
    return out
  }

  it('the unmutated file is valid (the premise)', () => {
    expect(v.safeParse(RegionPolicySchema, base).success).toBe(true)
    expect(checkRegion('110000', base, facts).ok).toBe(true)
    expect(allPaths.length).toBeGreaterThan(50)
  })

  it('never accepts a mutation the schema rejects, and names where it is', () => {
    let rejected = 0
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), mutation, (path, m) => {
        const mutated = mutate(base, path, m)
        const schema = v.safeParse(RegionPolicySchema, mutated)
        const result = checkRegion('110000', mutated, facts)
        if (!schema.success) {
          rejected++
          expect(result.ok).toBe(false)
          if (result.ok) return
          // a problem points into the mutated top-level field (a missing key or a shrunk list is reported on its parent)
          const top = String(path[0])
          expect(result.problems.some((p) => p.startsWith(`${top}.`) || p.startsWith(`${top}:`))).toBe(true)
        }
        if (result.ok) expect(schema.success).toBe(true)
      }),
      RUNS
    )
    expect(rejected).toBeGreaterThan(RUNS.numRuns / 4)
  })

  it('never accepts a region whose required top-level field is gone or mistyped', () => {
    fc.assert(
      fc.property(fc.constantFrom('region', 'checkedOn', 'sources'), mutation, (key, m) => {
        const mutated = mutate(base, [key], m)
        expect(checkRegion('110000', mutated, facts).ok).toBe(false)
      }),
      RUNS
    )
  })
})
