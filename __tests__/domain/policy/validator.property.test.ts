/**
 * @jest-environment node
 *
 * Property tests for the validators: whatever arrives from the network or storage, they
 * answer instead of throwing, and they never accept what the schema or allowlist forbids.
 */
import fc from 'fast-check'
import * as v from 'valibot'
import { evaluateConfigText } from '../../../src/domain/policyUpdate/evaluate'
import { checkPhone } from '../../../src/domain/policy/allowlist'
import { contentProblems, textProblem } from '../../../src/domain/policy/contentRule'
import { callNumbersIn } from '../../support/policyData'
import { checkBundle, checkRegion } from '../../../src/domain/policy/bundle'
import { RegionPolicySchema, type RegionPolicy } from '../../../src/domain/policy/schema'
import { regionList } from '../../../src/domain/region/fullList'
import { copy, facts, rawRegion, realBundle, signedText, NOW, TEST_TRUST } from '../../support/policies'

const { areaCodesOf, citiesOf } = regionList

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
    r.balance = {
      channels: {
        upsert: [
          ...(r.balance?.channels?.upsert ?? []),
          {
            ...copy(bundle.national.balance.channels[3]!),
            id: 'x-hotline',
            steps: ['打这个电话问。'],
            actions: [call(a)],
            sources: [r.sources[0]?.id ?? '']
          }
        ]
      }
    }
    r.family = {
      ...r.family,
      paths: {
        upsert: [
          ...(r.family?.paths?.upsert ?? []),
          { ...copy(bundle.national.family.paths[0]!), id: 'x-path', actions: [call(b)], sources: [r.sources[0]?.id ?? ''] }
        ]
      }
    }
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
        // (12333 is the national 人社 line: a region file may not dial it at all)
        const allowed = (n: string) => PHONE_FORMAT.test(n) && n !== '12333' && checkPhone(n, usableAreaCodes(regionCode)) === null
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

/**
 * The disguises a block-list chases, generated: a phone number in any script, any joiner, any mix,
 * split across a card's fields; a chat id, an account or an address in any spelling. The allowlist
 * has no list of them, so every one must fall outside what it allows.
 */
