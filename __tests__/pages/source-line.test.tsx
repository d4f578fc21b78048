/**
 * A source line as a reader meets it: the sources a fact cites, each with the words of it that
 * say the fact, its own publication date apart from the check date, the year of an old source in
 * plain sight, and "这条不对？" — WeChat's own feedback page in the mini-program, the place's
 * 12393 and "请以当地医保部门为准" in a browser.
 */
import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { setRoute } from '../fakes/taro'
import { SourceLine } from '../../src/components/SourceLine'
import { AskLineProvider } from '../../src/components/AskLine'
import type { Cited } from '../../src/domain/policy/resolve'
import BalancePage from '../../src/pages/balance/index'
import { resetAppState } from '../support/appState'

const cited = (overrides: Partial<Cited['sources'][number]> = {}): Cited => ({
  from: { code: '350200', checkedOn: '2026-12-07' },
  sources: [
    {
      id: 'xm',
      title: '厦门市医疗保障局：办事指南',
      strength: 'strong',
      url: 'https://ybj.xm.gov.cn/a',
      checkedOn: '2026-12-07',
      publishedOn: '2025-09',
      quotes: ['参保人可登录厦门医疗保障公众号办理'],
      ...overrides
    }
  ]
})

const ask = { kind: 'call' as const, label: '拨打医保服务热线 0592-12393', number: '0592-12393' }

function show(c: Cited) {
  render(
    <AskLineProvider ask={ask}>
      <SourceLine cited={c} />
    </AskLineProvider>
  )
  // (in a weapp build the tap target carries aria-role, not role: find it by its words)
  fireEvent.click(screen.getByText(/^看来源/))
}

const env = process.env.TARO_ENV
beforeEach(() => resetAppState())
afterEach(() => {
  process.env.TARO_ENV = env
})

it('shows each source with its publication date, check date and the words it is quoted for', () => {
  show(cited())
  expect(screen.getByText(/厦门市医疗保障局：办事指南.*发布于 2025-09，核对于 2026-12-07/)).toBeInTheDocument()
  expect(screen.getByText('原文：“参保人可登录厦门医疗保障公众号办理”')).toBeInTheDocument()
})

it('a source cited by bare id says it has no excerpt, and an undated one says so', () => {
  show(cited({ quotes: [], publishedOn: undefined }))
  expect(screen.getByText('（这条来源没有摘录原文）')).toBeInTheDocument()
  expect(screen.getByText(/发布日期不详，核对于 2026-12-07/)).toBeInTheDocument()
})

it('a fact whose newest source is more than two years old says its year before anything else', () => {
  render(<SourceLine cited={cited({ publishedOn: '2021-05' })} />)
  // without opening the sources: the year is on screen
  expect(screen.getByText(/^这是 2021 年的资料/)).toBeInTheDocument()
})

it('a recent source shows no year warning', () => {
  render(<SourceLine cited={cited()} />)
  expect(screen.queryByText(/年的资料/)).toBeNull()
})

it('in the mini-program, "这条不对？" is WeChat’s own feedback button', () => {
  process.env.TARO_ENV = 'weapp'
  show(cited())
  const button = screen.getByText('这条不对？告诉我们')
  expect(button.tagName).toBe('BUTTON')
  expect(button).toHaveAttribute('data-open-type', 'feedback')
  expect(screen.queryByText(/请以当地医保部门为准/)).toBeNull()
})

it('in a browser, "这条不对？" gives the place’s 12393 and says the local bureau decides', () => {
  process.env.TARO_ENV = 'h5'
  show(cited())
  expect(screen.queryByRole('button', { name: '这条不对？告诉我们' })).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '这条不对？' }))
  expect(screen.getByText(/^请以当地医保部门为准。觉得这条不对，请打 0592-12393 问当地医保部门。$/)).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: /0592-12393/ }))
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '059212393' })
})

it('on a real page, the browser’s "这条不对？" names that page’s own line', () => {
  process.env.TARO_ENV = 'h5'
  setRoute('/pages/balance/index', { region: '350200' })
  render(<BalancePage />)
  const answer = within(document.getElementById('balance-answer') as HTMLElement)
  fireEvent.click(answer.getByRole('button', { name: /打电话前准备什么/ }))
  fireEvent.click(answer.getByRole('button', { name: /看来源/ }))
  fireEvent.click(answer.getByRole('button', { name: '这条不对？' }))
  expect(answer.getByText(/请打 0592-12393 问当地医保部门/)).toBeInTheDocument()
})
