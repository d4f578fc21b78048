import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro, { setRoute, shareOf } from '../fakes/taro'
import YidiPage from '../../src/pages/yidi/index'
import { useRegionStore } from '../../src/store/regionStore'
import { progressKey, useProgressStore } from '../../src/store/progressStore'
import { checklistParts } from '../../src/domain/withdraw/checklist'
import { claimMaterialsFor, filingPathOf, filingPathsFor, national, regionFile, yidiNotesFor } from '../support/policyData'
import { loadStores, relaunch } from '../support/relaunch'
import { resetAppState } from '../support/appState'

type Params = Record<string, string>

function openYidi(params: Params = {}) {
  setRoute('/pages/yidi/index', params)
  return render(<YidiPage />)
}

function pickRegion(code: string | null) {
  act(() => {
    if (code) useRegionStore.getState().setRegion(code)
  })
}

const tap = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }))
const byId = (id: string) => within(document.getElementById(id) as HTMLElement)
const answerCard = () => byId('yidi-answer')
const filing = () => byId('filing')
const Q_REASON = '您（或家人）为什么在外地看病？'
const Q_MOVED = '退休了，户口也迁过去了吗？'
const answer = (question: string, option: string | RegExp) =>
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByRole('button', { name: option }))
/** The walkthrough header names the region first: "厦门 · 第 2 步，共 5 步". */
const label = (text: string) => new RegExp(`^\\S+ · ${text}$`)
const copied = () => jest.mocked(Taro.setClipboardData).mock.calls.map(([o]) => o.data)
const kind = (id: string) => {
  const k = national.yidi.kinds.find((x) => x.id === id)
  if (!k) throw new Error(`no kind ${id}`)
  return k
}

beforeEach(() => resetAppState())

describe('yidi: the question answered first', () => {
  it.each([
    [null, '12393'],
    ['350200', '0592-12393'],
    ['220100', '0431-12393']
  ])('region %s: the answer, each of its sentences, and the place’s own line as the first call (%s)', (code, number) => {
    pickRegion(code)
    openYidi()
    const card = answerCard()
    expect(card.getByRole('heading', { name: '去外地看病，医保能用吗？' })).toBeInTheDocument()
    expect(card.getByText(national.yidi.answer.title)).toBeInTheDocument()
    for (const l of national.yidi.answer.lines) expect(card.getByText(l.text)).toBeInTheDocument()
    // yes after a 备案, and what happens without one, both in the answer
    expect(national.yidi.answer.title).toContain('备案')
    expect(national.yidi.answer.lines.some((l) => /^没备案/.test(l.text))).toBe(true)
    // the first call button on the page is the place's own line
    const calls = screen.getAllByRole('button', { name: /^拨打 / })
    expect(calls[0]).toHaveTextContent(`拨打 ${number}`)
    expect(within(document.getElementById('yidi-answer') as HTMLElement).getByRole('button', { name: `拨打 ${number}` })).toBeInTheDocument()
  })

  it('a source shows when it was published as well as when it was checked', () => {
    openYidi()
    tap(/在本省其他城市看病呢？/)
    const scope = byId('yidi-scope')
    fireEvent.click(scope.getByRole('button', { name: /^看来源/ }))
    const notice = national.sources.find((s) => s.id === 'nhsa-2022-22')
    expect(notice?.publishedOn).toBe('2022')
    // no address of its own (an http reprint): shown as at most 媒体报道或转载, whatever the file claims
    expect(scope.getByText(new RegExp(`^· ${notice?.title}（媒体报道或转载，发布于 2022，核对于 ${notice?.checkedOn}）`))).toBeInTheDocument()
  })

  it('the answer’s sources open with the words each source says', () => {
    openYidi()
    const card = answerCard()
    const sources = national.yidi.answer.lines.flatMap((l) => l.sources)
    const quotes = sources.flatMap((c) => (typeof c === 'object' ? [c.quote] : []))
    expect(quotes.length).toBeGreaterThan(0)
    fireEvent.click(card.getByRole('button', { name: /^看来源（\d+ 条）$/ }))
    for (const q of quotes) expect(card.getByText(`原文：“${q}”`)).toBeInTheDocument()
  })

  it('兰州 (local facts for other guides, none for this one) says the rules here are the national ones; 厦门 and 长春 do not', () => {
    expect(yidiNotesFor('620100')).toEqual([])
    pickRegion('620100')
    const view = openYidi()
    expect(answerCard().getByText('本地区暂无单独核对的异地就医信息，以上为全国通用规则。')).toBeInTheDocument()
    view.unmount()
    for (const code of ['350200', '220100']) {
      resetAppState()
      pickRegion(code)
      const other = openYidi()
      expect(screen.queryByText(/本地区暂无单独核对的异地就医信息/)).toBeNull()
      other.unmount()
    }
  })

  it.each(['350200', '220100', '440300', '511700'])('region %s: its local notes for this guide, the most specific first', (code) => {
    const notes = yidiNotesFor(code)
    expect(notes.length).toBeGreaterThan(0)
    pickRegion(code)
    openYidi()
    const box = within(screen.getByRole('group', { name: '本地提示' }))
    expect(box.getByText(notes[0] ?? '-')).toBeInTheDocument()
  })
})

