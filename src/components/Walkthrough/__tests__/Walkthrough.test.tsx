import { fireEvent, render, screen } from '@testing-library/react'
import { Walkthrough } from '..'
import { bindingCast, walkthroughScreens, type BindingReader } from '../../../domain/family/walkthrough'
import type { Action, BindingPath, BindingStep } from '../../../domain/policy/schema'
import { AppButton } from '../../AppButton'

const path: BindingPath = {
  id: 'counter',
  name: '到医保服务大厅办',
  kind: 'counter',
  summary: '带上证件去窗口办。',
  prepare: ['您的身份证', '家人的身份证'],
  steps: [
    { title: '取号', who: 'giver', detail: '到窗口取号，说要办家庭共济。' },
    { title: '问清楚', who: 'giver', detail: '拿不准就打电话问。', tip: '先问要带什么。' },
    {
      title: '家人签字',
      who: 'relative',
      detail: '请家人在表上签字。',
      forRelative: { title: '在表上签字', detail: '您在表上签字。', tip: '看清再签。' }
    }
  ],
  afterwards: ['家人看病时用他自己的医保卡。'],
  unbind: '到窗口说要解除。',
  actions: []
}
const screens = walkthroughScreens(path)
const hotline: Action = { kind: 'call', label: '拨打 0592-12393', number: '0592-12393' }
const at = (title: string) => screens.findIndex((s) => s.kind === 'step' && s.step.title === title)

function show(index: number, extra: { reader?: BindingReader; intro?: string; onRestart?: () => void } = {}) {
  const onMove = jest.fn()
  const onExit = jest.fn()
  const reader = extra.reader ?? 'giver'
  render(
    <Walkthrough
      name={path.name}
      screens={screens}
      screen={index}
      place='厦门'
      view={(step: BindingStep) => bindingCast.view(step, reader)}
      hotline={hotline}
      actions={path.actions}
      onMove={onMove}
      onExit={onExit}
      intro={extra.intro}
      onRestart={extra.onRestart}
      forOthers={<AppButton>把这一步发给家人</AppButton>}
    />
  )
  return { onMove, onExit }
}

describe('Walkthrough', () => {
  it('the first screen: what to prepare, the region in the header, no 上一步 to puzzle over', () => {
    const { onMove } = show(0)
    expect(screen.getByText(/^厦门 · /)).toBeInTheDocument()
    for (const item of path.prepare) expect(screen.getByText(item)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '上一步' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '准备好了，开始' }))
    expect(onMove).toHaveBeenCalledWith(1)
  })

  it('a step that says to phone offers the region’s hotline; 上一步 and 下一步 move by one', () => {
    const { onMove } = show(at('问清楚'))
    expect(screen.getByText('提示：先问要带什么。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '拨打 0592-12393' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '上一步' }))
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onMove.mock.calls).toEqual([[at('问清楚') - 1], [at('问清楚') + 1]])
  })

  it('a step that does not mention phoning has no call button', () => {
    show(at('取号'))
    expect(screen.queryByRole('button', { name: /^拨打/ })).toBeNull()
  })

  it('each step says who does it; on a step someone else does, the button that sends it to them is there', () => {
    show(at('取号'))
    expect(screen.getByText('您来做')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '把这一步发给家人' })).toBeNull()
  })

  it('the giver on the relative’s step: 家人来做, the step as the giver knows it, and the button to send it', () => {
    show(at('家人签字'))
    expect(screen.getByText('家人来做')).toBeInTheDocument()
    expect(screen.getByText('请家人在表上签字。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '把这一步发给家人' })).toBeInTheDocument()
  })

  it('the relative it was sent to reads it in her own words, told who sent it, with 从头看', () => {
    const onRestart = jest.fn()
    show(at('家人签字'), { reader: 'relative', intro: '您的家人发给您这一步：', onRestart })
    expect(screen.getByText('您的家人发给您这一步：')).toBeInTheDocument()
    expect(screen.getByText('您来做')).toBeInTheDocument()
    expect(screen.getByText('在表上签字')).toBeInTheDocument()
    expect(screen.getByText('您在表上签字。')).toBeInTheDocument()
    expect(screen.getByText('提示：看清再签。')).toBeInTheDocument()
    expect(screen.queryByText('请家人在表上签字。')).toBeNull()
    expect(screen.queryByRole('button', { name: '把这一步发给家人' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '从头看' }))
    expect(onRestart).toHaveBeenCalledTimes(1)
  })

  it('no 从头看 where nothing came from a link, nor on the first screen', () => {
    show(at('取号'))
    expect(screen.queryByRole('button', { name: '从头看' })).toBeNull()
  })

  it('the last screen: what comes after, how to undo it, and 完成 leaves', () => {
    const { onExit, onMove } = show(screens.length - 1)
    expect(screen.getByText(path.unbind)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '完成' }))
    expect(onExit).toHaveBeenCalledTimes(1)
    expect(onMove).not.toHaveBeenCalled()
  })
})
