/** The copy feedback repeats, tap by tap, what each real copy button says to do: it never contradicts the button. */
import { pasteHelp, placesNamedIn, type PastePlace } from '../../../src/domain/copy/pasteHelp'
import { copyLabel, OFFICIAL_NAMES, type SearchPlace } from '../../../src/domain/policy/names'

/** every name a copy button can copy (the registry), with the label the app makes for it */
const ALL = Object.values(OFFICIAL_NAMES).map((entry) => ({ label: copyLabel(entry), text: entry.name, searchIn: entry.searchIn }))
const PLACE: Record<SearchPlace, PastePlace> = { 应用商店: 'app-store', 微信: 'wechat', 支付宝: 'alipay' }
const WORD: Record<PastePlace, string> = { wechat: '微信', alipay: '支付宝', 'app-store': '应用商店', browser: '浏览器', chat: '微信' }

describe('places named in a copy button', () => {
  it.each<[string, PastePlace[]]>([
    ['复制“医保电子凭证”，在微信里搜索', ['wechat']],
    ['复制“医保码”，在支付宝里搜索', ['alipay']],
    ['复制“国家医保服务平台”，去应用商店搜索', ['app-store']],
    ['复制“新疆医保服务平台”，去应用商店、微信或支付宝搜索', ['app-store', 'wechat', 'alipay']],
    ['复制“河北智慧医保”，去微信或支付宝搜索', ['wechat', 'alipay']],
    ['复制“浙里办”去搜索', []]
  ])('%s → %j', (label, places) => {
    expect(placesNamedIn(label)).toEqual(places)
  })

  it('every name: the places the label names are the places the registry gives, in its order', () => {
    for (const a of ALL) expect(placesNamedIn(a.label)).toEqual(a.searchIn.map((p) => PLACE[p]))
  })

  it('the registry has copy buttons of every kind', () => {
    expect(ALL.length).toBeGreaterThan(30)
    expect(ALL.some((a) => placesNamedIn(a.label).length === 0)).toBe(true)
    expect(ALL.some((a) => placesNamedIn(a.label).length > 1)).toBe(true)
  })

  it.each(ALL.map((a) => [a.label, a] as const))('%s: the sheet names the copied name and the places the button names', (_label, a) => {
    const places = placesNamedIn(a.label)
    const help = pasteHelp(a.text, places)
    expect(help.title).toBe(`已复制“${a.text}”`)
    const [first, ...others] = places
    if (first) expect(help.steps[0]).toContain(WORD[first])
    else for (const w of ['微信', '支付宝', '应用商店']) expect(help.steps[0]).toContain(w)
    for (const o of others) expect(help.also).toContain(WORD[o])
    if (others.length === 0) expect(help.also).toBeNull()
    expect(help.steps.join('')).toContain('粘贴')
  })
})

describe('paste help', () => {
  it('WeChat: the search box at the top, long-press, paste', () => {
    const help = pasteHelp('医保电子凭证', ['wechat'])
    expect(help.steps).toEqual(['打开微信，回到最外面的聊天列表', '点最上面的搜索框', '长按搜索框，点“粘贴”，再点“搜索”'])
  })

  it('a chat: paste into the input box and send', () => {
    expect(pasteHelp('材料清单', ['chat']).steps.join(' ')).toMatch(/输入框.*粘贴.*发送/)
  })

  it('an address: the browser’s address bar', () => {
    expect(pasteHelp('fuwu.nhsa.gov.cn', ['browser']).steps.join(' ')).toMatch(/浏览器.*地址栏.*粘贴/)
  })
})