describe('yidi: which 备案 fits', () => {
  it.each([
    ['单位派我到那边工作', 'posted-worker'],
    ['本地医院开了转诊，转过去看病', 'referral'],
    ['在外地突然生病，要看急诊', 'emergency'],
    ['自己去外地看病，没有转诊', 'other-temporary']
  ])('"%s" → the kind the notice names, with what it means', (reason, id) => {
    const k = kind(id)
    openYidi()
    answer(Q_REASON, reason)
    const verdict = byId('filing-verdict')
    expect(verdict.getByText(new RegExp(`^✓ 办“跨省(异地长期居住|临时外出就医)”里的“${k.name}”$`))).toBeInTheDocument()
    for (const part of [k.who, k.validity, k.goingBack, k.payment]) expect(verdict.getByText(part)).toBeInTheDocument()
    expect(verdict.getByRole('button', { name: '下一步：怎么办备案' })).toBeInTheDocument()
    // only an emergency points to filing afterwards
    expect(verdict.queryByRole('button', { name: /看补办/ }) !== null).toBe(id === 'emergency')
  })

  it('an emergency’s 看补办 opens the 补办 card where it scrolls to', () => {
    openYidi()
    answer(Q_REASON, '在外地突然生病，要看急诊')
    expect(screen.queryByText(national.yidi.late[0]?.text ?? '-')).toBeNull()
    tap(/看补办/)
    for (const l of national.yidi.late) expect(byId('late-filing').getByText(l.text)).toBeInTheDocument()
  })

  it('living there asks one more question, then tells 异地安置退休人员 from 异地长期居住人员', () => {
    openYidi()
    expect(screen.queryByRole('group', { name: Q_MOVED })).toBeNull()
    answer(Q_REASON, '在那边长住：养老、跟子女住、带孙子')
    expect(document.getElementById('filing-verdict')).toBeNull()
    answer(Q_MOVED, '是，都办了')
    expect(byId('filing-verdict').getByText(`✓ 办“跨省异地长期居住”里的“${kind('retired-resettled').name}”`)).toBeInTheDocument()
    answer(Q_MOVED, '不是，或拿不准')
    expect(byId('filing-verdict').getByText(`✓ 办“跨省异地长期居住”里的“${kind('long-term-resident').name}”`)).toBeInTheDocument()
    // a new reason forgets the second answer
    answer(Q_REASON, '单位派我到那边工作')
    expect(screen.queryByRole('group', { name: Q_MOVED })).toBeNull()
  })

  it('the second question, then the answer, is scrolled into view, and 下一步 goes to the ways to file', () => {
    jest.useFakeTimers()
    try {
      const scroll = Taro.pageScrollTo as jest.Mock
      openYidi()
      scroll.mockClear()
      answer(Q_REASON, '在那边长住：养老、跟子女住、带孙子')
      act(() => void jest.runOnlyPendingTimers())
      // no answer yet: the second question is what appeared
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#filing-moved' }))
      scroll.mockClear()
      answer(Q_REASON, '单位派我到那边工作')
      act(() => void jest.runOnlyPendingTimers())
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#filing-verdict' }))
      scroll.mockClear()
      tap('下一步：怎么办备案')
      act(() => void jest.runOnlyPendingTimers())
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#filing' }))
    } finally {
      jest.useRealTimers()
    }
  })

  it('the six kinds side by side, in their two groups', () => {
    openYidi()
    tap(/两类六种备案，都是什么/)
    const fold = byId('filing-kinds')
    expect(fold.getByText('跨省异地长期居住')).toBeInTheDocument()
    expect(fold.getByText('跨省临时外出就医')).toBeInTheDocument()
    for (const k of national.yidi.kinds) expect(fold.getByText(k.name)).toBeInTheDocument()
  })
})

