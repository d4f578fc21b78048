/**
 * The policy schema (schema.ts, valibot) compiled once into plain functions that only say whether a
 * value is valid and, if so, give valibot's output (strings trimmed, unknown keys dropped). A config
 * with thousands of regions is checked on a phone: valibot builds a dataset per value and collects
 * issues with their paths, which a valid file never needs. So a file is parsed here first, and only
 * one that fails goes through valibot again, for its messages: the schema stays the one source of
 * truth, and what is accepted and what comes out are the same (__tests__/domain/policy/fastParse.test.ts).
 * Where the output would be a copy equal to the input, key for key and in the same order (a file as
 * the build writes it), the input itself is the output: a valid file is checked without a copy.
 *
 * Only the schema kinds and actions schema.ts uses are compiled; any other throws when the module
 * loads, so a schema change cannot slip past unchecked.
 */
import type * as v from 'valibot'

/** A value's output, or FAIL. */
type Parse = (value: unknown) => unknown
const FAIL: unique symbol = Symbol('invalid')

type Node = {
  kind: string
  type: string
  pipe?: readonly Node[]
  entries?: Record<string, Node>
  wrapped?: Node
  default?: unknown
  item?: Node
  options?: readonly unknown[]
  key?: Node | string
  value?: Node
  literal?: unknown
  requirement?: unknown
  fallback?: unknown
}

const isOptional = (n: Node) => n.type === 'optional'

/** An object some of whose keys for-in did not see (inherited or not enumerable): read key by key, as valibot does. */
function objectKeyByKey(entries: ReadonlyArray<{ key: string; parse: Parse; optional: boolean }>, input: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {}
  for (const e of entries) {
    if (e.key in input) {
      const r = e.parse(input[e.key])
      if (r === FAIL) return FAIL
      out[e.key] = r
    } else if (!e.optional) return FAIL
  }
  return out
}

/** The schema itself, without its pipe's actions. */
function compileSchema(n: Node): Parse {
  if (n.fallback !== undefined) throw new Error(`fastParse: fallback values are not compiled (${n.type})`)
  switch (n.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : FAIL)
    case 'number':
      return (x) => (typeof x === 'number' && !isNaN(x) ? x : FAIL)
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : FAIL)
    case 'unknown':
      return (x) => x
    case 'literal': {
      const lit = n.literal
      return (x) => (x === lit || (Number.isNaN(x) && Number.isNaN(lit)) ? x : FAIL)
    }
    case 'picklist': {
      const options = n.options ?? []
      return (x) => (options.includes(x) ? x : FAIL)
    }
    case 'optional': {
      if (n.default !== undefined) throw new Error('fastParse: optional defaults are not compiled')
      const inner = compile(n.wrapped as Node)
      return (x) => (x === undefined ? undefined : inner(x))
    }
    case 'array': {
      const item = compile(n.item as Node)
      return (x) => {
        if (!Array.isArray(x)) return FAIL
        let out: unknown[] | null = null
        for (let i = 0; i < x.length; i++) {
          const r = item(x[i])
          if (r === FAIL) return FAIL
          if (out) out[i] = r
          else if (r !== x[i] || !(i in x)) {
            // the first item that comes out changed (or a hole, which valibot fills): from here, a copy
            out = x.slice(0, i)
            out[i] = r
          }
        }
        return out ?? x
      }
    }
    case 'object': {
      const entries = Object.entries(n.entries ?? {}).map(([key, schema], index) => ({
        key,
        index,
        parse: compile(schema),
        optional: isOptional(schema)
      }))
      const byKey = new Map(entries.map((e) => [e.key, e]))
      const required = entries.filter((e) => !e.optional).length
      // The input's own keys in one for-in (each value read by the loop's fast path), not each schema key
      // looked up in turn: the same lookups from one place for every kind of object are the slow kind.
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL
        const input = x as Record<string, unknown>
        let values: unknown[] | null = null
        let requiredSeen = 0
        let last = -1
        let asIs = !Array.isArray(x)
        for (const k in input) {
          // a file's keys mostly come in the schema's order: the next entry is tried before the map
          const next = entries[last + 1]
          const e = next !== undefined && next.key === k ? next : byKey.get(k)
          if (e === undefined) {
            asIs = false // a key the schema drops
            continue
          }
          const v = input[k]
          const r = e.parse(v)
          if (r === FAIL) return FAIL
          if (!e.optional) requiredSeen++
          if (e.index < last || r !== v) asIs = false
          last = e.index
          if (!asIs) {
            values ??= new Array<unknown>(entries.length)
            values[e.index] = r
          }
        }
        // a required key for-in did not see (inherited, or not enumerable): read key by key, as valibot does
        if (requiredSeen < required) return objectKeyByKey(entries, input)
        if (asIs) return x
        // in the schema's order; a value not yet kept came out as it went in
        const out: Record<string, unknown> = {}
        for (const e of entries) if (e.key in input) out[e.key] = values && e.index in values ? values[e.index] : input[e.key]
        return out
      }
    }
    case 'union': {
      const options = (n.options as Node[]).map(compile)
      return (x) => {
        for (const option of options) {
          const r = option(x)
          if (r !== FAIL) return r
        }
        return FAIL
      }
    }
    case 'variant': {
      const key = n.key as string
      const options = (n.options as Node[]).map((option) => {
        if (option.type !== 'object') throw new Error('fastParse: a variant of variants is not compiled')
        const discriminator = option.entries?.[key]
        if (!discriminator || isOptional(discriminator)) throw new Error('fastParse: a variant option needs its key')
        return { accepts: compile(discriminator), parse: compile(option) }
      })
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL
        const input = x as Record<string, unknown>
        if (!(key in input)) return FAIL
        for (const option of options) {
          if (option.accepts(input[key]) === FAIL) continue
          const r = option.parse(x)
          if (r !== FAIL) return r
        }
        return FAIL
      }
    }
    case 'record': {
      const keyOf = compile(n.key as Node)
      const valueOf = compile(n.value as Node)
      return (x) => {
        if (!x || typeof x !== 'object') return FAIL
        const input = x as Record<string, unknown>
        const out: Record<string, unknown> = {}
        for (const k in input) {
          if (!Object.prototype.hasOwnProperty.call(input, k) || k === '__proto__' || k === 'prototype' || k === 'constructor') continue
          const kk = keyOf(k)
          const vv = valueOf(input[k])
          if (kk === FAIL || vv === FAIL) return FAIL
          out[kk as string] = vv
        }
        return out
      }
    }
    default:
      throw new Error(`fastParse: schema type "${n.type}" is not compiled`)
  }
}

