import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '../fakes/taro'
import Index from '../../src/pages/index/index'
import { useRegionStore } from '../../src/store/regionStore'
import { loadStores, relaunch } from '../support/relaunch'
import { resetAppState } from '../support/appState'

const QUESTION = '您的医保是哪个省办的？'
const TASKS = ['余额怎么查', '家人能用吗', '钱能取出来吗']
const ask = () => screen.queryByRole('region', { name: '选择参保地' })

beforeEach(() => resetAppState())

describe('home page, first launch', () => {
  it('asks which province, with one button per province (31 on the mainland)', () => {
    render(<Index />)
    expect(screen.getByText(QUESTION)).toBeInTheDocument()
    const buttons = within(ask() as HTMLElement).getAllByRole('button')
    const provinces = buttons.filter((b) => !b.textContent?.startsWith('以后再说'))
    expect(provinces).toHaveLength(31)
    for (const name of ['北京', '福建', '内蒙古', '新疆', '广东'])
      expect(within(ask() as HTMLElement).getByRole('button', { name })).toBeInTheDocument()
  })

  it('tapping 福建 saves 350000 at once, then offers its cities; skipping keeps 福建 with 更换', () => {
    render(<Index />)
    fireEvent.click(within(ask() as HTMLElement).getByRole('button', { name: '福建' }))
    expect(useRegionStore.getState()).toMatchObject({ region: '350000', asked: true, recent: ['350000'] })
    expect(screen.queryByText(QUESTION)).toBeNull()
    const cities = screen.getByRole('region', { name: '选择城市' })
    expect(within(cities).getByRole('button', { name: '厦门' })).toBeInTheDocument()
    fireEvent.click(within(cities).getByRole('button', { name: '不选城市，先看福建的' }))
    expect(screen.queryByRole('region', { name: '选择城市' })).toBeNull()
    expect(screen.getByText('福建')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '更换' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/region/index' })
  })

  it('after a province the page starts at the city question, not where the province button was', () => {
    jest.useFakeTimers()
    try {
      render(<Index />)
      fireEvent.click(within(ask() as HTMLElement).getByRole('button', { name: '四川' }))
      act(() => void jest.runOnlyPendingTimers())
      expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#ask-city' }))
      expect(within(document.getElementById('ask-city') as HTMLElement).getByText('在四川哪个城市？')).toBeInTheDocument()
    } finally {
      jest.useRealTimers()
    }
  })

  it('a city after the province is saved as the region; a municipality needs no second question', () => {
    render(<Index />)
    fireEvent.click(within(ask() as HTMLElement).getByRole('button', { name: '福建' }))
    fireEvent.click(within(screen.getByRole('region', { name: '选择城市' })).getByRole('button', { name: '厦门' }))
    expect(useRegionStore.getState()).toMatchObject({ region: '350200', recent: ['350200', '350000'] })
    expect(screen.getByText('福建 · 厦门')).toBeInTheDocument()

    cleanup()
    resetAppState()
    render(<Index />)
    fireEvent.click(within(ask() as HTMLElement).getByRole('button', { name: '北京' }))
    expect(useRegionStore.getState().region).toBe('110000')
    expect(screen.queryByRole('region', { name: '选择城市' })).toBeNull()
  })

  it('"以后再说" hides the question without choosing a region', () => {
    render(<Index />)
    fireEvent.click(screen.getByRole('button', { name: '以后再说，先看全国通用的' }))
    expect(screen.queryByText(QUESTION)).toBeNull()
    expect(useRegionStore.getState()).toMatchObject({ region: null, asked: true })
    expect(screen.getByText('全国通用')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '选择地区' })).toBeInTheDocument()
  })

  it.each(TASKS)('reading is never blocked: while the question is open, "%s" shows and opens its guide', (title) => {
    render(<Index />)
    expect(screen.getByText(QUESTION)).toBeInTheDocument()
    for (const t of TASKS) expect(screen.getByText(t)).toBeInTheDocument()
    fireEvent.click(screen.getByText(title))
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1)
    expect(ask()).toBeInTheDocument() // still there: the question was not answered
    expect(useRegionStore.getState().asked).toBe(false)
  })

  it.each([
    ['a province was chosen', (click: (name: string) => void) => click('福建'), '福建'],
    ['the question was skipped', (click: (name: string) => void) => click('以后再说，先看全国通用的'), '全国通用']
  ])('after %s, the question does not come back when the app is reopened', (_what, answer, shown) => {
    const first = render(<Index />)
    answer((name) => fireEvent.click(screen.getByRole('button', { name })))
    first.unmount()
    const app = relaunch(() => ({
      ...loadStores(),
      Page: jest.requireActual<typeof import('../../src/pages/index/index')>('../../src/pages/index/index').default
    }))
    render(<app.Page />)
    expect(screen.queryByText(QUESTION)).toBeNull()
    expect(screen.getByText(shown)).toBeInTheDocument()
  })

  it('the question comes back on reopen if it was never answered (reading a guide does not count)', () => {
    const first = render(<Index />)
    fireEvent.click(screen.getByText('余额怎么查'))
    first.unmount()
    const Page = relaunch(() => jest.requireActual<typeof import('../../src/pages/index/index')>('../../src/pages/index/index').default)
    render(<Page />)
    expect(screen.getByText(QUESTION)).toBeInTheDocument()
  })
})
