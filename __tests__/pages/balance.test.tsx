import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { setRoute, sharedCard, shareOf, triggerPrivacyRequest } from '../fakes/taro'
import { startPrivacyWatch } from '../../src/services/privacy'
import BalancePage from '../../src/pages/balance/index'
import { useRegionStore } from '../../src/store/regionStore'
import { layersOf, national } from '../support/policyData'
import { copyLabel, OFFICIAL_NAMES } from '../../src/domain/policy/names'
import { resetAppState } from '../support/appState'

/** Each region's own 长途区号, written out by hand (not read from the app's region data). */
const AREA_CODE: Record<string, string | null> = {
  '350200': '0592', // 厦门
  '110000': '010', // 北京
  '120000': '022', // 天津
  '420100': '027', // 武汉
  '620100': '0931', // 兰州
  '440300': '0755', // 深圳
  '440000': null, // 广东省: many area codes, so no local number at all
  '150100': '0471', // 呼和浩特: no file of its own, the line is generated
  '630200': '0972', // 海东
  '410200': '0371', // 开封: the data package still says 0378
  '500000': '023', // 重庆
  '419001': '0391', // 济源: a county-level 医保 area
  national: null
}

function openBalance(region?: string) {
  setRoute('/pages/balance/index', region ? { region } : {})
  return render(<BalancePage />)
}

/** Opens every folded detail, as a reader tapping each 展开 would. */
function openAll() {
  for (const head of Array.from(document.querySelectorAll('[aria-expanded="false"]')))
    if (head.classList.contains('fold__head')) fireEvent.click(head)
}

const callButtons = () => screen.getAllByRole('button').filter((b) => b.textContent?.startsWith('拨打'))

/** The balance notes a region shows, read from the files: the most specific layer's first (policies/README.md). */
function balanceNotesFor(code: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const layer of [...layersOf(code)].reverse()) {
    for (const n of layer.notes ?? []) {
      if (seen.has(n.id)) continue
      seen.add(n.id)
      if (n.topics.includes('balance')) out.push(n.text)
    }
  }
  return out
}

beforeEach(() => resetAppState())

