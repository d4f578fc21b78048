/** Eligibility and walkthrough screens on the real policy data (search: ../search/search.test.ts, checklist: ../withdraw/checklist.test.ts). */
import { checkEligibility, onward, WALLET_PATH_ID } from '../../../src/domain/family/eligibility'
import { bindingCast, clampScreen, screenLabel, walkthroughScreens } from '../../../src/domain/family/walkthrough'
import { readerOfScreen } from '../../../src/domain/walkthrough'
import type { BindingStep } from '../../../src/domain/policy/schema'
import { resolvePolicy } from '../../../src/domain/policy/resolve'
import { regionList } from '../../../src/domain/region/fullList'
import { realBundle } from '../../support/policyFixtures'

const { regionChain } = regionList

const bundle = realBundle()
const policyOf = (code: string | null) => resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code)

describe('eligibility', () => {
  const national = policyOf(null).family
  it.each([
    [{ insurance: 'resident' as const }, 'no'],
    [{ insurance: 'unsure' as const }, 'check'],
    [{ insurance: 'employee' as const, relative: 'other' as const }, 'no'],
    [{ insurance: 'employee' as const, relative: 'spouse' as const }, null],
    [{ insurance: 'employee' as const, relative: 'spouse' as const, whereabouts: 'same-city' as const }, 'yes'],
    [{ insurance: 'employee' as const, relative: 'sibling' as const, whereabouts: 'other-province' as const }, 'yes']
  ])('national rules: %j → %s', (answers, result) => {
    expect(checkEligibility(answers, national)?.result ?? null).toBe(result)
  })

  it('a region that keeps sharing local answers "ask first" for a relative elsewhere in the province', () => {
    const family = { ...national, scope: 'same-region' as const, scopeNote: '家人也要在本地参保。' }
    const v = checkEligibility({ insurance: 'employee', relative: 'parent', whereabouts: 'same-province' }, family, { number: '0371-12393' })
    expect(v?.result).toBe('check')
    expect(v?.reason).toContain('0371-12393')
  })

  describe('a relative in another province: the giver’s 医保钱包 status decides', () => {
    const outside = { insurance: 'employee' as const, relative: 'parent' as const, whereabouts: 'other-province' as const }
    it.each([
      ['live', 'yes'],
      ['testing', 'check'],
      ['not-yet', 'check'],
      ['unknown', 'check']
    ] as const)('%s → %s, pointing to the medical-wallet path', (status, result) => {
      const v = checkEligibility(outside, { ...national, wallet: { status } }, { number: '020-12393' })
      expect(v?.result).toBe(result)
      expect(v?.pathId).toBe('medical-wallet')
      if (result === 'check') expect(v?.reason).toContain('请先打 020-12393 问清楚')
    })

    it('says when the status was known (it changes province by province)', () => {
      expect(checkEligibility(outside, national)?.reason).toContain('截至 2025 年 9 月')
      expect(checkEligibility(outside, policyOf('440000').family, { number: '020-12393' })?.reason).toMatch(
        /^截至 2025 年 9 月，您参保的省还没有开通医保钱包/
      )
      expect(checkEligibility(outside, { ...national, wallet: { status: 'testing', asOf: '2025-09-18' } })?.reason).toContain(
        '截至 2025 年 9 月，您参保的省医保钱包还在试点'
      )
    })

    it('a status without a date says no month', () => {
      expect(checkEligibility(outside, { ...national, wallet: { status: 'not-yet' } })?.reason).not.toContain('截至')
    })

    it('the national rules have a medical-wallet path for the answer to point to', () => {
      expect(policyOf(null).family.paths.map((p) => p.id)).toContain('medical-wallet')
    })

    it('with no status at all (an older policy), it asks first', () => {
      const { wallet: _wallet, ...noWallet } = national
      expect(checkEligibility(outside, noWallet)?.result).toBe('check')
    })

    it.each(
      Object.entries(bundle.regions)
        .filter(([, r]) => r.family?.wallet)
        .map(([code, r]) => [code, r.family?.wallet?.status ?? ''])
    )('real data: region %s says %s and gets the matching answer', (code, status) => {
      const v = checkEligibility(outside, policyOf(code).family)
      expect(v?.result).toBe(status === 'live' ? 'yes' : 'check')
    })
  })

  it.each([
    [{ insurance: 'resident' as const }],
    [{ insurance: 'unsure' as const }],
    [{ insurance: 'employee' as const, relative: 'other' as const }],
    [{ insurance: 'employee' as const, relative: 'parent' as const, whereabouts: 'same-city' as const }],
    [{ insurance: 'employee' as const, relative: 'parent' as const, whereabouts: 'same-province' as const }],
    [{ insurance: 'employee' as const, relative: 'parent' as const, whereabouts: 'other-province' as const }]
  ])('%j: one line and one sentence, no history (the cross-province card has that)', (answers) => {
    const v = checkEligibility(answers, national)
    expect(v?.reason.replace(/。$/, '')).not.toContain('。')
    expect(v?.reason).not.toContain(national.scopeNote)
  })

  it.each([
    ['other-province', ['national-app', WALLET_PATH_ID], { kind: 'path', path: WALLET_PATH_ID }],
    ['other-province', ['national-app'], { kind: 'binding' }],
    ['same-city', ['national-app', WALLET_PATH_ID], { kind: 'binding' }]
  ] as const)('a yes for a relative in %s with paths %j leads to %j', (whereabouts, paths, expected) => {
    const answers = { insurance: 'employee', relative: 'spouse', whereabouts } as const
    const v = checkEligibility(answers, national)
    if (!v) throw new Error('no verdict')
    expect(onward(v, paths)).toEqual(expected)
  })

  it('a no leads nowhere; an "ask first" to the phone', () => {
    const no = checkEligibility({ insurance: 'resident' }, national)
    const ask = checkEligibility({ insurance: 'unsure' }, national)
    if (!no || !ask) throw new Error('no verdict')
    expect(onward(no, [WALLET_PATH_ID])).toBeNull()
    expect(onward(ask, [WALLET_PATH_ID])).toEqual({ kind: 'call' })
  })

  describe('where this place’s sources disagree (大连, 沈阳), the answers they touch are "ask first"', () => {
    it.each(['210200', '210100'])('%s: a sibling → check, with the place’s 12393', (code) => {
      const family = policyOf(code).family
      expect(family.contested).toBeDefined()
      const v = checkEligibility({ insurance: 'employee', relative: 'sibling', whereabouts: 'same-city' }, family, { number: '0411-12393' })
      expect(v).toMatchObject({ result: 'check', title: '本地资料说法不一，先问清楚' })
      expect(v?.reason).toContain('0411-12393')
    })

    it.each(['210200', '210100'])('%s: a parent in the same city is still a yes; in another city of the province, ask', (code) => {
      const family = policyOf(code).family
      expect(checkEligibility({ insurance: 'employee', relative: 'parent', whereabouts: 'same-city' }, family)?.result).toBe('yes')
      expect(checkEligibility({ insurance: 'employee', relative: 'parent', whereabouts: 'same-province' }, family)?.result).toBe('check')
    })

    it('a place without disagreement keeps its plain answers', () => {
      expect(policyOf('350200').family.contested).toBeUndefined()
      expect(checkEligibility({ insurance: 'employee', relative: 'sibling', whereabouts: 'same-city' }, policyOf('350200').family)?.result).toBe(
        'yes'
      )
    })
  })

  it('a narrower relatives list says no for those outside it and names who can', () => {
    const family = { ...national, relatives: ['spouse' as const, 'parent' as const, 'child' as const] }
    const v = checkEligibility({ insurance: 'employee', relative: 'grandchild' }, family)
    expect(v?.result).toBe('no')
    expect(v?.reason).toContain('配偶')
  })
})

