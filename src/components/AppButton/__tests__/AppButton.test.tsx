import { fireEvent, render, screen } from '@testing-library/react'
import { AppButton } from '..'

describe('AppButton', () => {
  it('is announced as a button, reachable by keyboard, and taps through', () => {
    const onClick = jest.fn()
    render(<AppButton onClick={onClick}>下一步</AppButton>)
    const button = screen.getByRole('button', { name: '下一步' })
    expect(button).toHaveAttribute('tabindex', '0')
    expect(button).toBeEnabled()
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('disabled: greyed by class, out of the tab order, and does nothing on tap', () => {
    const onClick = jest.fn()
    render(
      <AppButton className='btn' disabled onClick={onClick}>
        上一步
      </AppButton>
    )
    const button = screen.getByRole('button', { name: '上一步' })
    expect(button).toBeDisabled()
    expect(button).toHaveAttribute('tabindex', '-1')
    expect(button.className.split(' ')).toEqual(expect.arrayContaining(['btn', 'btn--disabled']))
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  // Taro's H5 button greys itself out for any disabled attribute, even "false".
  it('disabled={false} sends no disabled attribute at all', () => {
    render(<AppButton disabled={false}>复制清单</AppButton>)
    const button = screen.getByRole('button', { name: '复制清单' })
    expect(button).not.toHaveAttribute('disabled')
    expect(button.className).not.toContain('btn--disabled')
  })
})
