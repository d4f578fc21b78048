import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Index from '../../src/pages/index/index'

describe('home page', () => {
  it.each([
    ['余额怎么查', '/pages/balance/index'],
    ['家人能用吗', '/pages/family/index'],
    ['钱能取出来吗', '/pages/withdraw/index']
  ])('tapping %s opens %s', (title, url) => {
    render(<Index />)
    fireEvent.click(screen.getByText(title))
    expect(Taro.navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining(url) }))
  })
})
