import { fireEvent, render, screen } from '@testing-library/react'
import { Walkthrough } from '..'
import { walkthroughScreens } from '../../../domain/family/walkthrough'
import type { Action, BindingPath } from '../../../domain/policy/schema'

const path: BindingPath = {
  id: 'counter',
  name: '到医保服务大厅办',
  kind: 'counter',
  summary: '带上证件去窗口办。',
  prepare: ['您的身份证', '家人的身份证'],
  steps: [
    { title: '取号', who: 'giver', detail: '到窗口取号，说要办家庭共济。' },
    { title: '问清楚', who: 'giver', detail: '拿不准就打电话问。', tip: '先问要带什么。' }
  ],
  afterwards: ['家人看病时用他自己的医保卡。'],
  unbind: '到窗口说要解除。',
  actions: []
}
const screens = walkthroughScreens(path)
const hotline: Action = { kind: 'call', label: '拨打 0592-12393', number: '0592-12393' }

function show(at: number) {
  const onMove = jest.fn()
  const onExit = jest.fn()
  render(<Walkthrough path={path} screens={screens} hotline={hotline} regionName='厦门' screen={at} onMove={onMove} onExit={onExit} />)
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
    const at = screens.findIndex((s) => s.kind === 'step' && s.step.title === '问清楚')
    const { onMove } = show(at)
    expect(screen.getByText('提示：先问要带什么。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '拨打 0592-12393' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '上一步' }))
    fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    expect(onMove.mock.calls).toEqual([[at - 1], [at + 1]])
  })

  it('a step that does not mention phoning has no call button', () => {
    show(screens.findIndex((s) => s.kind === 'step' && s.step.title === '取号'))
    expect(screen.queryByRole('button', { name: /^拨打/ })).toBeNull()
  })

  it('the last screen: what comes after, how to undo it, and 完成 leaves', () => {
    const { onExit, onMove } = show(screens.length - 1)
    expect(screen.getByText(path.unbind)).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '完成' }))
    expect(onExit).toHaveBeenCalledTimes(1)
    expect(onMove).not.toHaveBeenCalled()
  })
})
