/**
 * The cloud refresh left app launch for the guides (the home page loads no policy code): the first guide shown refreshes after its first
 * render, later guides and coming back refresh only after 10 minutes, and a refresh that never answers does
 * not keep a guide from showing the data it already has.
 */
import type { ComponentType } from 'react'
import { render, screen } from '@testing-library/react'
import { fireDidShow, setRoute } from '../fakes/taro'
import { policyStore } from '../../src/store/policyData'
import { usePolicyState, useResolvedPolicy } from '../../src/store/policy'
import AboutPage from '../../src/pages/about/index'
import BalancePage from '../../src/pages/balance/index'
import FamilyPage from '../../src/pages/family/index'
import Index from '../../src/pages/index/index'
import WithdrawPage from '../../src/pages/withdraw/index'
import YidiPage from '../../src/pages/yidi/index'
import { resetAppState } from '../support/appState'

const TEN_MINUTES = 10 * 60 * 1000
const refresh = jest.fn(() => new Promise<void>(() => undefined)) // a network that never answers
let now = 1_000_000_000_000

beforeAll(() => {
  jest.spyOn(Date, 'now').mockImplementation(() => now)
})
beforeEach(() => {
  resetAppState()
  policyStore.setState({ refresh })
})

describe('policy refresh', () => {
  // One sequence: the throttle is the app's module state, shared as in one app process.
  it('runs after the first guide renders, then at most every ten minutes', () => {
    setRoute('/pages/index/index')
    const home = render(<Index />)
    expect(refresh).not.toHaveBeenCalled() // the home page does not load the policy store's refresh
    home.unmount()

    setRoute('/pages/balance/index')
    const balance = render(<BalancePage />)
    expect(screen.getAllByRole('heading').length).toBeGreaterThan(0) // drawn from the data at hand
    expect(refresh).toHaveBeenCalledTimes(1)
    balance.unmount()

    now += TEN_MINUTES - 1
    setRoute('/pages/family/index')
    const family = render(<FamilyPage />)
    fireDidShow()
    expect(refresh).toHaveBeenCalledTimes(1)

    now += 2
    fireDidShow() // back from WeChat's background after ten minutes
    expect(refresh).toHaveBeenCalledTimes(2)
    family.unmount()
  })
})

describe('who asks for a refresh', () => {
  // the store's throttled entry point, counted: every ask, whether or not the clock lets it through
  const ask = jest.fn(() => Promise.resolve())
  const { refreshIfDue } = policyStore.getState()
  beforeEach(() => policyStore.setState({ refreshIfDue: ask }))
  afterEach(() => policyStore.setState({ refreshIfDue }))

  it('reading the policy data asks for none, on render or when shown again', () => {
    function Reader() {
      const version = usePolicyState((s) => s.bundle.version)
      const policy = useResolvedPolicy('350200')
      return <p>{`${version} ${policy.region ?? ''}`}</p>
    }
    render(<Reader />)
    expect(screen.getByText(/350200/)).toBeInTheDocument()
    fireDidShow()
    expect(ask).not.toHaveBeenCalled()
  })

  it.each<[string, ComponentType]>([
    ['balance', BalancePage],
    ['family', FamilyPage],
    ['withdraw', WithdrawPage],
    ['yidi', YidiPage],
    ['about', AboutPage]
  ])('the %s page asks once each time it is shown', (page, Page) => {
    setRoute(`/pages/${page}/index`)
    render(<Page />)
    expect(screen.getAllByRole('heading').length).toBeGreaterThan(0)
    expect(ask).toHaveBeenCalled() // after its first render
    ask.mockClear()
    fireDidShow()
    expect(ask).toHaveBeenCalledTimes(1)
  })
})
