import { parseGuideQuery, MAX_STEP } from '../../../src/domain/share/query'
import { sharePath, shareQuery, type ShareTarget } from '../../../src/domain/share/link'

/** What a receiver's page gets: the query part of a shared path, as WeChat hands it to onLoad. */
function paramsOf(path: string): Record<string, string> {
  const q = path.split('?')[1] ?? ''
  return Object.fromEntries(
    q
      .split('&')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string])
  )
}

describe('share paths', () => {
  it.each<[ShareTarget, string]>([
    [{ page: 'index' }, '/pages/index/index'],
    [{ page: 'balance', region: '350200' }, '/pages/balance/index?region=350200'],
    [{ page: 'family', region: '120000', path: 'national-app', step: 3 }, '/pages/family/index?region=120000&path=national-app&step=3'],
    [{ page: 'withdraw', region: null, situation: 'death' }, '/pages/withdraw/index?situation=death'],
    // a step without a path means nothing to the receiver: left out
    [{ page: 'family', region: '120000', step: 3 }, '/pages/family/index?region=120000']
  ])('%j → %s', (target, path) => {
    expect(sharePath(target)).toBe(path)
  })

  it('Moments gets the same parameters as a query, not a path', () => {
    const target: ShareTarget = { page: 'family', region: '120000', path: 'national-app', step: 2 }
    expect(shareQuery(target)).toBe(sharePath(target).split('?')[1])
  })

  it.each<ShareTarget>([
    { page: 'family', region: '120000', path: 'national-app', step: 0 },
    { page: 'family', region: '350200', path: 'counter', step: 7 },
    { page: 'withdraw', region: '420100', situation: 'abroad' },
    { page: 'balance', region: '110000', card: 'channel-hotline-12393' }
  ])('a shared path reads back to the same place: %j', (target) => {
    const q = parseGuideQuery(paramsOf(sharePath(target)))
    expect(q.problems).toEqual([])
    expect(q.region).toBe(target.region ?? undefined)
    expect(q.path).toBe(target.path)
    expect(q.step).toBe(target.path ? target.step : undefined)
    expect(q.situation).toBe(target.situation)
    expect(q.card).toBe(target.card)
  })
})

describe('reading a link that may be old, broken or tampered with', () => {
  it.each<[string, Record<string, string | undefined>, Partial<ReturnType<typeof parseGuideQuery>>, number]>([
    ['nothing', {}, {}, 0],
    ['a region that no longer exists', { region: '429000' }, { region: undefined }, 1],
    ['a made-up region', { region: '999999' }, { region: undefined }, 1],
    ['text in the region', { region: 'xiamen' }, { region: undefined }, 1],
    ['step 999', { path: 'national-app', step: '999' }, { path: 'national-app', step: undefined, badStep: true }, 1],
    [`step ${MAX_STEP}`, { path: 'national-app', step: String(MAX_STEP) }, { step: MAX_STEP }, 0],
    ['text in the step', { path: 'national-app', step: 'abc' }, { step: undefined, badStep: true }, 1],
    ['a negative step', { path: 'national-app', step: '-1' }, { step: undefined, badStep: true }, 1],
    ['a fractional step', { path: 'national-app', step: '1.5' }, { step: undefined, badStep: true }, 1],
    ['a path with odd characters', { path: '../../etc' }, { path: undefined }, 1],
    ['a situation in Chinese', { situation: encodeURIComponent('大病') }, { situation: undefined }, 1],
    ['broken percent-encoding', { region: '%E4%B', step: '%' }, { region: undefined, step: undefined }, 2],
    ['an encoded valid region', { region: encodeURIComponent('350200') }, { region: '350200' }, 0],
    ['an unusable card', { card: '<script>' }, { card: undefined }, 0]
  ])('%s', (_name, params, expected, problems) => {
    const q = parseGuideQuery(params)
    // key by key: `undefined` here means "dropped", which toMatchObject would not check
    for (const [key, value] of Object.entries(expected)) expect(q[key as keyof typeof q]).toEqual(value)
    expect(q.problems).toHaveLength(problems)
  })

  it('never throws on odd input', () => {
    const odd = ['', ' ', '%', '%%', '\u0000', 'a'.repeat(10000), '０', '3e2', 'Infinity', 'NaN']
    for (const value of odd) {
      expect(() => parseGuideQuery({ region: value, path: value, step: value, situation: value, card: value })).not.toThrow()
    }
  })
})
