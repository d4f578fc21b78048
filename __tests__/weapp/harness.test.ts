/**
 * The harness itself, on the real weapp build: it renders, taps reach React, the page stack is real, and a
 * broken build or a broken handler makes tests fail instead of passing quietly.
 */
import { bootWeapp, createWeapp, loadBuild, weappDir } from './harness'
import { HOME, HOME_TASKS, closeAll, heading, launch } from './harness/journeys'
import { readAppJson, allPages } from './harness/registry'

afterEach(() => closeAll())

const DISCLAIMER = '本程序非官方，以当地医保部门规定为准'

describe('weapp harness on dist/weapp', () => {
  test('a missing build fails loudly instead of passing', () => {
    expect(() => createWeapp({ dir: '/nonexistent/weapp' })).toThrow(/run npm run build:weapp first/)
  })

  test('home renders the three task titles and the disclaimer', async () => {
    const weapp = await launch()
    expect(weapp.currentPage().route).toBe('pages/index/index')
    const text = weapp.text()
    for (const task of HOME_TASKS) expect(text).toContain(task.title)
    expect(text).toContain(DISCLAIMER)
    expect(weapp.errors).toEqual([])
  })

  test('every page in app.json opens directly and shows the standing disclaimer', async () => {
    const pages = allPages(readAppJson(loadBuild().files))
    const weapp = await launch()
    for (const route of pages) {
      await weapp.open(`/${route}`)
      expect(weapp.stack()).toEqual([route])
      expect(heading(weapp)).not.toBe('')
      expect(weapp.text()).toContain(DISCLAIMER)
    }
  })

  test.each(HOME_TASKS.map((t) => [t.title, t] as const))('tapping "%s" pushes its guide on the page stack', async (_title, task) => {
    const weapp = await launch()
    await weapp.tapText(task.title)
    expect(weapp.stack()).toEqual(['pages/index/index', task.route])
    expect(heading(weapp)).toMatch(task.heading)
    // The home page is still on the stack, hidden under the guide, as in WeChat.
    expect(weapp.text()).not.toContain(HOME_TASKS.filter((t) => t !== task)[0]?.title)
    const calls = weapp.wx.argsOf('navigateTo')
    expect(calls).toHaveLength(1)
    expect(String(calls[0]?.url).split('?')[0]).toBe(`/${task.route}`)
    expect(weapp.wx.last('navigateTo')?.errMsg).toBe('navigateTo:ok')
  })

  test('back returns to home with its content intact', async () => {
    const weapp = await launch()
    await weapp.tapText(HOME_TASKS[1]?.title ?? '')
    await weapp.back()
    expect(weapp.stack()).toEqual(['pages/index/index'])
    for (const task of HOME_TASKS) expect(weapp.text()).toContain(task.title)
    await expect(weapp.back()).rejects.toThrow(/first page/)
  })

  test('wx.navigateBack through the app’s own wx returns like the back button', async () => {
    const weapp = await launch()
    await weapp.tapText(HOME_TASKS[0]?.title ?? '')
    const wx = weapp.wxDouble.wx as Record<string, (o: unknown) => Promise<Record<string, unknown>>>
    await expect(wx.navigateBack?.({})).resolves.toMatchObject({ errMsg: 'navigateBack:ok' })
    await weapp.settle()
    expect(weapp.stack()).toEqual(['pages/index/index'])
    await expect(wx.navigateBack?.({})).rejects.toMatchObject({ errMsg: 'navigateBack:fail cannot navigate back at first page.' })
  })

  test('navigation fails the way WeChat fails: unknown page, stack of 10', async () => {
    const weapp = await launch()
    const wx = weapp.wxDouble.wx as Record<string, (o: unknown) => Promise<Record<string, unknown>>>
    await expect(wx.navigateTo?.({ url: '/pages/nope/index' })).rejects.toMatchObject({
      errMsg: 'navigateTo:fail page "pages/nope/index" is not found'
    })
    for (let i = 1; i < 10; i++) await wx.navigateTo?.({ url: `/pages/about/index?n=${i}` })
    await weapp.settle()
    expect(weapp.stack()).toHaveLength(10)
    await expect(wx.navigateTo?.({ url: '/pages/about/index' })).rejects.toMatchObject({
      errMsg: 'navigateTo:fail webview count limit exceed'
    })
    expect(weapp.currentPage().query).toEqual({ n: '9' })
  })

  test('a relative url resolves against the current page and the query reaches onLoad unchanged', async () => {
    const weapp = await launch()
    const wx = weapp.wxDouble.wx as Record<string, (o: unknown) => Promise<unknown>>
    await wx.navigateTo?.({ url: '../family/index?city=%E5%8C%97%E4%BA%AC&x=1' })
    await weapp.settle()
    const page = weapp.currentPage()
    expect(page.route).toBe('pages/family/index')
    expect(page.query).toEqual({ city: '%E5%8C%97%E4%BA%AC', x: '1' })
    expect(page.instance.options).toEqual(page.query)
  })

  test('share hooks: the card path is checked and opens for a fresh user (scene 1007)', async () => {
    const weapp = await launch(HOME)
    await weapp.tapText(HOME_TASKS[1]?.title ?? '')
    const page = weapp.currentPage()
    if (typeof page.instance.onShareAppMessage !== 'function') {
      await expect(weapp.share()).rejects.toThrow(/does not define onShareAppMessage/)
      // Stand in for the page's hook to exercise the rest of the path until the app enables sharing.
      page.instance.onShareAppMessage = () => ({ title: '家庭共济', path: '/pages/family/index?from=share' })
    }
    const card = await weapp.share()
    expect(card.route).toBe('pages/family/index')
    page.instance.onShareAppMessage = () => ({ path: '/pages/missing/index' })
    await expect(weapp.share()).rejects.toThrow(/not a page of this app/)

    const friend = createWeapp()
    try {
      await friend.open(card.path, { scene: 1007 })
      expect(friend.stack()).toEqual([card.route])
      expect(friend.storage).not.toBe(weapp.storage)
      const launchOptions = (friend.wxDouble.wx.getLaunchOptionsSync as () => Record<string, unknown>)()
      expect(launchOptions).toMatchObject({ scene: 1007, path: card.route })
    } finally {
      friend.destroy()
    }
  })

  test('a tap handler that throws fails the tap', async () => {
    const { files, templates } = loadBuild(weappDir())
    const home = files.get('pages/index/index.js') ?? ''
    // Break the home page the way a bad edit would: every onClick on it now throws (the original handler is
    // kept under another prop name, so the code still compiles and renders the same).
    const broken = home.replace(/onClick:/g, 'onClick:()=>{throw new Error("broken by the harness test")},onClickWas:')
    expect(broken).not.toBe(home)
    const weapp = bootWeapp({ files: new Map(files).set('pages/index/index.js', broken), templates: templates.source })
    try {
      await weapp.open(HOME)
      await expect(weapp.tapText(HOME_TASKS[0]?.title ?? '')).rejects.toThrow(/threw 1 error[\s\S]*broken by the harness test/)
      expect(weapp.stack()).toEqual(['pages/index/index'])
    } finally {
      weapp.destroy()
    }
  })
})