describe('yidi: filing step by step', () => {
  it.each([
    [null, 'national-app'],
    [null, 'mini-program'],
    [null, 'counter'],
    ['220100', 'jilin-wechat']
  ])('region %s, way %s: every step in order, then how to see or cancel the filing; 完成 returns to the choice', (code, pathId) => {
    const path = filingPathOf(code, pathId)
    const n = path.steps.length
    pickRegion(code)
    openYidi()
    tap(path.name)
    const f = filing()
    expect(f.getByText(label('开始前准备'))).toBeInTheDocument()
    for (const item of path.prepare) expect(f.getByText(item)).toBeInTheDocument()
    fireEvent.click(f.getByRole('button', { name: '准备好了，开始' }))
    path.steps.forEach((step, i) => {
      expect(f.getByText(label(`第 ${i + 1} 步，共 ${n} 步`))).toBeInTheDocument()
      expect(f.getByText(step.title)).toBeInTheDocument()
      expect(f.getByText(step.detail)).toBeInTheDocument()
      if (step.tip) expect(f.getByText(`提示：${step.tip}`)).toBeInTheDocument()
      // a step that says to phone has the call right there
      if (/12393/.test(step.detail)) expect(f.getByRole('button', { name: /^拨打 / })).toBeInTheDocument()
      fireEvent.click(f.getByRole('button', { name: '下一步' }))
    })
    expect(f.getByText('办完以后')).toBeInTheDocument()
    for (const a of path.afterwards) expect(f.getByText(a)).toBeInTheDocument()
    expect(f.getByText('想查看、变更或取消备案')).toBeInTheDocument()
    expect(f.getByText(path.manage)).toBeInTheDocument()
    expect(f.queryByText('想解除怎么办')).toBeNull()
    fireEvent.click(f.getByRole('button', { name: '完成' }))
    for (const p of filingPathsFor(code)) expect(filing().getByRole('button', { name: p.name })).toBeInTheDocument()
  })

  it('吉林’s own way is offered in 长春 (from the province file) but not in 厦门 or the national rules', () => {
    const jilin = regionFile('220000')?.yidi?.paths?.upsert?.[0]
    if (!jilin) throw new Error('220000 has no way to file')
    pickRegion('220100')
    const view = openYidi()
    expect(filing().getByRole('button', { name: jilin.name })).toBeInTheDocument()
    view.unmount()
    for (const code of ['350200', null]) {
      resetAppState()
      pickRegion(code)
      const other = openYidi()
      expect(filing().queryByRole('button', { name: jilin.name })).toBeNull()
      other.unmount()
    }
  })

  it('progress is kept per region and way, apart from the binding walkthrough, and survives WeChat killing the app', async () => {
    const path = filingPathOf('350200', 'national-app')
    pickRegion('350200')
    // the family guide has its own national-app walkthrough at step 4 in 厦门: it must not leak in
    act(() => useProgressStore.getState().setStep(progressKey('350200', 'national-app'), 4))
    const first = openYidi()
    tap(path.name)
    expect(filing().getByText(label('开始前准备'))).toBeInTheDocument()
    tap('准备好了，开始')
    tap('下一步')
    expect(filing().getByText(label(`第 2 步，共 ${path.steps.length} 步`))).toBeInTheDocument()
    first.unmount()

    const app = relaunch(() => ({
      ...loadStores(),
      Page: jest.requireActual<typeof import('../../src/pages/yidi/index')>('../../src/pages/yidi/index').default
    }))
    setRoute('/pages/yidi/index', {})
    render(<app.Page />)
    // a fresh process loads the policy package first: the page shows its content once it is in
    expect(await screen.findByText(label(`第 2 步，共 ${path.steps.length} 步`))).toBeInTheDocument()
    expect(filing().getByText(label(`第 2 步，共 ${path.steps.length} 步`))).toBeInTheDocument()
    expect(filing().getByText(path.steps[1]?.title ?? '-')).toBeInTheDocument()
    // the family walkthrough kept its own step
    expect(app.useProgressStore.getState().walkthrough[progressKey('350200', 'national-app')]).toBe(4)
    // another region starts fresh
    act(() => app.useRegionStore.getState().setRegion('110000'))
    expect(filing().getByText('选一种您方便的办法：')).toBeInTheDocument()
  })

  it('a shared link path=national-app&step=3 opens on that step, titled with it, without touching the receiver’s saved choice', () => {
    const path = filingPathOf('350200', 'national-app')
    openYidi({ region: '350200', path: 'national-app', step: '3' })
    expect(filing().getByText(`厦门 · 第 3 步，共 ${path.steps.length} 步`)).toBeInTheDocument()
    expect(useProgressStore.getState().chosenPath).toEqual({})
    expect(useProgressStore.getState().walkthrough).toEqual({})
    // received: what and where on top, the step written to its reader, no share button pushed at her
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('去外地看病 · 厦门')
    expect(filing().getByText('您的家人发给您这一步：')).toBeInTheDocument()
    expect(filing().queryByRole('button', { name: /发给家人/ })).toBeNull()
    const { app, timeline } = shareOf()
    // the card says the step itself: its title is the step's own instruction
    expect(app?.title).toBe(`厦门去外地看病第 3 步：${path.steps[2]?.title ?? '-'}`)
    expect(app?.path).toBe('/pages/yidi/index?region=350200&path=national-app&step=3')
    expect(timeline?.query).toBe('region=350200&path=national-app&step=3')
    // acting on it makes it the receiver's own progress
    tap('下一步')
    expect(filing().getByText(`厦门 · 第 4 步，共 ${path.steps.length} 步`)).toBeInTheDocument()
    expect(useProgressStore.getState().chosenPath).toEqual({ 'yidi@350200': 'national-app' })
  })

  it('a link naming a way this region does not have says so and offers the choice', () => {
    openYidi({ region: '350200', path: 'jilin-wechat', step: '2' })
    expect(screen.getByText('链接里的办理方式在本地区没有，请在下面重新选择。')).toBeInTheDocument()
    expect(filing().getByText('选一种您方便的办法：')).toBeInTheDocument()
  })

  it('without a way chosen, the share card asks the question', () => {
    pickRegion('350200')
    openYidi()
    expect(shareOf().app).toMatchObject({
      title: `厦门去外地看病，医保能用吗？${national.yidi.answer.title}`,
      path: '/pages/yidi/index?region=350200'
    })
  })
})

