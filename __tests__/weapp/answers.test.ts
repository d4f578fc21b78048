/**
 * Journeys on the WeChat build for answers that must not leave anyone stuck: a search with no match, a myth
 * answered in the order a worried reader needs, and what the copy buttons say to do next.
 */
import type { Weapp } from './harness'
import { HOME, closeAll, launch } from './harness/journeys'
import { rawAttribute } from './harness/dom'

afterEach(() => closeAll())

const WITHDRAW = '/pages/withdraw/index'

const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').trim()
const all = (weapp: Weapp, selector: string): Element[] => Array.from(weapp.currentPage().element.querySelectorAll(selector))
const dialed = (weapp: Weapp) => weapp.wx.argsOf('makePhoneCall').map((a) => String(a.phoneNumber))

describe('search with no match', () => {
  test('national: says so, lists what the app covers, and dials 12393', async () => {
    const weapp = await launch(HOME)
    await weapp.tapText('以后再说，先看全国通用的')
    await weapp.type('搜：', '火星签证')
    expect(weapp.text()).toContain('没有找到“火星签证”。')
    expect(weapp.text()).toContain('本程序讲的是：')
    await weapp.tapText('拨打 12393')
    expect(dialed(weapp)).toEqual(['12393'])
  })

  test('a user in 厦门 typing 住院 gets the nearest answer, what the app does not cover, and 0592-12393', async () => {
    const weapp = await launch(HOME)
    await weapp.tapText('福建')
    await weapp.tapText('厦门')
    await weapp.type('搜：', '住院')
    const hits = all(weapp, '.search__hit')
    expect(hits.length).toBeGreaterThan(0)
    expect(weapp.text()).toContain('住院怎么报销、能报多少，本程序没有讲。')
    await weapp.tapText('拨打 0592-12393')
    expect(dialed(weapp)).toEqual(['059212393'])
  })
})

describe('myths on the withdrawal guide', () => {
  test('each card reads: the claim, the fact, the legal way; the law opens on a tap', async () => {
    const weapp = await launch(WITHDRAW)
    const mythCards = () => all(weapp, '.card').filter((c) => textOf(c).startsWith('网上说：'))
    const cards = mythCards()
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      const text = textOf(card)
      const claim = text.indexOf('网上说：')
      const label = Math.max(text.indexOf('合法的办法'), text.indexOf('可以这样做'))
      expect(claim).toBe(0)
      expect(label).toBeGreaterThan(claim)
      // the fact sits between the claim and the legal way; no penalty is read before the fold is opened
      expect(text.slice(0, label)).not.toMatch(/罚款|刑事责任/)
    }
    const at = cards.findIndex((c) => textOf(c).includes('法律规定和处罚'))
    const withLaw = cards[at]
    expect(withLaw).toBeDefined()
    if (!withLaw) return
    expect(textOf(withLaw)).not.toContain('罚款')
    const fold = withLaw.querySelector('.fold__head')
    expect(fold ? rawAttribute(fold, 'aria-expanded') : undefined).toBe(false)
    if (fold) await weapp.tap(fold)
    expect(textOf(mythCards()[at])).toContain('罚款')
  })
})

describe('copy feedback', () => {
  test('copying the checklist: a sheet in its own words says how to paste it into the family chat, until 知道了', async () => {
    const weapp = await launch(`${WITHDRAW}?region=420100&situation=death`)
    await weapp.tapText('复制清单（发到家人群里）')
    const sheet = all(weapp, '[aria-role="dialog"]')
    expect(sheet).toHaveLength(1)
    expect(sheet[0]?.getAttribute('aria-label')).toBe('已复制“材料清单”')
    expect(textOf(sheet[0])).toContain('长按下面的输入框，点“粘贴”')
    // not WeChat's short toast: the sheet stays
    expect(weapp.wx.argsOf('showToast')).toEqual([])
    await weapp.tapText('知道了')
    expect(all(weapp, '[aria-role="dialog"]')).toHaveLength(0)
    // what reached the clipboard carries no ticks and says whose rules these are
    expect(weapp.wxDouble.clipboard).not.toMatch(/[☐☑]/)
    expect(weapp.wxDouble.clipboard.split('\n')[0]).toBe('【湖北 · 武汉 · 医保个人账户余额提取：参保人去世】')
  })

  test('copying an app name on the balance guide: the sheet says where to paste it', async () => {
    const weapp = await launch('/pages/balance/index')
    const button = all(weapp, 'wx-button').find((b) => textOf(b).startsWith('复制“医保电子凭证”'))
    if (!button) {
      // the channel sits in a fold on the first screen: open them all
      for (const head of all(weapp, '.fold__head')) await weapp.tap(head)
    }
    const copy = all(weapp, 'wx-button').find((b) => textOf(b).startsWith('复制“医保电子凭证”'))
    expect(copy).toBeDefined()
    if (!copy) return
    await weapp.tap(copy)
    expect(weapp.wxDouble.clipboard).toBe('医保电子凭证')
    const sheet = all(weapp, '[aria-role="dialog"]')[0]
    expect(textOf(sheet)).toContain('已复制“医保电子凭证”')
    expect(textOf(sheet)).toContain('点最上面的搜索框')
  })
})
