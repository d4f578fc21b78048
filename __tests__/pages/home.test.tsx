import { act, render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Index from '../../src/pages/index/index'
import { useRegionStore } from '../../src/store/regionStore'
import { resetAppState } from '../support/appState'

beforeEach(() => resetAppState())

describe('home page', () => {
  it.each([
    ['余额怎么查', '/pages/balance/index'],
    ['家人能用吗', '/pages/family/index'],
    ['钱能取出来吗', '/pages/withdraw/index'],
    ['去外地看病', '/pages/yidi/index']
  ])('tapping %s opens %s', (title, url) => {
    render(<Index />)
    fireEvent.click(screen.getByText(title))
    expect(Taro.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining(url) }))
  })

  it('the fourth guide sits beside the other three, in the same kind of card', () => {
    render(<Index />)
    const titles = Array.from(document.querySelectorAll('.task__title')).map((e) => e.textContent)
    expect(titles).toEqual(['余额怎么查', '家人能用吗', '钱能取出来吗', '去外地看病'])
  })
})

describe('home search never dead-ends', () => {
  const type = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: '搜索指南内容' }), { target: { value: text } })

  it.each<[string | null, string]>([
    ['350200', '0592-12393'],
    [null, '12393']
  ])('region %s: a search with no match offers %s, and the tap dials it', async (code, number) => {
    act(() => {
      if (code) useRegionStore.getState().setRegion(code)
    })
    render(<Index />)
    type('火星签证')
    // the search loads on the first keystroke
    expect(await screen.findByText('没有找到“火星签证”。')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: `拨打 ${number}` }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: number.replace('-', '') })
  })
})
