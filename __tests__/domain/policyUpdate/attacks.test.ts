/**
 * @jest-environment node
 *
 * The disguises a signing-key holder tried against the block-list, each as a signed config run
 * through the phone's own check (evaluateConfigText): refused when the national rules carry it,
 * the region dropped when a region does, and nothing of it in what the app would show. Each has a
 * positive control: the same shape with safe content is accepted whole.
 */
import { evaluateConfigText, type Evaluation } from '../../../src/domain/policyUpdate/evaluate'
import { checkBundle, type PolicyBundle } from '../../../src/domain/policy/bundle'
import { resolvePolicy } from '../../../src/domain/policy/resolve'
import type { Action, RegionPolicy } from '../../../src/domain/policy/schema'
import { shownHost } from '../../../src/domain/policy/sourceTrust'
import { regionList } from '../../../src/domain/region/fullList'
import { copy, facts, NOW, realBundle, signedText, TEST_TRUST } from '../../support/policies'

const { regionChain } = regionList

const bundle = realBundle()
const evaluate = (b: PolicyBundle): Evaluation =>
  evaluateConfigText(signedText({ ...b, version: bundle.version + 1 }), { keys: TEST_TRUST, facts, heldVersion: bundle.version, now: NOW })
/** The controls skip the signature (pure-JS ed25519 is slow under jest): what follows it is the same check. */
const check = (b: PolicyBundle) => checkBundle(JSON.parse(JSON.stringify(b)), facts)

const XIAMEN = '350200'
function xiamen(b: PolicyBundle): RegionPolicy {
  const x = b.regions[XIAMEN]
  if (!x) throw new Error('fixture: 350200')
  return x
}
const cite = (r: { sources: Array<{ id: string }> }) => [r.sources[0]?.id ?? '']
/** 厦门 with one more note, saying text */
const note = (text: string) => (b: PolicyBundle) => {
  const x = xiamen(b)
  x.notes = [{ id: 'attack', text, topics: ['balance'], sources: cite(x) }, ...(x.notes ?? [])]
}
/** 厦门 with a phone channel whose lists and steps are these */
const channel = (over: { steps?: string[]; needs?: string[]; suits?: string[]; actions?: Action[] }) => (b: PolicyBundle) => {
  const x = xiamen(b)
  const c = {
    id: 'x-line',
    name: '医保服务',
    kind: 'phone' as const,
    steps: ['按提示办。'],
    needs: ['电话'],
    suits: ['不用上网'],
    limits: [],
    actions: [],
    sources: cite(x),
    ...over
  }
  x.balance = { channels: { upsert: [c, ...(x.balance?.channels?.upsert ?? [])] } }
}

/** why: the problem it must be refused for (not some other one the change happens to cause) */
type Case = [name: string, why: RegExp, attack: (b: PolicyBundle) => void, shown: string, control: (b: PolicyBundle) => void]

