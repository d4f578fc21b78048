import { render, screen, fireEvent } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Index from '../../src/pages/index/index'

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
