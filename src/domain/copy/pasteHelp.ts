/**
 * What to do after "复制": most people of 65 cannot paste into a search box unaided, so the copy
 * feedback spells out the next taps for the place the copied name is searched in.
 */

/** Where something copied is pasted: a search box in an app, a browser's address bar, or a chat. */
export type PastePlace = 'wechat' | 'alipay' | 'app-store' | 'browser' | 'chat'

const PLACE_NAMES: Record<PastePlace, string> = {
  wechat: '微信',
  alipay: '支付宝',
  'app-store': '应用商店',
  browser: '浏览器',
  chat: '微信群'
}

/** The words a copy button uses for the places it names ("复制“粤医保”，在微信里搜索"). */
const NAMED_IN_LABEL: ReadonlyArray<[string, PastePlace]> = [
  ['微信', 'wechat'],
  ['支付宝', 'alipay'],
  ['应用商店', 'app-store']
]

/**
 * The places a copy button's own label tells the user to search in, in the order it names them: the
 * feedback then repeats the button's advice step by step and can never contradict it.
 */
export function placesNamedIn(label: string): PastePlace[] {
  return NAMED_IN_LABEL.map(([word, place]) => ({ at: label.indexOf(word), place }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.place)
}

const PASTE_AND_SEARCH = '长按搜索框，点“粘贴”，再点“搜索”'

const STEPS: Record<PastePlace, readonly string[]> = {
  wechat: ['打开微信，回到最外面的聊天列表', '点最上面的搜索框', PASTE_AND_SEARCH],
  alipay: ['打开支付宝', '点最上面的搜索框', PASTE_AND_SEARCH],
  'app-store': ['打开手机上的应用商店（苹果手机是 App Store）', '点搜索框', PASTE_AND_SEARCH, '认准官方的，再下载安装'],
  browser: ['打开手机上的浏览器', '点最上面的地址栏', '长按地址栏，点“粘贴”，再点“前往”'],
  chat: ['打开微信，进入要发的家人群或聊天', '长按下面的输入框，点“粘贴”', '点“发送”']
}

/** A label that names no place ("复制“浙里办”去搜索"): any of the three will do. */
const ANY_APP: readonly string[] = ['打开微信、支付宝或应用商店，哪个都行', '点最上面的搜索框', PASTE_AND_SEARCH]

export interface PasteHelp {
  title: string
  /** one tap each, in order */
  steps: readonly string[]
  /** the other places the button named, in one line; null when it named one or none */
  also: string | null
}

/** `copied` is what the user would recognise: the app's name, the address, "材料清单". */
export function pasteHelp(copied: string, places: readonly PastePlace[]): PasteHelp {
  const [first, ...others] = places
  return {
    title: `已复制“${copied}”`,
    steps: first ? STEPS[first] : ANY_APP,
    also: others.length > 0 ? `在${others.map((p) => PLACE_NAMES[p]).join('或')}里也一样：点搜索框，长按粘贴。` : null
  }
}