/** In one region: that region is dropped (its last good copy stays), the rest is used. */
const REGION_CASES: Case[] = [
  ['400−812−3456 (U+2212)', /U\+2212/, note('请拨打 400−812−3456 咨询'), '812−3456', note('请拨打 0592-12393 咨询')],
  ['400 转 8123 转 4567', /数字“400”/, note('请拨打 400 转 8123 转 4567'), '8123 转', note('请拨打 12393 转人工')],
  ['400|812|3456', /U\+007C/, note('请拨打 400|812|3456'), '400|812', note('请拨打 12393')],
  ['400：812：3456', /400：812：3456/, note('请拨打 400：812：3456'), '400：812', note('请在 8：30-12：00 拨打 12393')],
  [
    'U+034F between digits',
    /U\+034F/,
    note('请拨打 4\u034f0\u034f0\u034f8\u034f1\u034f2\u034f3\u034f4\u034f5\u034f6'),
    '\u034f',
    note('请拨打 12393')
  ],
  ['U+2800 between digits', /U\+2800/, note('请拨打 400\u2800812\u28003456'), '\u2800', note('请拨打 12393')],
  ['tag characters between digits', /U\+E0020/, note('请拨打 400\u{E0020}812\u{E0020}3456'), '\u{E0020}', note('请拨打 12393')],
  ['a combining underline after each digit', /U\+0332/, note('请拨打 4\u03320\u03320\u03328\u03321\u03322'), '\u0332', note('请拨打 12393')],
  ['a keycap after each digit', /U\+FE0F/, note('请拨打 4\ufe0f\u20e30\ufe0f\u20e30\ufe0f\u20e3'), '\u20e3', note('请拨打 12393')],
  ['Thai digits', /U\+0E54/, note('请拨打 ๔๐๐๘๑๒๓๔๕๖'), '๔๐๐', note('请拨打 12393')],
  ['Bengali digits', /U\+09EA/, note('请拨打 ৪০০৮১২৩৪৫৬'), '৪০০', note('请拨打 12393')],
  ['Khmer digits', /U\+17E4/, note('请拨打 ៤០០៨១២៣៤៥៦'), '៤០០', note('请拨打 12393')],
  ['letters for digits: 4OO-8l2-34S6', /英文“OO”/, note('请拨打 4OO-8l2-34S6'), '4OO-8l2', note('请拨打 0592-12393')],
  ['a time-shaped middle: 138-00:13-8000', /138-00:13-8000/, note('联系 138-00:13-8000'), '00:13', note('22:00–06:00 不能转账')],
  ['客服微信 yibaokefu88', /英文“yibaokefu”/, note('客服微信 yibaokefu88'), 'yibaokefu88', note('在微信里搜索“厦门医疗保障”公众号')],
  ['vx：', /英文“vx”/, note('vx：yibaokefu88'), 'yibaokefu88', note('“国家医保服务平台”APP')],
  ['wx：', /英文“wx”/, note('wx：yibaokefu88'), 'yibaokefu88', note('“国家医保服务平台”APP')],
  ['微❤', /U\+2764/, note('加微❤：医保小助手'), '微❤', note('打开微信，搜索“医保电子凭证”')],
  ['抖音号…私信', /“医保小助手”不在官方名称名单/, note('关注抖音号“医保小助手”，私信领取提现名额'), '医保小助手', note('关注“厦门医疗保障”公众号')],
  ['抖音 without quotes', /“抖音”/, note('在抖音搜医保小助手，私信咨询'), '私信咨询', note('在微信里搜“医保电子凭证”')],
  ['a .life domain', /英文“yibao”/, note('登录 yibao.life 办理'), 'yibao.life', note('到医保窗口办理')],
  ['a .cyou domain', /英文“tixian”/, note('登录 tixian.cyou 办理'), 'tixian.cyou', note('到医保窗口办理')],
  ['a .网站 domain', /“\.”只能写在两个数字中间/, note('登录 医保提现.网站 办理'), '医保提现.网站', note('到医保窗口办理')],
  ['U+FF61 as the dot', /U\+FF61/, note('登录 医保提现｡中国 办理'), '医保提现｡中国', note('到医保窗口办理')],
  [
    'a link whose fragment carries a number',
    /只能由小写域名/,
    channel({ actions: [{ kind: 'link', label: '打开官网', url: 'https://www.nhsa.gov.cn/#提现客服4008123456' }] }),
    '4008123456',
    channel({ actions: [{ kind: 'link', label: '打开官网', url: 'https://www.nhsa.gov.cn/' }] })
  ],
  [
    'a copy of a chat id',
    /复制的名称 yibaokefu88/,
    channel({ actions: [{ kind: 'copy', name: 'yibaokefu88' }] }),
    'yibaokefu88',
    channel({ actions: [{ kind: 'copy', name: 'xiamen-yiliao-baozhang' }] })
  ],
  [
    'a copy of a made-up official name',
    /复制的名称 national-service-center/,
    channel({ actions: [{ kind: 'copy', name: 'national-service-center' }] }),
    'national-service-center',
    channel({ actions: [{ kind: 'copy', name: 'national-platform' }] })
  ],
  [
    'a made-up official name to search for',
    /“国家医保服务中心”不在官方名称名单/,
    note('在应用商店搜“国家医保服务中心”'),
    '国家医保服务中心',
    note('在应用商店搜“国家医保服务平台”')
  ],
  [
    'a number split across suits',
    /连起来像一个号码/,
    channel({ suits: ['请拨 12393', '8123 元'] }),
    '8123 元',
    channel({ suits: ['不用上网', '适合老人'] })
  ],
  [
    'a number split across needs and suits',
    /连起来像一个号码/,
    channel({ needs: ['电话 12393'], suits: ['4567 次'] }),
    '4567 次',
    channel({ needs: ['电话'], suits: ['3 次就能办好'] })
  ],
  [
    'a number split across consecutive steps',
    /连起来像一个号码/,
    channel({ steps: ['先拨 12393', '8123 元，再按 1'] }),
    '8123 元',
    channel({ steps: ['先拨 12393。', '按语音提示选择。'] })
  ],
  [
    'number-free 代办 advice',
    /代办机构/,
    note('个人账户余额可以委托正规代办机构一次性取出，手续费一成。'),
    '代办机构',
    note('正规办理只在医保部门进行，不需要找中介，也不用交“加急费”“手续费”。')
  ],
  [
    'a province-style local-hotline that dials 12333',
    /local-hotline 由全国文件或程序提供/,
    (b) => {
      const x = xiamen(b)
      x.balance = {
        channels: {
          upsert: [
            {
              id: 'local-hotline',
              name: '医保热线',
              kind: 'phone',
              steps: ['医保问题请打这个。'],
              needs: ['电话'],
              suits: ['适合老人'],
              limits: [],
              actions: [{ kind: 'call', label: '拨打', number: '12333' }],
              sources: cite(x)
            }
          ]
        }
      }
    },
    '医保问题请打这个',
    channel({ steps: ['医保问题请打 0592-12393。'], actions: [{ kind: 'call', label: '拨打', number: '0592-12393' }] })
  ],
  [
    'a city removing every national channel and situation',
    /不能删掉 hotline-12393/,
    (b) => {
      const x = xiamen(b)
      x.balance = { channels: { remove: bundle.national.balance.channels.map((c) => c.id) } }
      x.withdraw = { situations: { remove: bundle.national.withdraw.situations.map((s) => s.id) } }
    },
    '"remove":["national-app"',
    (b) => {
      const x = xiamen(b)
      x.balance = { channels: { remove: ['alipay'] } }
    }
  ]
]

