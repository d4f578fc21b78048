import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { WalkthroughCard, type CardPath } from '..'
import type { GuideWalkthrough } from '../../../hooks/useGuideWalkthrough'
import { walkthroughScreens } from '../../../domain/walkthrough'
import type { Action } from '../../../domain/policy/schema'
import { CARD } from '../../../domain/cards'
import { loadPolicy } from '../../../store/policy'

interface FakeStep {
  title: string
  by: 'me' | 'them'
}
const path: CardPath<FakeStep> = {
  id: 'app',
  name: '某某 APP',
  summary: '在 APP 里办。',
  prepare: ['手机'],
  steps: [
    { title: '打开 APP', by: 'me' },
    { title: '家人确认', by: 'them' }
  ],
  afterwards: ['办好了'],
  unbind: '在 APP 里解除',
  actions: [],
  from: { code: 'national', checkedOn: '2026-11-01' },
  sources: []
}
const screens = walkthroughScreens(path)
const hotline: Action = { kind: 'call', label: '拨打 12393', number: '12393' }

/** The walkthrough hook's state as the card reads it: the guide's own reader on the way's first step, unless told. */
function walkOf(over: Partial<GuideWalkthrough<CardPath<FakeStep>, FakeStep, 'me' | 'them'>> = {}) {
  const at = over.screen ?? 1
  const walk: GuideWalkthrough<CardPath<FakeStep>, FakeStep, 'me' | 'them'> = {
    path,
    screens,
    screen: at,
    received: false,
    reader: 'me',
    atLinkedScreen: false,
    linkedPathMissing: false,
    choose: jest.fn(),
    start: jest.fn(),
    move: jest.fn(),
    finish: jest.fn(),
    place: '厦门',
    current: screens[at],
    target: { page: 'family', region: '350200', path: 'app', step: at },
    card: { title: '厦门某事第 1 步', image: null },
    view: (step) => ({ title: step.title, detail: `${step.title}的说明`, who: '', mine: step.by === 'me' }),
    problems: [],
    openAt: undefined,
    ...over
  }
  return walk
}

function show(walk: ReturnType<typeof walkOf>) {
  render(
    <WalkthroughCard
      walk={walk}
      id='the-card'
      title='一步一步办某事'
      hotline={hotline}
      choices={<Text>两种办法</Text>}
      caution={(p) => <Text>{`小心：${p.name}`}</Text>}
    />
  )
}
const walkHead = () => document.getElementById(CARD.walkHead) as HTMLElement
const follows = (a: HTMLElement, b: HTMLElement) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

// The way's source line reads the policy package, loaded once as on a guide page.
beforeAll(() => loadPolicy())

describe('WalkthroughCard', () => {
  it('with no way chosen: the card’s heading and the choice of ways', () => {
    show(walkOf({ path: null, screens: [], screen: 0, current: undefined }))
    expect(screen.getByRole('heading', { name: '一步一步办某事' })).toBeInTheDocument()
    expect(screen.getByText('选一种您方便的办法：')).toBeInTheDocument()
    expect(screen.getByText('两种办法')).toBeInTheDocument()
  })

  it('the guide’s own reader is warned before the steps, and can send the step on', () => {
    show(walkOf())
    expect(follows(screen.getByText('小心：某某 APP'), walkHead())).toBe(true)
    expect(screen.getByRole('button', { name: '发给家人（打开就是这一步）' })).toBeInTheDocument()
  })

  it('a received step comes first, without the card’s heading, the warning under it and nothing to send on', () => {
    show(walkOf({ received: true, atLinkedScreen: true }))
    expect(screen.queryByRole('heading', { name: '一步一步办某事' })).toBeNull()
    expect(screen.getByText('您的家人发给您这一步：')).toBeInTheDocument()
    expect(follows(walkHead(), screen.getByText('小心：某某 APP'))).toBe(true)
    expect(screen.queryByRole('button', { name: /发给家人/ })).toBeNull()
  })

  it('on a step someone else does, sending it to them is offered in the step, once', () => {
    show(walkOf({ screen: 2, current: screens[2] }))
    expect(screen.getAllByRole('button', { name: /发给家人/ }).map((b) => b.textContent)).toEqual(['把这一步发给家人（打开就是这一步）'])
  })

  it('换一种办法 goes back to the choice of ways', () => {
    const walk = walkOf()
    show(walk)
    fireEvent.click(screen.getByRole('button', { name: '换一种办法' }))
    expect(walk.choose).toHaveBeenCalledWith(null)
  })
})