describe('balance page', () => {
  it.each([
    ['350200', '0592-12393', '059212393'],
    ['630200', '0972-12393', '097212393'],
    ['410200', '0371-12393', '037112393'],
    ['500000', '023-12393', '02312393'],
    ['419001', '0391-12393', '039112393']
  ])('%s: the answer comes first — the app cannot see the balance, and "拨打 %s" dials %s', (code, number, dialled) => {
    openBalance(code)
    const answer = document.getElementById('balance-answer') as HTMLElement
    expect(within(answer).getByRole('heading', { name: '本程序看不到您的余额' })).toBeInTheDocument()
    // the answer sits above every other way
    expect(document.querySelector('#balance-answer, [id^="channel-"]')).toBe(answer)
    // how to phone is folded under it, one tap away, with its own sources
    expect(within(answer).queryByText(new RegExp(`^1\\. 拨打 ${number}`))).toBeNull()
    fireEvent.click(within(answer).getByRole('button', { name: /打电话前准备什么/ }))
    expect(within(answer).getByText(new RegExp(`^1\\. 拨打 ${number}`))).toBeInTheDocument()
    expect(within(answer).getByText(/看来源/)).toBeInTheDocument()

    fireEvent.click(within(answer).getByRole('button', { name: `拨打 ${number}` }))
    expect(Taro.makePhoneCall).toHaveBeenCalledTimes(1)
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: dialled })
  })

  it('the region can also come from the region store (no link)', () => {
    act(() => useRegionStore.getState().setRegion('350200'))
    openBalance()
    // offered once, as the answer (the region bar does not repeat it here)
    expect(screen.getAllByRole('button', { name: '拨打 0592-12393' })).toHaveLength(1)
    expect(screen.getByText('福建 · 厦门')).toBeInTheDocument()
  })

  it('each other way is a title with at most one button; its details stay folded until asked for', () => {
    openBalance('350200')
    const rows = Array.from(document.querySelectorAll('[id^="channel-"]')).filter((r) => !r.closest('#balance-answer'))
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) {
      expect(row.querySelector('.fold__body')).toBeNull()
      expect(
        within(row as HTMLElement)
          .queryAllByRole('button')
          .filter((b) => !b.classList.contains('fold__head')).length
      ).toBeLessThanOrEqual(1)
    }
  })

  it.each(Object.keys(AREA_CODE))(
    "region %s: every call button offers only 12393 or the region's own area code + 12393 (12333 is named, never dialled here)",
    (code) => {
      const region = code === 'national' ? undefined : code
      const area = AREA_CODE[code]
      const allowed = new Set(['12393', ...(area ? [`${area}-12393`] : [])])
      openBalance(region)
      openAll()
      const buttons = callButtons()
      expect(buttons.length).toBeGreaterThanOrEqual(1) // a 12393 line is always there
      const offered = buttons.map((b) =>
        (b.textContent ?? '')
          .replace(/^拨打 /, '')
          .replace(/^医保服务热线 /, '')
          .replace(/ 医保服务热线$/, '')
      )
      // 12333 is the 人社 line for the 社保卡: it is explained, not offered as a second number to call
      expect(offered.join(' ')).not.toMatch(/12333/)
      expect(screen.getAllByText(/12333/).length).toBeGreaterThan(0)
      for (const n of offered) expect(allowed).toContain(n)
      // the region's own line is offered wherever it has one area code
      if (area) expect(offered).toContain(`${area}-12393`)
      // and tapping each dials exactly those digits
      for (const b of buttons) fireEvent.click(b)
      const dialled = jest.mocked(Taro.makePhoneCall).mock.calls.map(([o]) => o.phoneNumber)
      expect(dialled).toEqual(offered.map((n) => n.replace('-', '')))
      for (const d of dialled) expect([...allowed].map((n) => n.replace('-', ''))).toContain(d)
    }
  )

  it('the first screen says in one line that 城乡居民医保 has no personal account', () => {
    openBalance('350200')
    const answer = within(document.getElementById('balance-answer') as HTMLElement)
    expect(answer.getByText('只有职工医保有个人账户；城乡居民医保没有，也就没有余额可查。')).toBeInTheDocument()
    // before the call: a 居民医保 reader learns it before dialling
    const line = answer.getByText(/城乡居民医保没有/)
    const call = answer.getByRole('button', { name: '拨打 0592-12393' })
    expect(line.compareDocumentPosition(call) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('兰州 has local family notes but nothing local about the balance: this page says it is all national', () => {
    openBalance('620100')
    expect(screen.getByText('这一项本地区暂无单独核对的信息，以下为全国通用规则。')).toBeInTheDocument()
  })

  it('no region: says so and shows the national rules', () => {
    openBalance()
    expect(screen.getByText('还没选地区，以下为全国通用规则。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '选择地区' })).toBeInTheDocument()
    for (const c of national.balance.channels) expect(document.getElementById(`channel-${c.id}`)).not.toBeNull()
  })

  it('no region chosen: says so and shows only the national channels', () => {
    openBalance()
    expect(screen.getByText('还没选地区，以下为全国通用规则。')).toBeInTheDocument()
    expect(document.querySelectorAll('[id^="channel-"]')).toHaveLength(national.balance.channels.length)
  })

  it.each(['350200', '110000', '440000'])(
    'region %s has its own checked info: no "national rules" notice, its first balance note on top, the rest folded',
    (code) => {
      openBalance(code)
      expect(screen.queryByText(/以下为全国通用规则/)).toBeNull()
      const notes = balanceNotesFor(code)
      const [first, ...rest] = notes
      if (first) expect(screen.getByText(first)).toBeInTheDocument()
      for (const t of rest) expect(screen.queryByText(t)).toBeNull()
      if (rest.length > 0) {
        fireEvent.click(screen.getByRole('button', { name: `更多本地提示（${rest.length} 条）` }))
        for (const t of rest) expect(screen.getByText(t)).toBeInTheDocument()
      }
    }
  )

  it.each([
    ['national', undefined],
    ['厦门', '350200'],
    ['呼和浩特', '150100']
  ])('%s: the 个人账户 vs 统筹账户 card says 统筹 can never be withdrawn', (_name, code) => {
    const { personal, pooled } = national.balance.accounts
    expect(pooled.canWithdraw).toBe(false)
    openBalance(code)
    const card = within(document.getElementById('accounts') as HTMLElement)
    fireEvent.click(card.getByRole('button', { name: /个人账户和统筹账户，不是一回事/ }))
    expect(card.getByText(personal.name)).toBeInTheDocument()
    expect(card.getByText(pooled.name)).toBeInTheDocument()
    const pooledAnswer = card.getByText(pooled.withdrawable)
    expect(pooledAnswer).toHaveTextContent(/不能提取/)
    expect(pooledAnswer).toHaveClass('compare__no')
    expect(card.getByText(personal.withdrawable)).not.toHaveClass('compare__no')
  })

  // what a copy button says and copies comes from the app's names registry, by the id the data gives
  const copyActions = national.balance.channels.flatMap((c) =>
    c.actions.flatMap((a) => {
      const entry = a.kind === 'copy' ? OFFICIAL_NAMES[a.name] : undefined
      return entry ? [[copyLabel(entry), entry.name] as const] : []
    })
  )

  it('the national channels have copy buttons to test (the premise)', () => {
    expect(copyActions.length).toBeGreaterThan(0)
  })

  it.each(copyActions)('"%s" copies "%s", the name it shows, then a sheet says what to tap next', async (label, text) => {
    expect(label).toContain(`“${text}”`)
    openBalance()
    openAll()
    fireEvent.click(screen.getByRole('button', { name: label }))
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: text })
    const sheet = await screen.findByRole('dialog', { name: `已复制“${text}”` })
    expect(within(sheet).getByText('接下来这样做：')).toBeInTheDocument()
    expect(sheet).toHaveTextContent('粘贴')
    expect(screen.queryByText(/没能自动复制/)).toBeNull()
  })

  it('a link action copies the web address (a mini-program cannot open it)', async () => {
    const link = national.balance.channels.flatMap((c) => c.actions).find((a) => a.kind === 'link')
    if (!link || link.kind !== 'link') throw new Error('no link action in national.json')
    openBalance()
    openAll()
    // the label names the address, so it can be typed by hand too
    // the label shows the host only; the whole address goes to the clipboard
    fireEvent.click(screen.getByRole('button', { name: `${link.label}（复制网址 ${link.url.replace('https://', '').split('/')[0] ?? ''}）` }))
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: link.url })
    expect(await screen.findByRole('dialog')).toHaveTextContent('浏览器')
  })

  it('clipboard refused (privacy declined): the text appears on screen to copy by hand, and can be closed', async () => {
    const action = national.balance.channels.find((c) => c.id === 'wechat')?.actions[0]
    const entry = action?.kind === 'copy' ? OFFICIAL_NAMES[action.name] : undefined
    if (!entry) throw new Error('wechat channel has no copy action')
    jest.mocked(Taro.setClipboardData).mockRejectedValueOnce({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    openBalance('350200')
    fireEvent.click(screen.getByRole('button', { name: copyLabel(entry) }))
    const manual = await screen.findByRole('region', { name: '手动复制' })
    expect(within(manual).getByText(/没能自动复制/)).toBeInTheDocument()
    expect(within(manual).getByText(entry.name)).toBeInTheDocument()
    // shown under the card whose button was tapped
    expect(document.getElementById('channel-wechat')).toContainElement(manual)
    expect(Taro.showToast).not.toHaveBeenCalled()
    fireEvent.click(within(manual).getByRole('button', { name: '收起' }))
    expect(screen.queryByRole('region', { name: '手动复制' })).toBeNull()
  })

  it('WeChat asks for privacy consent first: our prompt explains, and "不同意" leaves the text on screen', async () => {
    startPrivacyWatch()
    // the clipboard waits for the privacy answer, as WeChat does, then fails if it was refused
    jest
      .mocked(Taro.setClipboardData)
      .mockImplementationOnce(
        () =>
          new Promise((resolve, reject) =>
            triggerPrivacyRequest((o) =>
              o.event === 'agree' ? resolve({ errMsg: 'ok' }) : reject({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })
            )
          )
      )
    openBalance()
    fireEvent.click(screen.getByRole('button', { name: '复制“国家医保服务平台”，去应用商店搜索' }))
    const prompt = screen.getByRole('dialog', { name: '需要您同意' })
    expect(within(prompt).getByText(/不读取、不上传任何内容/)).toBeInTheDocument()
    fireEvent.click(within(prompt).getByRole('button', { name: /^不同意/ }))
    expect(screen.queryByRole('dialog', { name: '需要您同意' })).toBeNull()
    const manual = await screen.findByRole('region', { name: '手动复制' })
    expect(within(manual).getByText('国家医保服务平台')).toBeInTheDocument()
  })
})

describe('balance: the share card and links from family', () => {
  it.each([
    ['350200', '厦门查医保余额：拨打 0592-12393', '拨打 0592-12393'],
    ['440000', '广东查医保余额：拨打 12393', '拨打 12393']
  ])('%s: the card says which number to call, in its title and in large type on its picture', async (code, title, headline) => {
    openBalance(code)
    const card = await sharedCard()
    expect(card.title).toBe(title)
    expect(card.path).toBe(`/pages/balance/index?region=${code}`)
    expect(card.image?.texts).toContain(headline)
    // Moments gets the same title (its picture is drawn a moment later, when the reader stays)
    expect(shareOf().timeline?.title).toBe(title)
  })

  it('a link from another region: the sender’s place as sent, not called her 参保地, her own one tap away', () => {
    act(() => useRegionStore.getState().setRegion('120000'))
    openBalance('350200')
    expect(screen.getByText('家人发来的：')).toBeInTheDocument()
    expect(screen.getByText('福建 · 厦门')).toBeInTheDocument()
    expect(screen.getByText('余额要向交医保的地方查。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /参保地改成|更换/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '看我自己地区（天津）的' }))
    expect(screen.getByText('参保地：')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '拨打 022-12393' })).toBeInTheDocument()
    expect(useRegionStore.getState().region).toBe('120000')
  })
})
