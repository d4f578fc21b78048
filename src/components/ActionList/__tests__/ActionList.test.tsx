import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '../../../../__tests__/fakes/taro'
import { ActionList } from '..'
import type { Action } from '../../../domain/policy/schema'

const COPY: Action = { kind: 'copy', name: 'e-voucher' }
const COPY_LABEL = '复制“医保电子凭证”，在微信里搜索'
const LINK: Action = { kind: 'link', label: '打开国家医保服务平台网站', url: 'https://fuwu.nhsa.gov.cn' }
// no real appId is shipped (none could be sourced); this one only has the right shape
const MINI: Action = { kind: 'miniProgram', label: '打开“国家医保服务平台”小程序', appId: 'wx0123456789abcdef' }

const tap = (name: RegExp | string) => fireEvent.click(screen.getByRole('button', { name }))
const clipboard = () => jest.mocked(Taro.setClipboardData).mock.calls.map(([o]) => o.data)

describe('ActionList', () => {
  it('copy: copies the name, then a sheet says how to paste it into WeChat’s search, until closed', async () => {
    render(<ActionList actions={[COPY]} />)
    tap(COPY_LABEL)
    const sheet = await screen.findByRole('dialog', { name: '已复制“医保电子凭证”' })
    expect(clipboard()).toEqual(['医保电子凭证'])
    expect(sheet).toHaveAttribute('aria-modal', 'true')
    expect(within(sheet).getByText(/点最上面的搜索框/)).toBeInTheDocument()
    expect(within(sheet).getByText(/长按搜索框，点“粘贴”/)).toBeInTheDocument()
    // our sheet instead of a toast, and the platform's own "内容已复制" toast taken off it
    expect(Taro.showToast).not.toHaveBeenCalled()
    expect(Taro.hideToast).toHaveBeenCalledTimes(1)
    fireEvent.click(within(sheet).getByRole('button', { name: '知道了' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('link: copies the address and says to paste it into a browser', async () => {
    render(<ActionList actions={[LINK]} />)
    tap(/复制网址 fuwu\.nhsa\.gov\.cn/)
    const sheet = await screen.findByRole('dialog', { name: '已复制“fuwu.nhsa.gov.cn”' })
    expect(clipboard()).toEqual(['https://fuwu.nhsa.gov.cn'])
    expect(sheet).toHaveTextContent('地址栏')
  })

  it('clipboard refused: the text to copy by hand, no sheet claiming it was copied', async () => {
    jest.mocked(Taro.setClipboardData).mockRejectedValueOnce({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    render(<ActionList actions={[COPY]} />)
    tap(COPY_LABEL)
    expect(await screen.findByRole('region', { name: '手动复制' })).toHaveTextContent('医保电子凭证')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('mini-program: WeChat opens it by appId; nothing copied', async () => {
    render(<ActionList actions={[MINI]} />)
    tap(MINI.label)
    // let the tap's promise chain finish: a fallback copy would have happened by then
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(Taro.navigateToMiniProgram).toHaveBeenCalledWith({ appId: MINI.kind === 'miniProgram' ? MINI.appId : '', path: undefined })
    expect(Taro.setClipboardData).not.toHaveBeenCalled()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('mini-program WeChat cannot open (refused, or the browser): its name is copied with the WeChat search steps', async () => {
    jest.mocked(Taro.navigateToMiniProgram).mockRejectedValueOnce({ errMsg: 'navigateToMiniProgram:fail cancel' })
    render(<ActionList actions={[MINI]} />)
    tap(MINI.label)
    const sheet = await screen.findByRole('dialog', { name: '已复制“国家医保服务平台”' })
    expect(clipboard()).toEqual(['国家医保服务平台'])
    expect(sheet).toHaveTextContent('打开微信')
  })
})
