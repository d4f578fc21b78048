/**
 * User journeys on the WeChat build, taken the way a user takes them: taps on what is on screen, WeChat killing
 * the app, a card shared into a chat and opened by someone else. Assertions are about what the user sees and
 * what reached WeChat (the wx call log), not about the app's internals. The guides' wording is still changing, so
 * texts come from the screen (the first path option, the first situation) rather than being hard-coded.
 */
import type { Weapp } from './harness'
import { tapElement } from './harness/dom'
import { HOME, HOME_TASKS, closeAll, heading, killAndReopen, launch, openShared, openTask } from './harness/journeys'

afterEach(() => closeAll())

const FAMILY = '/pages/family/index'
const WITHDRAW = '/pages/withdraw/index'
const BALANCE = '/pages/balance/index'
const YIDI = '/pages/yidi/index'

/** Elements on the current page; an empty list fails the caller's expectation, not here. */
function all(weapp: Weapp, selector: string): Element[] {
  return Array.from(weapp.currentPage().element.querySelectorAll(selector))
}

function one(weapp: Weapp, selector: string): Element {
  const el = all(weapp, selector)[0]
  if (!el) throw new Error(`nothing matches ${selector} on ${weapp.currentPage().route}:\n${weapp.text()}`)
  return el
}

const textOf = (el: Element | undefined): string => (el?.textContent ?? '').trim()

/** Family page: choose the first way to bind and go `steps` screens into the walkthrough. */
async function advanceWalkthrough(weapp: Weapp, steps: number): Promise<string> {
  await weapp.tap(one(weapp, '.path-option'))
  await weapp.tapText('准备好了，开始')
  for (let i = 1; i < steps; i++) await weapp.tapText('下一步')
  return textOf(one(weapp, '.walk__label'))
}

/** Withdraw page: pick the first situation; returns its label as shown. */
async function pickFirstSituation(weapp: Weapp): Promise<string> {
  const button = one(weapp, '.situations wx-button')
  const label = textOf(button)
  await weapp.tap(button)
  return label
}

