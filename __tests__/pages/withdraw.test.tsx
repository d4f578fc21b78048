import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { setRoute, sharedCard, shareOf } from '../fakes/taro'
import WithdrawPage from '../../src/pages/withdraw/index'
import { useRegionStore } from '../../src/store/regionStore'
import { useProgressStore } from '../../src/store/progressStore'
import { national, regionFile, regionFileCodes, situationOf, situationsFor } from '../support/policyData'
import { loadStores, relaunch } from '../support/relaunch'
import { resetAppState } from '../support/appState'

const NONE = '都不是，我就想把钱取出来'
/** what the count counts: the boxes everyone brings; what only someone going for another person brings (委托书) is apart */
const counted = (s: { materials: ReadonlyArray<{ onlyWhen?: string }> }) => s.materials.filter((m) => m.onlyWhen === undefined).length
const neededBoxes = () => within(screen.getByRole('group', { name: '要带的材料' })).getAllByRole('checkbox')

function openWithdraw(params: Record<string, string> = {}) {
  setRoute('/pages/withdraw/index', params)
  return render(<WithdrawPage />)
}

function pickRegion(code: string | null) {
  act(() => {
    if (code) useRegionStore.getState().setRegion(code)
  })
}

/** what was handed to the clipboard, call by call */
const copied = () => jest.mocked(Taro.setClipboardData).mock.calls.map(([o]) => o.data)
const picker = () => within(screen.getByRole('group', { name: '选择情形' }))
const choose = (name: string) => fireEvent.click(picker().getByRole('button', { name }))
const checklist = () => within(document.getElementById('checklist') as HTMLElement)
const progressLine = () => checklist().getByText(/^已准备 \d+ \/ \d+ 项/)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** a material's row, by what it says: "☐ 死亡证明（原件和复印件）…" */
const row = (materialName: string, box = '[☐☑]') => checklist().getByRole('checkbox', { name: new RegExp(`^${box} ?${escape(materialName)}（`) })
const tick = (materialName: string) => fireEvent.click(row(materialName))

beforeEach(() => resetAppState())

describe('withdraw: which situation', () => {
  it('national: exactly death, abroad, transfer-no-accept from the data, plus 都不是', () => {
    expect(national.withdraw.situations.map((s) => s.id)).toEqual(['death', 'abroad', 'transfer-no-accept'])
    openWithdraw()
    const names = picker()
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(names).toEqual([...national.withdraw.situations.map((s) => s.name), NONE])
  })

  it.each(['350200', '420100', '371000', '110000', '620100', '440000', '150100'])(
    'region %s: the situations its files (and the national file) give, in order, plus 都不是',
    (code) => {
      openWithdraw({ region: code })
      const names = picker()
        .getAllByRole('button')
        .map((b) => b.textContent)
      expect(names).toEqual([...situationsFor(code).map((s) => s.name), NONE])
    }
  )

  it.each(['national', ...regionFileCodes])('region %s: no situation offered mentions 重大疾病, 大病 or 放弃职工医保', (code) => {
    const region = code === 'national' ? undefined : code
    openWithdraw(region ? { region } : {})
    const forbidden = /重大疾病|大病|放弃职工医保/
    expect(screen.getByRole('group', { name: '选择情形' }).textContent).not.toMatch(forbidden)
    for (const s of situationsFor(region ?? null)) {
      choose(s.name)
      expect(document.getElementById(`situation-${s.id}`)?.textContent).not.toMatch(forbidden)
    }
  })
})

