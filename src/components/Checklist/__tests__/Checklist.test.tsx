import { fireEvent, render, screen, within } from '@testing-library/react'
import { Checklist } from '..'
import type { Material } from '../../../domain/policy/schema'

const materials: Material[] = [
  { id: 'death-certificate', name: '死亡证明', form: '原件和复印件' },
  { id: 'heir-id', name: '继承人身份证', form: '原件', note: '每位继承人都要带' }
]

describe('Checklist', () => {
  it('shows every material with its form and note, ticked ones checked', () => {
    render(<Checklist materials={materials} ticked={['heir-id']} onToggle={jest.fn()} />)
    const list = screen.getByRole('group', { name: '材料清单' })
    const rows = within(list).getAllByRole('checkbox')
    expect(rows.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'true'])
    expect(rows[0]).toHaveTextContent('☐死亡证明（原件和复印件）')
    expect(rows[1]).toHaveTextContent('☑继承人身份证（原件）每位继承人都要带')
  })

  it.each([
    ['an unticked row', 0, 'death-certificate'],
    ['a ticked row', 1, 'heir-id']
  ])('tapping %s reports its id', (_what, index, id) => {
    const onToggle = jest.fn()
    render(<Checklist materials={materials} ticked={['heir-id']} onToggle={onToggle} />)
    fireEvent.click(screen.getAllByRole('checkbox')[index] as HTMLElement)
    expect(onToggle).toHaveBeenCalledWith(id)
  })
})