describe('disguises in one region: the region is dropped, nothing of it shown', () => {
  it.each(REGION_CASES)('%s', (_name, why, attack, shown) => {
    const b = copy(bundle)
    attack(b)
    const result = evaluate(b)
    expect(result).toMatchObject({ ok: true, dropped: [{ region: XIAMEN }] })
    if (!result.ok || result.same) return
    expect(result.dropped[0]?.problems.join('\n')).toMatch(why)
    expect(result.bundle.regions[XIAMEN]).toBeUndefined()
    expect(JSON.stringify(result.bundle)).not.toContain(shown)
  })

  it.each(REGION_CASES)('%s: the same shape with safe content is accepted', (_name, _why, _attack, _shown, control) => {
    const b = copy(bundle)
    control(b)
    expect(check(b)).toMatchObject({ ok: true, dropped: [] })
  })
})

type NationalCase = [name: string, attack: (b: PolicyBundle) => void, control: (b: PolicyBundle) => void]

const NATIONAL_CASES: NationalCase[] = [
  ['emptying the myths', (b) => (b.national.myths = []), (b) => b.national.myths.reverse()],
  ['emptying notAllowed', (b) => (b.national.family.notAllowed = []), (b) => b.national.family.notAllowed.push('美容费用')],
  [
    'dropping the 12393 channel',
    (b) => (b.national.balance.channels = b.national.balance.channels.filter((c) => c.id !== 'hotline-12393')),
    // the same list with its order changed (dropping another channel would leave its sources uncited)
    (b) => b.national.balance.channels.reverse()
  ],
  [
    'dropping a withdrawal situation',
    (b) => (b.national.withdraw.situations = b.national.withdraw.situations.filter((s) => s.id !== 'death')),
    (b) => b.national.withdraw.situations.reverse()
  ],
  [
    '12333 in a step that calls it the 医保 line',
    (b) => {
      const c = b.national.balance.channels.find((x) => x.id === 'wechat')
      c?.steps.push('医保问题请打 12333。')
    },
    (b) => {
      const c = b.national.balance.channels.find((x) => x.id === 'wechat')
      c?.steps.push('医保问题请打 12393。')
    }
  ],
  [
    'a link button showing a whole URL with a fragment',
    (b) => b.national.balance.channels[0]?.actions.push({ kind: 'link', label: '打开', url: 'https://www.nhsa.gov.cn/#提现客服4008123456' }),
    (b) => b.national.balance.channels[0]?.actions.push({ kind: 'link', label: '打开', url: 'https://www.nhsa.gov.cn/' })
  ]
]

describe('disguises in the national rules: the whole file is refused', () => {
  it.each(NATIONAL_CASES)('%s', (_name, attack) => {
    const b = copy(bundle)
    attack(b)
    expect(evaluate(b)).toMatchObject({ ok: false, reason: 'national-actions' })
  })

  it.each(NATIONAL_CASES)('%s: the same shape with safe content is accepted', (_name, _attack, control) => {
    const b = copy(bundle)
    control(b)
    expect(check(b)).toMatchObject({ ok: true, dropped: [] })
  })
})

describe('what a file claims but the app decides', () => {
  it('a copy button’s label and text in the file are not kept: the app names what it copies', () => {
    const b = copy(bundle)
    channel({ actions: [{ kind: 'copy', name: 'yue-yibao', label: '复制“国家医保服务平台”', text: 'yibaokefu88' } as unknown as Action] })(b)
    const result = evaluate(b)
    expect(result).toMatchObject({ ok: true, dropped: [] })
    expect(JSON.stringify(result)).not.toContain('yibaokefu88')
    expect(JSON.stringify(result)).not.toContain('复制“国家医保服务平台”')
  })

  it('a source on any host calling itself strong is shown as at most medium, and its host as 网上资料', () => {
    const b = copy(bundle)
    const x = xiamen(b)
    x.sources.push({ id: 'attack-src', title: '医保提现指南', url: 'https://yibao-tixian.example.com/guide', strength: 'strong' })
    x.notes = [{ id: 'attack', text: '本地提示', topics: ['balance'], sources: ['attack-src'] }, ...(x.notes ?? [])]
    const result = evaluate(b)
    if (!result.ok || result.same) throw new Error('expected the config to be accepted')
    const resolved = resolvePolicy(result.bundle.national, result.bundle.regions, regionChain(XIAMEN), XIAMEN)
    const source = resolved.notes.find((n) => n.id === 'attack')?.sources[0]
    expect(source?.strength).toBe('medium')
    expect(shownHost(source?.url ?? '')).toBe('网上资料')
  })
})