describe('withdraw: 参保人去世 checklist', () => {
  it('shows who may apply, where, and each material with 原件/复印件', () => {
    const death = situationOf(null, 'death')
    openWithdraw()
    choose(death.name)
    expect(picker().getByRole('button', { name: `✓ ${death.name}` })).toHaveAttribute('aria-pressed', 'true')
    const card = within(document.getElementById('situation-death') as HTMLElement)
    expect(card.getByRole('heading', { name: `${death.name}：要带的材料` })).toBeInTheDocument()
    for (const w of death.whoMayApply) expect(card.getByText(w)).toBeInTheDocument()
    expect(card.getByText(death.where)).toBeInTheDocument()

    const boxes = checklist().getAllByRole('checkbox')
    expect(boxes).toHaveLength(death.materials.length)
    death.materials.forEach((m, i) => {
      expect(boxes[i]).toHaveTextContent(`☐${m.name}（${m.form}）`)
      if (m.note) expect(boxes[i]).toHaveTextContent(m.note)
      expect(boxes[i]).toHaveAttribute('aria-checked', 'false')
    })
    expect(death.materials.some((m) => m.form.includes('复印件'))).toBe(true)
    expect(checklist().getAllByText(/（原件）$/).length).toBeGreaterThan(0)
    expect(checklist().getAllByText(/（原件和复印件）$/).length).toBeGreaterThan(0)
    // the steps, in order
    death.steps.forEach((s, i) => expect(screen.getByText(`第 ${i + 1} 步：${s.title}`)).toBeInTheDocument())
  })

  it('ticking two items shows 已准备 2 / M 项; a second tap unticks', () => {
    const death = situationOf(null, 'death')
    const [a, b] = death.materials
    if (!a || !b) throw new Error('need two materials')
    openWithdraw()
    choose(death.name)
    expect(progressLine()).toHaveTextContent(`已准备 0 / ${counted(death)} 项`)
    tick(a.name)
    tick(b.name)
    expect(progressLine()).toHaveTextContent(`已准备 2 / ${counted(death)} 项`)
    expect(row(a.name, '☑')).toHaveAttribute('aria-checked', 'true')
    tick(a.name)
    expect(progressLine()).toHaveTextContent(`已准备 1 / ${counted(death)} 项`)
  })

  it('ticks survive WeChat killing the app, and are kept per region and situation', async () => {
    const death = situationOf('350200', 'death')
    const [a, b] = death.materials
    if (!a || !b) throw new Error('need two materials')
    pickRegion('350200')
    const first = openWithdraw()
    choose(death.name)
    tick(a.name)
    tick(b.name)
    expect(progressLine()).toHaveTextContent(`已准备 2 / ${counted(death)} 项`)
    first.unmount()

    const app = relaunch(() => ({
      ...loadStores(),
      Page: jest.requireActual<typeof import('../../src/pages/withdraw/index')>('../../src/pages/withdraw/index').default
    }))
    setRoute('/pages/withdraw/index', {})
    render(<app.Page />)
    // the situation chosen before the kill is open again by itself, with its ticks (once the policy package is in)
    expect(await screen.findByRole('button', { name: `✓ ${death.name}` })).toHaveAttribute('aria-pressed', 'true')
    expect(progressLine()).toHaveTextContent(`已准备 2 / ${counted(death)} 项`)
    expect(row(a.name, '☑')).toHaveAttribute('aria-checked', 'true')
    expect(row(b.name, '☑')).toHaveAttribute('aria-checked', 'true')

    // another situation in the same region starts empty, even where material ids are shared
    const abroad = situationOf('350200', 'abroad')
    expect(abroad.materials.map((m) => m.id)).toContain(a.id)
    choose(abroad.name)
    expect(progressLine()).toHaveTextContent(`已准备 0 / ${counted(abroad)} 项`)

    // another region starts empty
    act(() => app.useRegionStore.getState().setRegion('420100'))
    const wuhanDeath = situationOf('420100', 'death')
    choose(wuhanDeath.name)
    expect(progressLine()).toHaveTextContent(`已准备 0 / ${counted(wuhanDeath)} 项`)
  })

  it('the count is over exactly the boxes under it; 委托书 is a group of its own', () => {
    // 泉州's guide lists a 委托书 for someone going for the heirs
    const death = situationOf('350500', 'death')
    pickRegion('350500')
    openWithdraw()
    choose(death.name)
    expect(progressLine()).toHaveTextContent(`已准备 0 / ${neededBoxes().length} 项`)
    expect(neededBoxes()).toHaveLength(counted(death))
    const agent = within(screen.getByRole('group', { name: '请别人代办时另外要带的' }))
    expect(agent.getAllByRole('checkbox').map((b) => b.textContent)).toEqual(
      death.materials.filter((m) => m.onlyWhen === 'agent').map((m) => `☐${m.name}（${m.form}）${m.note ?? ''}`)
    )
    // ticking it does not move the count
    tick('委托书')
    expect(progressLine()).toHaveTextContent(`已准备 0 / ${counted(death)} 项`)
  })

  it('复制清单 copies the situation and every material without the sender’s ticks, and says how to paste it', async () => {
    const death = situationOf('350200', 'death')
    const [a] = death.materials
    if (!a) throw new Error('no material')
    pickRegion('350200')
    openWithdraw()
    choose(death.name)
    tick(a.name)
    fireEvent.click(checklist().getByRole('button', { name: '复制清单（发到家人群里）' }))
    expect(Taro.setClipboardData).toHaveBeenCalledTimes(1)
    const text = copied()[0] ?? ''
    expect(text).toContain('参保地：福建 · 厦门')
    expect(text).toContain(death.name)
    for (const m of death.materials) expect(text).toContain(`${m.name}（${m.form}）`)
    expect(text).not.toMatch(/[☐☑]/)
    expect(text).toMatch(/^还缺 \d+ 项：/m)
    expect(text).toContain(death.where)
    const sheet = await screen.findByRole('dialog', { name: '已复制“材料清单”' })
    expect(sheet).toHaveTextContent('长按下面的输入框，点“粘贴”')
    expect(Taro.showToast).not.toHaveBeenCalled()
    fireEvent.click(within(sheet).getByRole('button', { name: '知道了' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('national: the copied list names the national rules as its region', async () => {
    openWithdraw()
    choose(situationOf(null, 'abroad').name)
    fireEvent.click(checklist().getByRole('button', { name: '复制清单（发到家人群里）' }))
    expect(copied()[0]).toContain('全国通用')
    expect(copied()[0]?.split('\n')[0]).toBe(`【医保个人账户余额提取：${situationOf(null, 'abroad').name}】`)
    await screen.findByRole('dialog', { name: '已复制“材料清单”' })
  })

  it('clipboard refused: the same text is shown on screen to copy by hand', async () => {
    const death = situationOf('420100', 'death')
    jest.mocked(Taro.setClipboardData).mockRejectedValueOnce({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    openWithdraw({ region: '420100' })
    choose(death.name)
    fireEvent.click(checklist().getByRole('button', { name: '复制清单（发到家人群里）' }))
    const manual = await screen.findByRole('region', { name: '手动复制' })
    expect(within(manual).getByText(/没能自动复制/)).toBeInTheDocument()
    const offered = copied()[0] ?? '-'
    expect(manual.textContent).toContain(offered)
    for (const m of death.materials) expect(manual.textContent).toContain(m.name)
    expect(Taro.showToast).not.toHaveBeenCalled()
  })
})

describe('withdraw: sharing and manual copy', () => {
  it('"发给家人" shares a link that opens the same situation for the same region', () => {
    const death = situationOf('420100', 'death')
    pickRegion('420100')
    const sender = openWithdraw()
    choose(death.name)
    const { app } = shareOf()
    // the title is the answer: what to bring (not the 委托书, needed only when someone else goes)
    const needed = death.materials.filter((m) => !/时才需要/.test(m.note ?? '')).map((m) => m.name)
    expect(app?.title).toMatch(new RegExp(`^武汉${death.name}，取医保余额要带：${needed[0]}、${needed[1]}`))
    expect(app?.title).not.toContain('委托书')
    sender.unmount()

    resetAppState()
    const params = Object.fromEntries(new URLSearchParams((app?.path ?? '').split('?')[1]))
    expect(params).toMatchObject({ region: '420100', situation: 'death' })
    openWithdraw(params)
    expect(picker().getByRole('button', { name: `✓ ${death.name}` })).toBeInTheDocument()
    expect(checklist().getAllByRole('checkbox')).toHaveLength(death.materials.length)
  })

  it('the card’s picture lists what to bring; before a situation is chosen the card names the situations', async () => {
    const death = situationOf('420100', 'death')
    pickRegion('420100')
    openWithdraw()
    const before = await sharedCard()
    expect(before.title).toMatch(/^武汉医保余额能取吗？只有这几种情况能取：/)
    for (const s of situationsFor('420100')) expect(before.image?.texts.join('')).toContain(s.name)
    choose(death.name)
    const after = await sharedCard()
    expect(after.image?.texts.join('')).toContain(`${death.name}：要带的材料`)
    expect(after.image?.texts.join('')).toContain(death.materials[1]?.name ?? '-')
  })

  // Regression (was: useCopy's manualText is page state, not cleared by setChosen, and
  // <ManualCopy> is rendered inside whichever situation is open): after a refused copy of the 参保人去世 list,
  // choosing 出国或出境定居 shows the 去世 list text under the 出国 checklist, ready to be pasted to the family.
  it('after a refused copy, switching situation does not leave the previous list on screen', async () => {
    jest.mocked(Taro.setClipboardData).mockRejectedValueOnce({ errMsg: 'setClipboardData:fail privacy permission is not authorized' })
    openWithdraw()
    choose(situationOf(null, 'death').name)
    fireEvent.click(checklist().getByRole('button', { name: '复制清单（发到家人群里）' }))
    await screen.findByRole('region', { name: '手动复制' })
    choose(situationOf(null, 'abroad').name)
    const manual = screen.queryByRole('region', { name: '手动复制' })
    expect(manual?.textContent ?? '').not.toContain(situationOf(null, 'death').name)
  })
})

describe('withdraw: other answers', () => {
  it.each([null, '420100'])('region %s: 都不是 shows the legal alternatives (家庭共济…), and no checklist', (code) => {
    pickRegion(code)
    openWithdraw()
    choose(NONE)
    const card = within(document.getElementById('not-withdrawable') as HTMLElement)
    expect(card.getByRole('heading', { name: '这种情况不能取，但钱可以这样用' })).toBeInTheDocument()
    for (const a of national.withdraw.alternatives) expect(card.getByText(a)).toBeInTheDocument()
    expect(national.withdraw.alternatives[0]).toContain('家庭共济')
    expect(document.getElementById('checklist')).toBeNull()
  })

  it.each([
    ['420100', 'death'],
    ['420100', 'transfer-no-accept'],
    ['371000', 'abroad'],
    [null, 'death']
  ])('region %s, %s: shows the waiting-time text from the data under 要多久', (code, id) => {
    const s = situationOf(code, id)
    pickRegion(code)
    openWithdraw()
    choose(s.name)
    const card = within(document.getElementById(`situation-${id}`) as HTMLElement)
    expect(card.getByText('要多久')).toBeInTheDocument()
    expect(card.getByText(s.time ?? '-')).toBeInTheDocument()
  })

  it('武汉 420100: the local rule (停保满 2 个月) from its file, and its own materials', () => {
    const file = regionFile('420100')
    const death = file?.withdraw?.situations?.upsert?.find((s) => s.id === 'death')
    if (!death?.time) throw new Error('420100 has no death time')
    expect(death.time).toContain('2 个月')
    openWithdraw({ region: '420100' })
    choose(death.name)
    expect(screen.getByText(death.time)).toBeInTheDocument()
    expect(checklist().getAllByRole('checkbox')).toHaveLength(death.materials.length)
    expect(screen.getAllByText(/^武汉本地资料，核对于/).length).toBeGreaterThan(0)
  })

  it('myths: every myth in the data is answered kindly: the claim, the fact, the legal way, and the law folded below', () => {
    openWithdraw({ region: '350200' })
    expect(screen.getByRole('heading', { name: '网上这些说法不对' })).toBeInTheDocument()
    for (const m of national.myths) {
      const card = document.getElementById(`myth-${m.id}`) as HTMLElement
      expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(`网上说：“${m.claim}”`)
      const label = m.kind === 'false' ? '可以这样做' : '合法的办法'
      expect(card.textContent?.startsWith(`网上说：“${m.claim}”${m.fact}${label}${m.instead}`)).toBe(true)
      if (m.law) {
        expect(card.textContent).not.toContain(m.law)
        fireEvent.click(within(card).getByRole('button', { name: /法律规定和处罚/ }))
        expect(card.textContent).toContain(m.law)
      }
    }
    const cashOut = national.myths.filter((m) => /套现/.test(`${m.fact}${m.law ?? ''}`))
    expect(cashOut.length).toBeGreaterThan(0)
    for (const m of cashOut) {
      expect(m.kind).toBe('illegal')
      // the penalties are for the fold, not the first sentence
      expect(m.fact).not.toMatch(/罚款|刑事|暂停/)
    }
  })

  it('the warning before a situation is chosen says who may go for you (委托书) and that paid 代取 is the scam', () => {
    openWithdraw()
    expect(screen.getByText(/拿着委托书的人，都可以到医保窗口办理/)).toHaveTextContent('代取')
  })

  it('once a situation that can be claimed is chosen, the myths fold into one line', () => {
    const death = situationOf(null, 'death')
    openWithdraw()
    choose(death.name)
    expect(screen.queryByRole('heading', { name: '网上这些说法不对' })).toBeNull()
    expect(document.querySelector('[id^="myth-"]')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`网上还有 ${national.myths.length} 种说法不对`) }))
    expect(document.querySelectorAll('[id^="myth-"]')).toHaveLength(national.myths.length)
  })

  it('a link with situation=death opens that situation; an unknown one is explained', () => {
    const first = openWithdraw({ situation: 'death' })
    expect(document.getElementById('situation-death')).toBeInTheDocument()
    first.unmount()
    openWithdraw({ situation: 'major-illness' })
    expect(screen.getByText('链接里的情形在本地区没有，请在下面重新选择。')).toBeInTheDocument()
    expect(document.querySelector('[id^="situation-"]')).toBeNull()
  })
})

describe('withdraw: a link from another region', () => {
  it('the banner sits right above the linked list; 看我自己地区 keeps the situation where the own region has it', () => {
    act(() => useRegionStore.getState().setRegion('350200'))
    openWithdraw({ region: '420100', situation: 'death' })
    const linked = document.getElementById('situation-death') as HTMLElement
    expect(within(linked).getByText(/家人发来的是武汉的办法，提取在参保人的参保地办/)).toBeInTheDocument()
    // one quiet line: nothing offers to change the reader's own 参保地
    expect(screen.queryByRole('button', { name: /参保地改成|更换/ })).toBeNull()
    expect(screen.getByText('家人发来的：')).toBeInTheDocument()
    fireEvent.click(within(linked).getByRole('button', { name: /看我自己地区/ }))
    expect(screen.getByText('福建 · 厦门')).toBeInTheDocument()
    expect(document.getElementById('situation-death')).toBeInTheDocument()
    expect(screen.queryByText(/家人发来的/)).toBeNull()
    // nothing saved changed: the reader's own region and choice are as they were
    expect(useRegionStore.getState().region).toBe('350200')
    expect(useProgressStore.getState().chosenSituation).toEqual({})
  })
})