describe('disguised numbers and contacts are refused', () => {
  const XIAMEN = ['0592']
  const digits = (pattern: RegExp) => fc.stringMatching(pattern)
  /** numbers a scammer would want dialled: never an official line */
  const phone = fc.oneof(
    fc.tuple(fc.constantFrom('400', '800'), digits(/^\d{7}$/)).map(([a, b]) => a + b),
    fc.tuple(fc.constantFrom('13', '15', '17', '18', '19'), digits(/^\d{9}$/)).map(([a, b]) => a + b),
    fc.tuple(fc.constantFrom('010', '021', '0592', '0755'), digits(/^[2-8]\d{6,7}$/)).map(([a, b]) => a + b),
    digits(/^95\d{3}$/)
  )

  const offset = (base: number) => (d: number) => String.fromCodePoint(base + d)
  const SCRIPTS: Record<string, (d: number) => string> = {
    ascii: (d) => String(d),
    fullWidth: offset(0xff10),
    chinese: (d) => '〇一二三四五六七八九'.charAt(d),
    spoken: (d) => '零幺二三四五六七八九'.charAt(d),
    financial: (d) => '零壹贰叁肆伍陆柒捌玖'.charAt(d),
    thai: offset(0x0e50),
    bengali: offset(0x09e6),
    khmer: offset(0x17e0),
    arabicIndic: offset(0x0660),
    devanagari: offset(0x0966),
    mathBold: offset(0x1d7ce),
    circled: (d) => (d === 0 ? '⓪' : String.fromCodePoint(0x245f + d)),
    lettersForDigits: (d) => 'OlZ3A5b7Bg'.charAt(d),
    underlined: (d) => `${d}\u0332`,
    keycap: (d) => `${d}\ufe0f\u20e3`,
    graphemeJoined: (d) => `${d}\u034f`
  }
  const JOINERS = [
    '',
    ' ',
    ' 次-',
    '元/',
    '个·',
    '-',
    '\u2212',
    '–',
    '—',
    '.',
    '·',
    '：',
    ':',
    '|',
    '/',
    '_',
    '~',
    '～',
    '、',
    '，',
    '转',
    ' 转 ',
    '\u200b',
    '\u2800',
    '\u00a0',
    '\u3000',
    '\u{E0020}'
  ]

  /** a number cut into 1–4 groups, each group in its own script, joined by one joiner */
  const disguised = fc
    .tuple(
      phone,
      fc.array(fc.integer({ min: 1, max: 11 }), { maxLength: 3 }),
      fc.array(fc.constantFrom(...Object.keys(SCRIPTS)), { minLength: 4, maxLength: 4 }),
      fc.constantFrom(...JOINERS)
    )
    .map(([number, cuts, scripts, joiner]) => {
      const points = [...new Set(cuts.filter((c) => c < number.length))].sort((a, b) => a - b)
      const groups = [0, ...points].map((start, i) => number.slice(start, points[i] ?? number.length))
      return groups.map((g, i) => [...g].map((d) => (SCRIPTS[scripts[i] ?? 'ascii'] ?? String)(Number(d))).join('')).join(joiner)
    })
  const sentence = (body: fc.Arbitrary<string>) =>
    fc
      .tuple(fc.constantFrom('请拨打 ', '咨询电话：', '客服', '有事打', '', '加我 '), body, fc.constantFrom('', '。', ' 咨询', '（工作日）'))
      .map((p) => p.join(''))

  it('a phone number in any script and with any joiner, alone in a text', () => {
    fc.assert(
      fc.property(sentence(disguised), (text) => {
        expect(textProblem(text, XIAMEN)).not.toBeNull()
      }),
      { numRuns: 1000 }
    )
  })

  it('a phone number split across the fields a card shows together', () => {
    fc.assert(
      fc.property(phone, fc.integer({ min: 1, max: 10 }), fc.constantFrom('steps', 'suits', 'needs'), (number, cut, list) => {
        const at = Math.min(cut, number.length - 1)
        const channel = {
          id: 'x',
          name: '热线',
          kind: 'phone',
          steps: ['打电话问。'],
          needs: ['电话'],
          suits: ['不用上网'],
          limits: [],
          actions: [],
          sources: ['s']
        }
        const split = { ...channel, [list]: [`请拨打 ${number.slice(0, at)}`, number.slice(at)] }
        expect(contentProblems({ balance: { channels: { upsert: [split] } } }, { areaCodes: XIAMEN, callAreaCodes: XIAMEN })).not.toEqual([])
      }),
      RUNS
    )
  })

  const chatId = fc.stringMatching(/^[a-z][a-z0-9_]{4,14}$/)
  const contact = fc.oneof(
    // a chat id after any word for a chat app
    fc
      .tuple(
        fc.constantFrom('微信', '加微信', 'vx', 'wx', 'V信', '客服微信', 'QQ', '扣扣', '抖音号', '快手号', '薇信', '微❤'),
        fc.constantFrom('：', ' ', ':', '-', ''),
        chatId
      )
      .map((p) => p.join('')),
    // an address: Latin labels, any dot, any top-level name
    fc
      .tuple(
        fc.constantFrom('', 'https://', 'www.', 'http：//'),
        fc.stringMatching(/^[a-z][a-z0-9-]{2,9}$/),
        fc.constantFrom('.', '｡', '。', '．', ' . ', '点', '[.]'),
        fc.constantFrom('com', 'cn', 'life', 'cyou', 'top', 'xyz', '网站', '中国', '公司')
      )
      .map((p) => p.join('')),
    // a CJK address with a dot that is not Chinese punctuation
    fc
      .tuple(fc.constantFrom('医保提现', '代取中心', '社保服务'), fc.constantFrom('.', '｡', '．'), fc.constantFrom('网站', '中国', '公司', 'com'))
      .map((p) => p.join('')),
    // an account to follow or message, by a name the registry does not have
    fc
      .tuple(
        fc.constantFrom('关注抖音号', '搜索', '关注公众号', '打开小程序', '添加视频号'),
        fc.constantFrom('医保小助手', '医保提现服务', '国家医保服务中心', '社保代办')
      )
      .map(([verb, name]) => `${verb}“${name}”`),
    // a private message, in plain words
    fc.constantFrom('私信', '私聊', '加好友', '进群', '直播间').map((w) => `有问题${w}咨询`)
  )

  it('a chat id, an account or an address, in any spelling', () => {
    fc.assert(
      fc.property(sentence(contact), (text) => {
        expect(textProblem(text, XIAMEN)).not.toBeNull()
      }),
      { numRuns: 1000 }
    )
  })

  it('the same sentences with an official line or name are accepted (the positive control)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('请拨打 ', '咨询电话：', '有事打', ''),
        fc.constantFrom('12393', '0592-12393', '“厦门医疗保障”公众号', '“国家医保服务平台”APP'),
        fc.constantFrom('', '。', ' 咨询', '（工作日）'),
        (a, b, c) => {
          expect(textProblem(`${a}${b}${c}`, XIAMEN)).toBeNull()
        }
      )
    )
  })
})