describe('journeys on dist/weapp', () => {
  test('a user reads each guide from home and comes back each time', async () => {
    const weapp = await launch()
    for (const task of HOME_TASKS) {
      expect(await openTask(weapp, task)).toMatch(task.heading)
      expect(weapp.currentPage().route).toBe(task.route)
      await weapp.back()
      expect(weapp.stack()).toEqual(['pages/index/index'])
    }
    expect(weapp.wx.argsOf('navigateTo').map((a) => String(a.url).split('?')[0])).toEqual(HOME_TASKS.map((t) => `/${t.route}`))
    expect(weapp.errors).toEqual([])
  })

  test('the about link on home opens the disclaimer and privacy page', async () => {
    const weapp = await launch()
    await weapp.tapText('关于本程序 · 数据来源 · 隐私')
    expect(weapp.currentPage().route).toBe('pages/about/index')
    expect(weapp.text()).toContain('隐私')
  })

  test('family walkthrough: two steps in, WeChat kills the app, reopening shows the same step', async () => {
    const weapp = await launch(FAMILY)
    const label = await advanceWalkthrough(weapp, 2)
    expect(label).toMatch(/2/)
    const again = await killAndReopen(weapp, FAMILY)
    expect(textOf(one(again, '.walk__label'))).toBe(label)
  })

  test('family walkthrough: "发给家人" shares this step; a relative opening it on their phone lands on it', async () => {
    const weapp = await launch(FAMILY)
    const label = await advanceWalkthrough(weapp, 3)
    await weapp.tapText('发给家人（打开就是这一步）')
    const card = weapp.shares[weapp.shares.length - 1]
    expect(card?.route).toBe('pages/family/index')
    if (!card) return
    const relative = await openShared(card)
    expect(relative.storage).not.toBe(weapp.storage)
    expect(relative.currentPage().route).toBe('pages/family/index')
    expect(textOf(one(relative, '.walk__label'))).toBe(label)
    // the same guide, named with its place at the top for the one who receives it
    expect(heading(relative).startsWith(`${heading(weapp)} · `)).toBe(true)
  })

  test('every guide can be shared to a chat and to Moments, and the chat card opens the same guide', async () => {
    for (const task of HOME_TASKS) {
      const weapp = await launch(`/${task.route}`)
      const chat = await weapp.share('appMessage')
      expect(chat.route).toBe(task.route)
      expect(chat.title).toBeTruthy()
      const moments = await weapp.share('timeline')
      expect(moments.route).toBe(task.route)
      const friend = await openShared(chat)
      expect(heading(friend)).toBe(heading(weapp))
    }
  })

  test('a step the relative does: the giver sends it, the card says it and shows it, she lands on it written to her', async () => {
    const giver = await launch(FAMILY)
    const wallet = all(giver, '.path-option').find((b) => textOf(b).includes('医保钱包'))
    if (!wallet) throw new Error('no 医保钱包 way on the family page')
    await giver.tap(wallet)
    await giver.tapText('准备好了，开始')
    await giver.tapText('下一步')
    expect(textOf(one(giver, '.walk__who'))).toBe('家人来做')
    const giverWords = textOf(one(giver, '.walk__title'))
    await giver.tapText('把这一步发给家人（打开就是这一步）')
    const card = giver.shares[giver.shares.length - 1]
    if (!card) throw new Error('no card was shared')
    // the title is her instruction, and the picture (drawn by the app on an offscreen canvas) shows it in large type
    expect(card.title).toMatch(/^家庭共济第 2 步：/)
    const hers = card.title?.replace(/^家庭共济第 2 步：/, '') ?? ''
    expect(hers).not.toBe(giverWords)
    expect(card.image?.texts).toContain(hers)
    expect(card.image && card.image.width / card.image.height).toBeCloseTo(5 / 4)
    expect(Math.max(...(card.image?.sizes ?? [0]))).toBeGreaterThanOrEqual((card.image?.width ?? 0) / 12)
    expect(giver.wx.argsOf('createOffscreenCanvas')[0]).toMatchObject({ type: '2d' })

    const relative = await openShared(card)
    expect(relative.currentPage().route).toBe('pages/family/index')
    expect(heading(relative)).toBe('家庭共济 · 全国通用')
    expect(all(relative, '.task-header .big-text')).toHaveLength(1)
    expect(textOf(one(relative, '.walk__intro'))).toBe('您的家人发给您这一步：')
    expect(textOf(one(relative, '.walk__who'))).toBe('您来做')
    expect(textOf(one(relative, '.walk__title'))).toBe(hers)
    // she is not pushed to send it on
    expect(
      all(relative, 'wx-button')
        .map(textOf)
        .filter((t) => t.includes('发给家人'))
    ).toEqual([])
    await relative.tapText('从头看')
    expect(textOf(one(relative, '.walk__label'))).toMatch(/开始前准备$/)
    expect(relative.errors).toEqual([])
  })

  test('a receiver with her own region keeps it: the sender’s place as sent, one quiet line, her own one tap away', async () => {
    const reader = await launch('/pages/region/index')
    await reader.type('城市名', '厦门')
    await reader.tapText('厦门')
    const again = await killAndReopen(reader, `${FAMILY}?region=440300&path=medical-wallet&step=2`)
    expect(again.text()).toContain('家人发来的是深圳的办法，')
    expect(again.text()).not.toContain('参保地改成')
    await again.tapText('看我自己地区（厦门）的')
    expect(textOf(one(again, '.walk__label'))).toMatch(/^厦门 · 第 2 步/)
    // her own region is still hers after a restart
    const later = await killAndReopen(again, BALANCE)
    expect(later.text()).toContain('参保地：')
    expect(later.text()).toContain('福建 · 厦门')
  })

  test('the balance card carries the number: title and picture, in a chat and on Moments', async () => {
    const weapp = await launch(`${BALANCE}?region=350200`)
    const chat = await weapp.share('appMessage')
    expect(chat.title).toBe('厦门查医保余额：拨打 0592-12393')
    expect(chat.image?.texts).toContain('拨打 0592-12393')
    const moments = await weapp.share('timeline')
    expect(moments.title).toBe(chat.title)
    expect(moments.query).toEqual({ region: '350200' })
  })

  test('去外地看病: the answer is on the page, the check names a kind, and the filing walkthrough resumes after WeChat kills the app', async () => {
    const weapp = await launch(YIDI)
    expect(weapp.text()).toContain('去外地看病，医保能用吗？')
    expect(textOf(one(weapp, '.yidi-answer__title'))).toMatch(/^能用/)
    await weapp.tapText('单位派我到那边工作')
    expect(textOf(one(weapp, '.verdict__title'))).toMatch(/^✓ 办“跨省异地长期居住”里的“常驻异地工作人员”$/)
    const label = await advanceWalkthrough(weapp, 2)
    expect(label).toMatch(/第 2 步/)
    const again = await killAndReopen(weapp, YIDI)
    expect(textOf(one(again, '.walk__label'))).toBe(label)
    expect(again.errors).toEqual([])
  })

  test('去外地看病: "发给家人" shares the filing step; a relative opening it lands on the same step', async () => {
    const weapp = await launch(YIDI)
    const label = await advanceWalkthrough(weapp, 3)
    await weapp.tapText('发给家人（打开就是这一步）')
    const card = weapp.shares[weapp.shares.length - 1]
    expect(card?.route).toBe('pages/yidi/index')
    expect(card?.title).toMatch(/^去外地看病第 3 步：/)
    if (!card) return
    const relative = await openShared(card)
    expect(relative.currentPage().route).toBe('pages/yidi/index')
    expect(textOf(one(relative, '.walk__label'))).toBe(label)
  })

  test('去外地看病: the claim checklist keeps its ticks when WeChat kills the app', async () => {
    const weapp = await launch(YIDI)
    await weapp.tapText('没能直接结算：回参保地报销要带的材料')
    const first = one(weapp, '.checklist__item')
    const item = textOf(first)
    await weapp.tap(first)
    expect(all(weapp, '.checklist__item--on').map(textOf)).toEqual([item.replace('☐', '☑')])
    const again = await killAndReopen(weapp, YIDI)
    expect(all(again, '.checklist__item--on').map(textOf)).toEqual([item.replace('☐', '☑')])
  })

  test('withdrawal checklist: ticks survive WeChat killing the app', async () => {
    const weapp = await launch(WITHDRAW)
    const situation = await pickFirstSituation(weapp)
    const first = one(weapp, '.checklist__item')
    const item = textOf(first)
    await weapp.tap(first)
    expect(all(weapp, '.checklist__item--on').map(textOf)).toEqual([item.replace('☐', '☑')])

    const again = await killAndReopen(weapp, WITHDRAW)
    // The situation chosen before is remembered: its checklist opens by itself, still ticked.
    expect(all(again, '.checklist__item--on').map(textOf)).toEqual([item.replace('☐', '☑')])
    // and tapping the same situation again keeps it (it does not clear the ticks)
    await again.tapText(situation)
    expect(all(again, '.checklist__item--on').map(textOf)).toEqual([item.replace('☐', '☑')])
  })

  test('tap-to-call only ever dials official numbers (12393 / 12333, optionally with an area code)', async () => {
    const weapp = await launch(BALANCE)
    const buttons = all(weapp, 'wx-button').filter((b) => textOf(b).startsWith('拨打'))
    expect(buttons.length).toBeGreaterThan(0)
    for (const b of buttons) await weapp.tap(b)
    const dialled = weapp.wx.argsOf('makePhoneCall').map((a) => String(a.phoneNumber))
    expect(dialled).toHaveLength(buttons.length)
    for (const number of dialled) expect(number).toMatch(/^(0\d{2,3})?(12393|12333)$/)
  })

  test.each([
    ['630200', '海东', '0972-12393'],
    ['410200', '开封', '0371-12393'],
    ['500000', '重庆', '023-12393']
  ])('%s %s: the balance guide offers and dials its own %s', async (code, _name, number) => {
    const weapp = await launch(`${BALANCE}?region=${code}`)
    const button = all(weapp, 'wx-button').find((b) => textOf(b) === `拨打 ${number}`)
    expect(button).toBeDefined()
    if (!button) return
    await weapp.tap(button)
    expect(weapp.wx.argsOf('makePhoneCall').map((a) => String(a.phoneNumber))).toEqual([number.replace('-', '')])
  })

  test('"这条不对？" under a source opens WeChat’s own feedback page, not a call or a form of ours', async () => {
    const weapp = await launch(`${BALANCE}?region=350200`)
    await weapp.tapText('打电话前准备什么')
    const more = all(weapp, '.source__more').find((el) => textOf(el).startsWith('看来源'))
    expect(more).toBeDefined()
    if (!more) return
    await weapp.tap(more)
    const wrong = all(weapp, 'wx-button').find((b) => textOf(b) === '这条不对？告诉我们')
    expect(wrong).toBeDefined()
    if (!wrong) return
    expect(weapp.feedbackOpened).toBe(0)
    await weapp.tap(wrong)
    expect(weapp.feedbackOpened).toBe(1)
    expect(weapp.unsupportedOpenTypes).toEqual([])
    expect(weapp.wx.argsOf('makePhoneCall')).toEqual([])
    // the browser's fallback (the place's line, "请以当地医保部门为准") is not in the mini-program
    expect(weapp.text()).not.toContain('请以当地医保部门为准。觉得这条不对')
  })

  test('济源: chosen in the region picker, its balance guide dials 0391-12393', async () => {
    const weapp = await launch(BALANCE)
    await weapp.tapText('选择地区')
    expect(weapp.currentPage().route).toBe('pages/region/index')
    await weapp.type('城市名', '济源')
    await weapp.tapText('济源')
    expect(weapp.currentPage().route).toBe('pages/balance/index')
    expect(weapp.text()).toContain('河南 · 济源')
    expect(all(weapp, 'wx-button').map(textOf)).toContain('拨打 0391-12393')
  })

  test('医保钱包: the walkthrough for a relative in another province opens on its first step', async () => {
    const weapp = await launch(FAMILY)
    const option = all(weapp, '.path-option').find((b) => textOf(b).includes('医保钱包'))
    expect(option).toBeDefined()
    if (!option) return
    await weapp.tap(option)
    await weapp.tapText('准备好了，开始')
    expect(weapp.text()).toContain('开通您的医保钱包')
    expect(weapp.text()).toContain('确认使用钱包')
  })

  test('elder mode follows a large WeChat font and stays off at the standard size', async () => {
    const large = await launch(HOME, { fontSizeSetting: 28 })
    expect(all(large, '.page.elder')).toHaveLength(1)
    const standard = await launch(HOME, { fontSizeSetting: 17 })
    expect(all(standard, '.page.elder')).toHaveLength(0)
    await openTask(large, HOME_TASKS[2] ?? HOME_TASKS[0]!)
    expect(all(large, '.page.elder')).toHaveLength(1)
  })

  test('copying the checklist with privacy not yet agreed: the app asks; "agree" copies, "disagree" copies nothing', async () => {
    const agreeing = await launch(WITHDRAW, { privacy: 'decline' })
    await pickFirstSituation(agreeing)
    await agreeing.tapText('复制清单（发到家人群里）')
    expect(agreeing.text()).toContain('复制需要您同意')
    await agreeing.tapText('同意并复制')
    expect(agreeing.wxDouble.clipboard).toContain('——来自“医保指南”小程序')
    expect(agreeing.wx.last('setClipboardData')?.outcome).toBe('ok')

    const refusing = await launch(WITHDRAW, { privacy: 'decline' })
    await pickFirstSituation(refusing)
    await refusing.tapText('复制清单（发到家人群里）')
    await refusing.tapText('不同意（文字会显示出来，您可以自己复制）')
    expect(refusing.wxDouble.clipboard).toBe('')
    expect(refusing.wx.last('setClipboardData')?.errMsg).toBe('setClipboardData:fail privacy permission is not authorized')
  })

  test('killed by WeChat on a guide and opened again: a cold start on home over the same storage', async () => {
    const first = await launch()
    await openTask(first, HOME_TASKS[1] ?? HOME_TASKS[0]!)
    const saved = first.storage.dump()
    const again = await killAndReopen(first)
    expect(again.storage).toBe(first.storage)
    expect(again.storage.dump()).toEqual(saved)
    expect(again.stack()).toEqual(['pages/index/index'])
    for (const task of HOME_TASKS) expect(again.text()).toContain(task.title)
  })

  // Regressions of two bugs this harness found (fixed in services/navigation.ts and services/privacy.ts).

  // A quick double tap used to push the guide twice (WeChat queues both navigateTo calls; Back had to be pressed twice).
  test('a quick double tap on a task card opens the guide only once', async () => {
    const weapp = await launch()
    const card = weapp.find(HOME_TASKS[1]?.title ?? '')
    tapElement(card)
    tapElement(card)
    await weapp.settle()
    expect(weapp.stack()).toEqual(['pages/index/index', HOME_TASKS[1]?.route])
  })

  // The privacy prompt used to keep one global listener that the page on top cleared on unload, so after
  // visiting another page and pressing Back no prompt appeared and the copy waited forever.
  test('after visiting another page and coming back, copying still shows the privacy prompt', async () => {
    const weapp = await launch(WITHDRAW, { privacy: 'decline' })
    await weapp.tapText('选择地区')
    expect(weapp.currentPage().route).toBe('pages/region/index')
    await weapp.back()
    await pickFirstSituation(weapp)
    await weapp.tapText('复制清单（发到家人群里）')
    expect(weapp.wxDouble.pendingPrivacyRequests).toBe(1)
    expect(weapp.text()).toContain('复制需要您同意')
  })
})
