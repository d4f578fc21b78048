import { act, renderHook } from '@testing-library/react'
import Taro from '../fakes/taro'
import { guideRegion } from '../fakes/guideRegion'
import type { GuideRegion } from '../../src/hooks/useGuideRegion'
import { useSituationChoice } from '../../src/pages/withdraw/useSituationChoice'
import { useProgressStore } from '../../src/store/progressStore'
import { LINK_NOT_HERE } from '../../src/domain/share/query'
import { NOT_WITHDRAWABLE } from '../../src/domain/withdraw/checklist'
import { CARD, situationCard } from '../../src/domain/cards'

interface FakeSituation {
  id: string
  name: string
}
const policy = {
  region: '350200',
  withdraw: {
    situations: [
      { id: 'death', name: '参保人去世' },
      { id: 'abroad', name: '出国定居' }
    ] as FakeSituation[]
  }
}
const scrolledTo = () => jest.mocked(Taro.pageScrollTo).mock.calls.map(([o]) => o.selector)

function open(guide: GuideRegion) {
  return renderHook(() => useSituationChoice(guide, policy))
}

beforeEach(() => {
  useProgressStore.setState({ chosenSituation: {} })
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

describe('useSituationChoice: the link’s situation or the reader’s own', () => {
  it('with no link, the situation this reader last chose in this region', () => {
    act(() => useProgressStore.getState().chooseSituation('350200', 'abroad'))
    const { result } = open(guideRegion())
    expect(result.current.chosen).toBe('abroad')
    expect(result.current.situation?.name).toBe('出国定居')
    expect(result.current.linkedList).toBe(false)
  })

  it('a link’s situation wins on arrival without touching what the reader saved', () => {
    act(() => useProgressStore.getState().chooseSituation('350200', 'abroad'))
    const { result } = open(guideRegion({ situation: 'death' }))
    expect(result.current).toMatchObject({ chosen: 'death', linkedList: true, linkedCard: situationCard('death'), problems: [] })
    expect(useProgressStore.getState().chosenSituation['350200']).toBe('abroad')
  })

  it('choosing makes it the reader’s own, ends the link’s say, and brings its answer into view', () => {
    const { result } = open(guideRegion({ situation: 'death' }))
    act(() => result.current.choose(NOT_WITHDRAWABLE))
    act(() => jest.advanceTimersByTime(100))
    expect(result.current.chosen).toBe(NOT_WITHDRAWABLE)
    expect(result.current.situation).toBeUndefined()
    expect(result.current.linkedList).toBe(false)
    expect(useProgressStore.getState().chosenSituation['350200']).toBe(NOT_WITHDRAWABLE)
    expect(scrolledTo()).toEqual([`#${CARD.notWithdrawable}`])
  })

  it('a link to a situation this region lacks says so, and shows the reader’s own', () => {
    act(() => useProgressStore.getState().chooseSituation('350200', 'death'))
    const { result } = open(guideRegion({ situation: 'retired' }))
    expect(result.current).toMatchObject({ chosen: 'death', linkedCard: undefined, problems: [LINK_NOT_HERE.situation] })
  })

  it('once the link no longer counts (the reader changed region), her own choice shows', () => {
    const { result } = open(guideRegion({ situation: 'death' }, { linkActive: false }))
    expect(result.current.chosen).toBeUndefined()
    expect(result.current.linkedList).toBe(false)
  })
})
