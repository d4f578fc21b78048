import { fireEvent, render, screen } from '@testing-library/react'
import { ChoiceGroup } from '..'

const options = [
  { value: 'worker', label: '职工医保' },
  { value: 'resident', label: '城乡居民医保' }
] as const

describe('ChoiceGroup', () => {
  it('names the group by its question and marks nothing before an answer', () => {
    render(<ChoiceGroup question='您参加的是哪种医保？' options={options} value={undefined} onChange={jest.fn()} />)
    expect(screen.getByRole('group', { name: '您参加的是哪种医保？' })).toBeInTheDocument()
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false'])
  })

  it('marks the chosen answer with a tick and as pressed', () => {
    render(<ChoiceGroup question='您参加的是哪种医保？' options={options} value='resident' onChange={jest.fn()} />)
    expect(screen.getByRole('button', { name: '✓ 城乡居民医保' })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: '职工医保' })).toHaveAttribute('aria-pressed', 'false')
  })

  it('reports the value of the tapped answer', () => {
    const onChange = jest.fn()
    render(<ChoiceGroup question='您参加的是哪种医保？' options={options} value='resident' onChange={onChange} />)
    fireEvent.click(screen.getByRole('button', { name: '职工医保' }))
    expect(onChange).toHaveBeenCalledWith('worker')
  })
})
