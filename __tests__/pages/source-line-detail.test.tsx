/**
 * A source line on the shipped data: the sources' titles and quotes ship apart from what first screens show
 * (store/shippedParts.ts), so the first tap on 看来源 asks for them, the line says they are on the way, and a
 * failed download offers a retry. The store's side (which part, when it counts as loaded) is tested in
 * __tests__/store/createPolicyStore.test.ts; here the line is given the status it would read.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { SourceLine } from '../../src/components/SourceLine'
import type { Cited } from '../../src/domain/policy/resolve'
import type { RegionStatus } from '../../src/store/createPolicyStore'

const mockDetail: { status: RegionStatus; load: jest.Mock } = { status: 'loading', load: jest.fn() }
const mockAsked: string[] = []
jest.mock('../../src/store/policy', () => ({
  useSourceDetail: (layer: string) => {
    mockAsked.push(layer)
    return mockDetail
  }
}))

const cited: Cited = {
  from: { code: '350200', checkedOn: '2026-12-07' },
  sources: [
    {
      id: 'xm',
      title: '厦门市医疗保障局：办事指南',
      strength: 'strong',
      url: 'https://ybj.xm.gov.cn/a',
      checkedOn: '2026-12-07',
      publishedOn: '2025-09',
      quotes: ['参保人可登录厦门医疗保障公众号办理']
    }
  ]
}

beforeEach(() => {
  mockDetail.status = 'loading'
  mockDetail.load.mockReset()
  mockAsked.length = 0
})

it('asks for its own layer’s detail on the first tap only, and says it is on the way meanwhile', () => {
  const { rerender } = render(<SourceLine cited={cited} />)
  expect(mockAsked.every((layer) => layer === '350200')).toBe(true)
  expect(mockDetail.load).not.toHaveBeenCalled()
  fireEvent.click(screen.getByText(/^看来源/))
  expect(mockDetail.load).toHaveBeenCalledTimes(1)
  expect(screen.getByText('正在打开来源…')).toBeInTheDocument()
  expect(screen.queryByText(/厦门市医疗保障局/)).toBeNull()
  // closing does not ask again
  fireEvent.click(screen.getByText('收起来源'))
  expect(mockDetail.load).toHaveBeenCalledTimes(1)
  fireEvent.click(screen.getByText(/^看来源/))
  // once in, the sources and their words show
  mockDetail.status = 'ready'
  rerender(<SourceLine cited={{ ...cited }} />)
  expect(screen.queryByText('正在打开来源…')).toBeNull()
  expect(screen.getByText(/厦门市医疗保障局：办事指南/)).toBeInTheDocument()
  expect(screen.getByText('原文：“参保人可登录厦门医疗保障公众号办理”')).toBeInTheDocument()
})

it('a download that failed says so plainly and offers a retry that asks again', () => {
  mockDetail.status = 'failed'
  render(<SourceLine cited={cited} />)
  fireEvent.click(screen.getByText(/^看来源/))
  expect(screen.getByText('没能打开来源，可能是网络不好。')).toBeInTheDocument()
  act(() => {
    fireEvent.click(screen.getByText('再试一次'))
  })
  expect(mockDetail.load).toHaveBeenCalledTimes(2)
})

it('with the detail at hand (downloaded data), the first tap shows the sources at once', () => {
  mockDetail.status = 'ready'
  render(<SourceLine cited={cited} />)
  fireEvent.click(screen.getByText(/^看来源/))
  expect(screen.getByText(/厦门市医疗保障局：办事指南/)).toBeInTheDocument()
})