/** One pipe action on an already parsed value. */
function compileAction(a: Node): Parse {
  const req = a.requirement
  switch (a.type) {
    case 'trim':
      return (x) => (x as string).trim()
    case 'min_length': {
      const min = req as number
      return (x) => ((x as { length: number }).length < min ? FAIL : x)
    }
    case 'max_length': {
      const max = req as number
      return (x) => ((x as { length: number }).length > max ? FAIL : x)
    }
    case 'regex': {
      const re = req as RegExp
      if (re.global || re.sticky) throw new Error('fastParse: a global or sticky regex keeps state between tests')
      return (x) => (re.test(x as string) ? x : FAIL)
    }
    case 'check': {
      const ok = req as (x: unknown) => boolean
      return (x) => (ok(x) ? x : FAIL)
    }
    case 'safe_integer':
      return (x) => (Number.isSafeInteger(x) ? x : FAIL)
    case 'min_value': {
      const min = req as number
      return (x) => ((x as number) >= min ? x : FAIL)
    }
    default:
      throw new Error(`fastParse: action "${a.type}" is not compiled`)
  }
}

const TRIM = 0
const MIN_LENGTH = 1
const MAX_LENGTH = 2
const REGEX = 3
const CHECK = 4
const STRING_OPS: Record<string, number> = { trim: TRIM, min_length: MIN_LENGTH, max_length: MAX_LENGTH, regex: REGEX, check: CHECK }

/**
 * A string with its actions in one function: a config's strings are most of its values, and a call per action
 * (each a different function at one call site) costs more than the action. The same actions in the same order
 * as compileAction's; undefined when an action is not one of these.
 */
function compileStringPipe(actions: readonly Node[]): Parse | undefined {
  if (!actions.every((a) => a.type in STRING_OPS)) return undefined
  const ops = actions.map((a) => STRING_OPS[a.type] as number)
  const lengths = actions.map((a) => (typeof a.requirement === 'number' ? a.requirement : 0))
  const regexes = actions.map((a) => {
    const re = a.requirement
    if (!(re instanceof RegExp)) return /(?:)/
    if (re.global || re.sticky) throw new Error('fastParse: a global or sticky regex keeps state between tests')
    return re
  })
  const checks = actions.map((a) => (typeof a.requirement === 'function' ? (a.requirement as (x: unknown) => boolean) : () => true))
  const count = ops.length
  return (x) => {
    if (typeof x !== 'string') return FAIL
    let s = x
    for (let i = 0; i < count; i++) {
      switch (ops[i]) {
        case TRIM:
          s = s.trim()
          break
        case MIN_LENGTH:
          if (s.length < (lengths[i] as number)) return FAIL
          break
        case MAX_LENGTH:
          if (s.length > (lengths[i] as number)) return FAIL
          break
        case REGEX:
          if (!(regexes[i] as RegExp).test(s)) return FAIL
          break
        default:
          if (!(checks[i] as (x: unknown) => boolean)(s)) return FAIL
      }
    }
    return s
  }
}

function compile(n: Node): Parse {
  if (!n.pipe) return compileSchema(n)
  // A pipe's first item is its schema, which may be a pipe itself (v.pipe(idList(…), v.minLength(1))).
  const [first, ...rest] = n.pipe
  const kept = rest.filter((a) => a.kind !== 'metadata')
  const plainString = (first as Node).type === 'string' && !(first as Node).pipe && (first as Node).fallback === undefined
  const fused = plainString ? compileStringPipe(kept) : undefined
  if (fused) return fused
  const base = compile(first as Node)
  const actions = kept.map(compileAction)
  if (actions.length === 0) return base
  return (x) => {
    let r = base(x)
    for (let i = 0; i < actions.length && r !== FAIL; i++) r = (actions[i] as Parse)(r)
    return r
  }
}

/**
 * A schema's fast parser: valibot's output for a valid value, or undefined for an invalid one (then
 * v.safeParse says why).
 */
export function fastParser<S extends v.GenericSchema>(schema: S): (value: unknown) => { output: v.InferOutput<S> } | undefined {
  const parse = compile(schema as unknown as Node)
  return (value) => {
    const r = parse(value)
    return r === FAIL ? undefined : { output: r as v.InferOutput<S> }
  }
}
