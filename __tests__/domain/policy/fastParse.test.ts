/**
 * @jest-environment node
 *
 * The compiled schema (src/domain/policy/fastParse.ts) against valibot itself: on every real file and on
 * thousands of files changed at random in the ways an author or an attacker can change them, it accepts
 * exactly what valibot accepts, and gives valibot's output (trimmed strings, unknown keys dropped).
 */
import fc from 'fast-check'
import * as v from 'valibot'
import { fastParser } from '../../../src/domain/policy/fastParse'
import { isPartialDate, NationalPolicySchema, PolicyBundleSchema, RegionPolicySchema } from '../../../src/domain/policy/schema'
import { copy, realBundle } from '../../support/policies'

const bundle = realBundle()
const fastRegion = fastParser(RegionPolicySchema)
const fastNational = fastParser(NationalPolicySchema)
const fastEnvelope = fastParser(PolicyBundleSchema)

/** Both parsers on one value: the same verdict and, when valid, the same output. */
function agree<S extends v.GenericSchema>(schema: S, fast: (x: unknown) => { output: unknown } | undefined, value: unknown): boolean {
  const slow = v.safeParse(schema, value)
  const quick = fast(value)
  expect(quick !== undefined).toBe(slow.success)
  if (quick && slow.success) {
    expect(quick.output).toStrictEqual(slow.output)
    // the same keys in the same order too: the output is what gets written out again (the cache)
    expect(JSON.stringify(quick.output)).toBe(JSON.stringify(slow.output))
  }
  return slow.success
}

describe('the compiled schema on the real files', () => {
  it.each(Object.keys(bundle.regions).map((code) => [code]))('region %s: valid, the same output', (code) => {
    expect(agree(RegionPolicySchema, fastRegion, bundle.regions[code])).toBe(true)
  })

  it('the national file and the whole bundle: valid, the same output', () => {
    expect(agree(NationalPolicySchema, fastNational, bundle.national)).toBe(true)
    expect(agree(PolicyBundleSchema, fastEnvelope, bundle)).toBe(true)
  })
})

/** Every place in a value (a path of keys and indexes), to change one at random. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at]
  const keys: Array<string | number> = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))]
}

function setAt(root: unknown, path: ReadonlyArray<string | number>, change: (old: unknown) => unknown | typeof REMOVE): unknown {
  if (path.length === 0) {
    const r = change(root)
    return r === REMOVE ? undefined : r
  }
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as Record<string | number, unknown>
  const key = path[path.length - 1] as string | number
  const r = change(parent[key])
  if (r === REMOVE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete parent[key]
  } else parent[key] = r
  return root
}
const REMOVE = Symbol('remove')

/** What a change at one place may be: everything a hand-edited or forged file can do to a value. */
const change = fc.oneof(
  fc.constant((): unknown => REMOVE),
  fc.jsonValue().map((x) => (): unknown => x),
  fc.constant((old: unknown): unknown => (typeof old === 'string' ? `  ${old} ` : old)),
  fc.constant((old: unknown): unknown => (typeof old === 'string' ? ' ' : old)),
  fc.constant((old: unknown): unknown => (typeof old === 'string' ? old.repeat(40) : old)),
  fc.constant((old: unknown): unknown => (Array.isArray(old) ? [] : old)),
  fc.constant((old: unknown): unknown => (Array.isArray(old) ? [...old, ...old] : old)),
  fc.constant((old: unknown): unknown => (old && typeof old === 'object' && !Array.isArray(old) ? { ...old, unknownKey: 1 } : old)),
  fc.constant((old: unknown): unknown =>
    old && typeof old === 'object' && !Array.isArray(old) ? Object.fromEntries(Object.entries(old).reverse()) : old
  ),
  fc.constant((old: unknown): unknown => (typeof old === 'string' ? `${old}X` : old)),
  fc.constant((): unknown => undefined)
)

describe('the compiled schema on changed files', () => {
  const regionCodes = Object.keys(bundle.regions)

  it('a region file with one to three changes: the same verdict and output as valibot', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regionCodes), fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 }), (code, changes) => {
        let file: unknown = copy(bundle.regions[code])
        for (const [n, f] of changes) {
          const all = paths(file)
          file = setAt(file, all[n % all.length] ?? [], f)
        }
        agree(RegionPolicySchema, fastRegion, file)
      }),
      { numRuns: 1500 }
    )
  })

  it('the national file with one or two changes: the same verdict and output as valibot', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 2 }), (changes) => {
        let file: unknown = copy(bundle.national)
        for (const [n, f] of changes) {
          const all = paths(file)
          file = setAt(file, all[n % all.length] ?? [], f)
        }
        agree(NationalPolicySchema, fastNational, file)
      }),
      { numRuns: 300 }
    )
  })

  it('anything at all, and a bundle around anything', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (x) => {
        agree(RegionPolicySchema, fastRegion, x)
        agree(PolicyBundleSchema, fastEnvelope, {
          schemaVersion: 3,
          version: 4,
          publishedAt: '2026-12-07',
          national: copy(bundle.national),
          regions: x
        })
      }),
      { numRuns: 300 }
    )
  })

  it('both refuse a change that matters and keep one that does not (the controls)', () => {
    const file = copy(bundle.regions['350200'])
    expect(agree(RegionPolicySchema, fastRegion, { ...file, region: 'xm' })).toBe(false)
    expect(agree(RegionPolicySchema, fastRegion, { ...file, checkedOn: '2026-02-30' })).toBe(false)
    expect(agree(RegionPolicySchema, fastRegion, { ...file, extra: 'ignored' })).toBe(true)
    expect(fastRegion({ ...file, extra: 'ignored' })?.output).not.toHaveProperty('extra')
    // a valid file as the build writes it comes out as itself: nothing copied
    expect(fastRegion(file)?.output).toBe(file)
  })
})

describe('dates', () => {
  it('a date is read by its digits as Date.UTC reads it (two-digit years, leap years, days that do not exist)', () => {
    const byDate = (s: string) => {
      const [y = NaN, m = NaN, d = NaN] = s.split('-').map(Number)
      return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
    }
    const pad = (n: number, w: number) => String(n).padStart(w, '0')
    for (const y of [0, 4, 99, 100, 1900, 1904, 2000, 2023, 2024, 2100, 9999]) {
      for (let m = 0; m <= 13; m++) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
          expect([s, isPartialDate(s)]).toEqual([s, byDate(s)])
        }
      }
    }
  })
})