describe('yidi: when direct settlement fails', () => {
  it.each([null, '440300', '440100'])('region %s: the claim list its files give, ticked and copied into the family chat', (code) => {
    const materials = claimMaterialsFor(code)
    pickRegion(code)
    openYidi()
    // folded until needed, its title says how many items
    expect(screen.queryByRole('checkbox')).toBeNull()
    tap(`没能直接结算：回参保地报销要带的材料（${materials.length} 项）`)
    const card = byId('claim')
    const boxes = card.getAllByRole('checkbox')
    expect(boxes).toHaveLength(materials.length)
    // what everyone brings first, then what only some cases need, then what an agent brings
    const { needed, ifCase, ifAgent } = checklistParts({ materials })
    ;[...needed, ...ifCase, ...ifAgent].forEach((m, i) => expect(boxes[i]).toHaveTextContent(`${m.name}（${m.form}）`))
    // what only some cases or an agent need is listed apart and not counted
    const always = materials.filter((m) => m.onlyWhen === undefined)
    expect(card.getByText(/^已准备 \d+ \/ \d+ 项/)).toHaveTextContent(`已准备 0 / ${always.length} 项`)
    fireEvent.click(boxes[0] as HTMLElement)
    expect(card.getByText(/^已准备 \d+ \/ \d+ 项/)).toHaveTextContent(`已准备 1 / ${always.length} 项`)
    fireEvent.click(card.getByRole('button', { name: '复制清单（发到家人群里）' }))
    const text = copied().at(-1) ?? ''
    // numbered, without the sender's ticks, saying what is still missing
    expect(text).not.toMatch(/[☐☑]/)
    for (const m of materials) expect(text).toContain(m.name)
    expect(text).toContain(`还缺 ${always.length - 1} 项`)
    expect(text).toContain(code === '440300' ? '按深圳本地的资料列出' : '以参保地的要求为准')
  })

  it('深圳’s list is the 医保局’s own, and its source line says it is 深圳’s', () => {
    const sz = regionFile('440300')?.yidi?.claim?.materials?.upsert ?? []
    expect(sz.length).toBeGreaterThan(0)
    pickRegion('440300')
    openYidi()
    tap(/^没能直接结算：回参保地报销要带的材料/)
    const card = byId('claim')
    for (const m of sz) expect(card.getByRole('checkbox', { name: new RegExp(m.name.replace(/[()（）]/g, '.')) })).toBeInTheDocument()
    expect(card.getByText(/^深圳本地资料，核对于/)).toBeInTheDocument()
  })

  it('ticks made earlier open the list by itself', () => {
    const [first] = claimMaterialsFor('350200')
    act(() => useProgressStore.getState().toggleTick(progressKey('350200', 'yidi-claim'), first?.id ?? '-'))
    pickRegion('350200')
    openYidi()
    expect(byId('claim').getByRole('checkbox', { name: new RegExp(`^☑ ?${first?.name}`) })).toHaveAttribute('aria-checked', 'true')
  })

  it('the day itself, in order, and 补办 for those who could not file', () => {
    openYidi()
    const day = byId('on-the-day')
    national.yidi.onTheDay.forEach((l, i) => expect(day.getByText(`${i + 1}. ${l.text}`)).toBeInTheDocument())
    tap(/来不及备案怎么办（补办）/)
    for (const l of national.yidi.late) expect(byId('late-filing').getByText(l.text)).toBeInTheDocument()
  })
})

describe('yidi: myths', () => {
  it('each myth is led by the fact, the claim only quoted (folded under one line)', () => {
    openYidi()
    tap(`网上还有 ${national.yidi.myths.length} 种说法不对`)
    expect(national.yidi.myths.map((m) => m.claim)).toEqual(
      expect.arrayContaining([expect.stringContaining('在哪儿看病都能'), expect.stringContaining('一律不给报')])
    )
    for (const m of national.yidi.myths) {
      const card = byId(`myth-${m.id}`)
      expect(card.getByText(m.fact)).toBeInTheDocument()
      expect(card.getByText(`网上说：“${m.claim}”`)).toBeInTheDocument()
    }
  })

  it('a search hit for a myth opens the page at it', () => {
    const scroll = Taro.pageScrollTo as jest.Mock
    scroll.mockClear()
    jest.useFakeTimers()
    try {
      openYidi({ card: 'myth-never-paid' })
      act(() => void jest.runOnlyPendingTimers())
      const myth = national.yidi.myths.find((m) => m.id === 'never-paid')
      expect(byId('myth-never-paid').getByText(myth?.fact ?? '-')).toBeInTheDocument()
      expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ selector: '#myth-never-paid' }))
    } finally {
      jest.useRealTimers()
    }
  })
})
