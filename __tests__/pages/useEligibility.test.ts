import { act, renderHook } from '@testing-library/react'
import Taro from '../fakes/taro'
import { useEligibility } from '../../src/pages/family/useEligibility'
import { WALLET_PATH_ID } from '../../src/domain/family/eligibility'
import { CARD } from '../../src/domain/cards'

type Family = Parameters<typeof useEligibility>[0]
const family = (over: Partial<Family> = {}): Family => ({
  relatives: ['spouse', 'parent', 'child'],
  scope: 'cross-province',
  scopeNote: '',
  wallet: { status: 'live', asOf: '2026-10-01' },
  paths: [{ id: 'national-app' }, { id: WALLET_PATH_ID }],
  ...over
})
const ASK = { number: '0592-12393' }
const scrolledTo = () => jest.mocked(Taro.pageScrollTo).mock.calls.map(([o]) => o.selector)

beforeEach(() => jest.useFakeTimers())
afterEach(() => jest.useRealTimers())

function answer(family: Family, ...steps: Array<Parameters<ReturnType<typeof useEligibility>['setAnswers']>[0]>) {
  const hook = renderHook(() => useEligibility(family, ASK))
  for (const a of steps) act(() => hook.result.current.setAnswers(a))
  act(() => jest.advanceTimersByTime(100))
  return hook.result.current
}

describe('useEligibility: who can share', () => {
  it('starts with the first question only, and no answer', () => {
    const check = answer(family())
    expect(check).toMatchObject({ answers: {}, verdict: null, next: null, shown: { relative: false, whereabouts: false } })
  })

  it('an answer that settles nothing yet opens the next question and does not scroll', () => {
    const check = answer(family(), { insurance: 'employee' })
    expect(check.shown).toEqual({ relative: true, whereabouts: false })
    expect(check.verdict).toBeNull()
    expect(scrolledTo()).toEqual([])
  })

  it('an answer that settles it brings the answer into view; a no leads nowhere', () => {
    const check = answer(family(), { insurance: 'resident' })
    expect(check.verdict?.result).toBe('no')
    expect(check.next).toBeNull()
    expect(scrolledTo()).toEqual([`#${CARD.verdict}`])
  })

  it('a yes for a relative in another province goes straight to the 医保钱包 way where the region has it', () => {
    const steps = [
      { insurance: 'employee' },
      { insurance: 'employee', relative: 'parent' },
      { insurance: 'employee', relative: 'parent', whereabouts: 'other-province' }
    ] as const
    expect(answer(family(), ...steps).next).toEqual({ kind: 'path', path: WALLET_PATH_ID })
    expect(answer(family({ paths: [{ id: 'national-app' }] }), ...steps).next).toEqual({ kind: 'binding' })
  })

  it('an "ask first" leads to the call', () => {
    const check = answer(family({ wallet: { status: 'testing', asOf: '2026-10-01' } }), {
      insurance: 'employee',
      relative: 'child',
      whereabouts: 'other-province'
    })
    expect(check.verdict?.result).toBe('check')
    expect(check.next).toEqual({ kind: 'call' })
  })
})
