import { act, renderHook } from '@testing-library/react'
import { shareOf } from '../fakes/taro'
import { guideRegion } from '../fakes/guideRegion'
import type { GuideRegion } from '../../src/hooks/useGuideRegion'
import { useGuideWalkthrough } from '../../src/hooks/useGuideWalkthrough'
import type { Cast } from '../../src/domain/walkthrough'
import { sharePath } from '../../src/domain/share/link'
import { LINK_NOT_HERE } from '../../src/domain/share/query'
import { useProgressStore } from '../../src/store/progressStore'

/** A two-person guide: each step is done by one of them, and reads to whoever opens it. */
interface FakeStep {
  title: string
  by: 'me' | 'them'
}
const cast: Cast<FakeStep, 'me' | 'them'> = {
  self: 'me',
  readerOf: (step) => step.by,
  view: (step, reader) => ({ title: step.title, detail: `written to ${reader}`, who: '', mine: step.by === reader })
}
const app = {
  id: 'app',
  name: '某某 APP',
  prepare: ['手机'],
  steps: [
    { title: '打开 APP', by: 'me' },
    { title: '家人确认', by: 'them' }
  ] as FakeStep[],
  afterwards: ['办好了'],
  unbind: '在 APP 里解除'
}
const overview = (place: string) => ({ title: `${place}的办法`, image: null })

function open(guide: GuideRegion, region: string | null = '350200') {
  return renderHook(() => useGuideWalkthrough({ guide, region, page: 'family', task: '某事', paths: [app], cast, card: 'the-card', overview }))
}

beforeEach(() => {
  useProgressStore.setState({ walkthrough: {}, chosenPath: {} })
})

describe('useGuideWalkthrough: the walkthrough and what sharing it sends', () => {
  it('before a way is chosen, the menu shares the page with the overview card of the place shown', () => {
    const { result } = open(guideRegion())
    expect(result.current).toMatchObject({ path: null, place: '厦门', target: { page: 'family', region: '350200' }, problems: [], openAt: undefined })
    expect(shareOf().app).toMatchObject({ title: '厦门的办法', path: sharePath({ page: 'family', region: '350200' }) })
  })

  it('the national rules have no place name', () => {
    expect(open(guideRegion({}, { region: null }), null).result.current.place).toBe('')
  })

  it('a shared step opens received, written to the one who does it, and the menu shares that same step', () => {
    const { result } = open(guideRegion({ path: 'app', step: 2 }))
    expect(result.current).toMatchObject({ received: true, reader: 'them', screen: 2, openAt: undefined })
    expect(result.current.current).toMatchObject({ kind: 'step', number: 2 })
    expect(result.current.view(app.steps[1] as FakeStep)).toMatchObject({ detail: 'written to them', mine: true })
    expect(shareOf().app).toMatchObject({ path: sharePath({ page: 'family', region: '350200', path: 'app', step: 2 }) })
    expect(shareOf().app?.title).toContain('家人确认')
  })

  it('a search hit names a way without a step: it opens at the walkthrough card, not received', () => {
    const { result } = open(guideRegion({ path: 'app' }))
    expect(result.current).toMatchObject({ received: false, reader: 'me', screen: 0, openAt: 'the-card' })
  })

  it('moving on from a step shares the new one', () => {
    const { result } = open(guideRegion())
    act(() => result.current.choose('app'))
    act(() => result.current.move(1))
    expect(result.current.target).toEqual({ page: 'family', region: '350200', path: 'app', step: 1 })
    expect(shareOf().app?.title).toContain('打开 APP')
  })

  it('a link to a way this region lacks is said, unless the reader switched to her own region', () => {
    expect(open(guideRegion({ path: 'counter', step: 1 })).result.current.problems).toEqual([LINK_NOT_HERE.path])
    expect(open(guideRegion({ path: 'counter', step: 1 }, { switchedToOwn: true })).result.current.problems).toEqual([])
  })
})
