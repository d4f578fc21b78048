import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro, { setStackDepth } from '../fakes/taro'
import RegionPage from '../../src/pages/region/index'
import { RECENT_LIMIT, useRegionStore } from '../../src/store/regionStore'
import { resetAppState } from '../support/appState'

const search = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: '搜索城市' }), { target: { value: text } })
const results = () => within(screen.getByRole('heading', { name: '搜索结果' }).parentElement as HTMLElement)

/** 福建's prefecture-level cities (GB/T 2260), in code order. */
const FUJIAN = ['福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩', '宁德']

beforeEach(() => resetAppState())

describe('region picker', () => {
  it.each(['xm', 'XM', '厦门', '厦门市', ' x m '])('typing "%s" then tapping 厦门 saves 350200, adds it to recent and goes back', (text) => {
    render(<RegionPage />)
    search(text)
    fireEvent.click(results().getByRole('button', { name: '厦门' }))
    const s = useRegionStore.getState()
    expect(s.region).toBe('350200')
    expect(s.recent).toEqual(['350200'])
    expect(s.asked).toBe(true)
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1)
  })

  it.each(['qqqq', '火星', 'xiamenx'])('nothing matches "%s": says so plainly', (text) => {
    render(<RegionPage />)
    search(text)
    expect(screen.getByText(`没有找到“${text}”。试试只输入城市名，比如“厦门”。`)).toBeInTheDocument()
    expect(results().queryAllByRole('button')).toHaveLength(0)
    expect(useRegionStore.getState().region).toBeNull()
  })

  it.each([
    ['济源', 'jy', '419001'],
    ['仙桃', '仙桃', '429004'],
    ['神农架', 'snj', '429021'],
    ['琼海', '琼海', '469002']
  ])('the county-level 医保 area %s can be found by "%s" and chosen (%s)', (name, text, code) => {
    render(<RegionPage />)
    search(text)
    fireEvent.click(results().getByRole('button', { name }))
    expect(useRegionStore.getState().region).toBe(code)
  })

  it('opening 河南 lists 济源 among its cities', () => {
    render(<RegionPage />)
    fireEvent.click(screen.getByRole('button', { name: '河南 ▼' }))
    fireEvent.click(screen.getByRole('button', { name: '济源' }))
    expect(useRegionStore.getState().region).toBe('419001')
  })

  it('opening a province brings its city question and its cities to the top of the screen', () => {
    jest.useFakeTimers()
    try {
      render(<RegionPage />)
      fireEvent.click(screen.getByRole('button', { name: '四川 ▼' }))
      act(() => void jest.runOnlyPendingTimers())
      expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: '#province-510000' }))
      const sichuan = document.getElementById('province-510000') as HTMLElement
      expect(within(sichuan).getByText('在四川哪个城市？')).toBeInTheDocument()
      expect(within(sichuan).getByRole('button', { name: '成都' })).toBeInTheDocument()
      // closing it scrolls nowhere
      jest.mocked(Taro.pageScrollTo).mockClear()
      fireEvent.click(screen.getByRole('button', { name: '四川 ▲' }))
      act(() => void jest.runOnlyPendingTimers())
      expect(Taro.pageScrollTo).not.toHaveBeenCalled()
    } finally {
      jest.useRealTimers()
    }
  })

  it('full pinyin finds the city: "haidong" → 海东', () => {
    render(<RegionPage />)
    search('haidong')
    fireEvent.click(results().getByRole('button', { name: '海东' }))
    expect(useRegionStore.getState().region).toBe('630200')
  })

  it('while searching, the province list is hidden; clearing the search brings it back', () => {
    render(<RegionPage />)
    search('xm')
    expect(screen.queryByRole('heading', { name: '按省份找' })).toBeNull()
    search('')
    expect(screen.getByRole('heading', { name: '按省份找' })).toBeInTheDocument()
  })

  it('opening 福建 lists its cities plus "只选福建"; tapping a city picks it', () => {
    render(<RegionPage />)
    const head = screen.getByRole('button', { name: '福建 ▼' })
    expect(head).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('button', { name: '厦门' })).toBeNull()
    fireEvent.click(head)
    const open = screen.getByRole('button', { name: '福建 ▲' })
    expect(open).toHaveAttribute('aria-expanded', 'true')
    const grid = within(open.parentElement?.querySelector('.region-grid') as HTMLElement)
    expect(grid.getAllByRole('button').map((b) => b.textContent)).toEqual(['只选福建（不确定城市）', ...FUJIAN])
    fireEvent.click(grid.getByRole('button', { name: '泉州' }))
    expect(useRegionStore.getState().region).toBe('350500')
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1)
  })

  it('"只选福建" picks the province 350000; tapping 福建 again folds it', () => {
    render(<RegionPage />)
    fireEvent.click(screen.getByRole('button', { name: '福建 ▼' }))
    fireEvent.click(screen.getByRole('button', { name: '福建 ▲' }))
    expect(screen.queryByRole('button', { name: '只选福建（不确定城市）' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '福建 ▼' }))
    fireEvent.click(screen.getByRole('button', { name: '只选福建（不确定城市）' }))
    expect(useRegionStore.getState().region).toBe('350000')
  })

  it.each([
    ['北京', '110000'],
    ['天津', '120000'],
    ['上海', '310000'],
    ['重庆', '500000']
  ])('municipality %s is one tap (no city list) → %s', (name, code) => {
    render(<RegionPage />)
    expect(screen.queryByRole('button', { name: `${name} ▼` })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name }))
    expect(useRegionStore.getState().region).toBe(code)
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1)
  })

  it('recent choices are listed newest first, without repeats, at most RECENT_LIMIT, and the current one is marked', () => {
    act(() => {
      for (const code of ['110000', '350200', '420100', '110000', '620100', '120000', '440300']) useRegionStore.getState().setRegion(code)
    })
    render(<RegionPage />)
    const recent = within(screen.getByRole('heading', { name: '最近选过' }).parentElement as HTMLElement)
    const names = recent.getAllByRole('button').map((b) => b.textContent)
    expect(names).toEqual(['✓ 深圳', '天津', '兰州', '北京', '武汉'])
    expect(names).toHaveLength(RECENT_LIMIT)
    expect(recent.getByRole('button', { name: '✓ 深圳' })).toHaveAttribute('aria-pressed', 'true')
    fireEvent.click(recent.getByRole('button', { name: '北京' }))
    expect(useRegionStore.getState().recent).toEqual(['110000', '440300', '120000', '620100', '420100'])
  })

  it('opened first (from a shared link, no page below): picking returns to the home page', () => {
    setStackDepth(1)
    render(<RegionPage />)
    search('xm')
    fireEvent.click(results().getByRole('button', { name: '厦门' }))
    expect(Taro.navigateBack).not.toHaveBeenCalled()
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(useRegionStore.getState().region).toBe('350200')
  })

  it('if going back fails anyway, it returns to the home page', async () => {
    jest.mocked(Taro.navigateBack).mockRejectedValueOnce({ errMsg: 'navigateBack:fail cannot navigate back at first page' })
    render(<RegionPage />)
    search('xm')
    fireEvent.click(results().getByRole('button', { name: '厦门' }))
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/index/index' }))
    expect(useRegionStore.getState().region).toBe('350200')
  })
})