describe('walkthrough screens', () => {
  const path = policyOf('120000').family.paths[0]
  if (!path) throw new Error('天津 has no binding path')
  const screens = walkthroughScreens(path)

  it('prepare, one screen per step, then finish', () => {
    expect(screens).toHaveLength(path.steps.length + 2)
    expect(screens[0]?.kind).toBe('prepare')
    expect(screens.at(-1)?.kind).toBe('finish')
    const second = screens[2]
    expect(second && screenLabel(second)).toBe(`第 2 步，共 ${path.steps.length} 步`)
  })

  it.each([
    [-3, 0],
    [0, 0],
    [2.7, 2],
    [999, path.steps.length + 1],
    [Number.NaN, 0]
  ])('clampScreen(%p) = %p', (given, expected) => {
    expect(clampScreen(given, screens)).toBe(expected)
  })
})

describe('who does a binding step, and how it reads to the one it is sent to', () => {
  const wallet = policyOf(null).family.paths.find((p) => p.id === 'medical-wallet')
  if (!wallet) throw new Error('no 医保钱包 path')
  const [open, relativeOpens, transfer] = wallet.steps as [BindingStep, BindingStep, BindingStep]

  it('the giver reads every step as written, and is told which steps the relative does', () => {
    expect(bindingCast.view(open, 'giver')).toMatchObject({ title: open.title, detail: open.detail, who: '您来做', mine: true })
    expect(bindingCast.view(relativeOpens, 'giver')).toMatchObject({
      title: relativeOpens.title,
      detail: relativeOpens.detail,
      who: '家人来做',
      mine: false
    })
  })

  it('a step the relative does is sent to her and opens in her own words, with her own tip', () => {
    expect(bindingCast.readerOf(relativeOpens)).toBe('relative')
    const hers = bindingCast.view(relativeOpens, 'relative')
    expect(hers).toEqual({ ...relativeOpens.forRelative, who: '您来做', mine: true })
    // written to her: no "请家人…" and no "同样的办法" pointing at a step she never saw
    expect(`${hers.title}${hers.detail}`).not.toMatch(/请家人|同样的办法|他的手机/)
  })

  it('reading on after her step, the giver’s steps say the family member does them', () => {
    expect(bindingCast.view(transfer, 'relative')).toMatchObject({ title: transfer.title, who: '家人来做', mine: false })
  })

  it('a step both take part in is "together" for either reader, and is sent to the relative', () => {
    const both: BindingStep = { title: '家人刷脸', who: 'both', detail: '家人要本人刷脸。', forRelative: { title: '刷脸', detail: '您要本人刷脸。' } }
    expect(bindingCast.readerOf(both)).toBe('relative')
    expect(bindingCast.view(both, 'giver')).toMatchObject({ detail: '家人要本人刷脸。', who: '您和家人一起做', mine: true })
    expect(bindingCast.view(both, 'relative')).toMatchObject({ detail: '您要本人刷脸。', who: '您和家人一起做', mine: true })
  })

  it('a link to the screens around the steps is meant for the guide’s own reader', () => {
    const screens = walkthroughScreens(wallet)
    expect(screens.map((s) => readerOfScreen(s, bindingCast))).toEqual(['giver', 'giver', 'relative', 'giver', 'giver', 'relative', 'giver'])
  })
})
