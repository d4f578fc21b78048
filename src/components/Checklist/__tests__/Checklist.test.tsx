import { fireEvent, render, screen, within } from '@testing-library/react'
import { Checklist } from '..'
import type { Situation } from '../../../domain/policy/schema'

const situation: Situation = {
  id: 'death',
  name: '参保人去世',
  description: '说明',
  whoMayApply: ['继承人'],
  where: '窗口',
  steps: [{ title: '准备材料', detail: '准备好' }],
  materials: [
    { id: 'death-certificate', name: '死亡证明', form: '原件和复印件' },
    { id: 'heir-id', name: '继承人身份证', form: '原件', note: '每位继承人都要带' },
    { id: 'power-of-attorney', name: '委托书', form: '原件', note: '请别人代办时才需要。', onlyWhen: 'agent' }
  ]
}

const needed = () => within(screen.getByRole('group', { name: '要带的材料' }))
const agent = () => within(screen.getByRole('group', { name: '请别人代办时另外要带的' }))

describe('Checklist', () => {
  it('shows every material with its form and note, ticked ones checked; 委托书 in its own group', () => {
    render(<Checklist situation={situation} ticked={['heir-id']} onToggle={jest.fn()} />)
    const rows = needed().getAllByRole('checkbox')
    expect(rows.map((r) => r.getAttribute('aria-checked'))).toEqual(['false', 'true'])
    expect(rows[0]).toHaveTextContent('☐死亡证明（原件和复印件）')
    expect(rows[1]).toHaveTextContent('☑继承人身份证（原件）每位继承人都要带')
    expect(
      agent()
        .getAllByRole('checkbox')
        .map((r) => r.textContent)
    ).toEqual(['☐委托书（原件）请别人代办时才需要。'])
  })

  it.each([
    [[], '已准备 0 / 2 项，点一下打勾'],
    [['heir-id', 'power-of-attorney'], '已准备 1 / 2 项，点一下打勾'],
    [['heir-id', 'death-certificate'], '已准备 2 / 2 项，都齐了']
  ])('ticked %j: the count reads "%s", over exactly the boxes of its group', (ticked, line) => {
    render(<Checklist situation={situation} ticked={ticked} onToggle={jest.fn()} />)
    expect(screen.getByText(/^已准备/)).toHaveTextContent(line)
    const total = Number(/\/ (\d+) 项/.exec(line)?.[1])
    expect(needed().getAllByRole('checkbox')).toHaveLength(total)
  })

  it('no 代办 group when nothing is only for someone else', () => {
    render(<Checklist situation={{ ...situation, materials: situation.materials.slice(0, 2) }} ticked={[]} onToggle={jest.fn()} />)
    expect(screen.queryByRole('group', { name: '请别人代办时另外要带的' })).toBeNull()
  })

  it.each([
    ['an unticked row', '死亡证明', 'death-certificate'],
    ['a ticked row', '继承人身份证', 'heir-id'],
    ['the 委托书 row', '委托书', 'power-of-attorney']
  ])('tapping %s reports its id', (_what, name, id) => {
    const onToggle = jest.fn()
    render(<Checklist situation={situation} ticked={['heir-id']} onToggle={onToggle} />)
    fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^[☐☑] ?${name}（`) }))
    expect(onToggle).toHaveBeenCalledWith(id)
  })
})
