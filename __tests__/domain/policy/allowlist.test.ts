/** @jest-environment node */
import { APP_ALLOWLIST, checkAction, checkLink, checkPhone, type Allowlist } from '../../../src/domain/policy/allowlist'
import type { Action } from '../../../src/domain/policy/schema'
import { contentProblems } from '../../../src/domain/policy/contentRule'
import { actionLabel } from '../../../src/domain/policy/actionText'

const XIAMEN = ['0592']
const NONE: string[] = []

describe('checkPhone', () => {
  it.each([
    ['12393', NONE],
    ['12333', NONE],
    ['12393', XIAMEN],
    ['12333', ['010']],
    ['0592-12393', XIAMEN],
    ['0592-12393', ['0591', '0592', '0593']],
    ['010-12393', ['010']]
  ])('accepts %s for area codes %j', (number, codes) => {
    expect(checkPhone(number, codes)).toBeNull()
  })

  it.each([
    // a local 12393 line only with the region's own area code
    ['0592-12393', NONE],
    ['0592-12393', ['010']],
    ['0591-12393', XIAMEN],
    ['010-12393', XIAMEN],
    // 12333 is the national 人社 line only: no local 区号-12333
    ['0592-12333', XIAMEN],
    ['010-12333', ['010']],
    // not the national lines
    ['0592-12345678', XIAMEN],
    ['0592-88888888', XIAMEN],
    ['400-810-8888', XIAMEN],
    ['4008108888', XIAMEN],
    ['95518', XIAMEN],
    ['12345', XIAMEN],
    ['123930', XIAMEN],
    ['1239', XIAMEN],
    ['12393-1', XIAMEN],
    ['12393 ', XIAMEN],
    [' 12393', XIAMEN],
    ['0592 12393', XIAMEN],
    ['0592-12393-1', XIAMEN],
    ['+86-12393', XIAMEN],
    ['', XIAMEN],
    ['', NONE]
  ])('refuses %j for area codes %j', (number, codes) => {
    expect(checkPhone(number, codes)).toEqual(expect.stringContaining(number))
  })

  it('says why a local line with a foreign area code is refused', () => {
    expect(checkPhone('010-12393', XIAMEN)).toMatch(/区号/)
  })

  it('accepts exactly the extra numbers of a custom allowlist', () => {
    const list: Allowlist = { appIds: [], extraPhones: ['0592-96166'], extraHosts: [] }
    expect(checkPhone('0592-96166', NONE, list)).toBeNull()
    expect(checkPhone('0592-96167', XIAMEN, list)).not.toBeNull()
    // the app's own list has no extra numbers
    expect(checkPhone('0592-96166', XIAMEN)).not.toBeNull()
  })
})

describe('checkLink', () => {
  it.each([
    'https://fuwu.nhsa.gov.cn',
    'https://fuwu.nhsa.gov.cn/',
    'https://www.beijing.gov.cn/fuwu/bmfw/bmdh/sb/ylbx/jy/202212/t20221201_2869522.html',
    'https://fw.ybj.beijing.gov.cn/hallEnter/',
    'https://ybj.xm.gov.cn/a_b-c.d/E'
  ])('accepts %s', (url) => {
    expect(checkLink(url)).toBeNull()
  })

  const SHAPE = '只能由小写域名和简单路径组成'
  it.each([
    ['http://fuwu.nhsa.gov.cn', '不是 https'],
    ['ftp://ybj.xm.gov.cn/', '不是 https'],
    ['HTTPS://YBJ.XM.GOV.CN/', '不是 https'],
    ['javascript:alert(1)', '不是 https'],
    ['javascript://x.gov.cn/%0aalert(1)', '不是 https'],
    ['not a url', '不是 https'],
    ['//x.gov.cn/', '不是 https'],
    ['x.gov.cn', '不是 https'],
    ['', '不是 https'],
    ['https://evil.com', '官方'],
    ['https://gov.cn.evil.com', '官方'],
    ['https://evilgov.cn', '官方'],
    ['https://xm.gov.cn.com/', '官方'],
    ['https://evil.com/x.gov.cn', '官方'],
    // the whole address is copied and its host shown: nothing may ride along in a query or fragment
    ['https://www.nhsa.gov.cn/#提现客服4008123456', SHAPE],
    ['https://a.b.c.gov.cn/path?x=1#top', SHAPE],
    ['https://ybj.xm.gov.cn?from=guide', SHAPE],
    ['https://evil.com?.gov.cn', SHAPE],
    ['https://evil.com#.gov.cn', SHAPE],
    ['https://ybj.xm.gov.cn/提现', SHAPE],
    ['https://ybj.xm.gov.cn/a%20b', SHAPE],
    ['https://ybj.xm.gov.cn/a b', SHAPE],
    // no digit in the host: a number could ride in it
    ['https://ybj4008123456.gov.cn/', SHAPE],
    ['https://12393.gov.cn/', SHAPE],
    ['https://x.gov.cn@evil.com', SHAPE],
    ['https://user:pw@x.gov.cn/', SHAPE],
    ['https://x.gov.cn:8443/', SHAPE],
    ['https://x.gov.cn\\@evil.com/', SHAPE],
    ['https://evil.com%2f.gov.cn/', SHAPE],
    ['https://ybj.xm.gov.cn./', '写法不对'],
    ['https://-x.gov.cn/', '写法不对'],
    ['https://x..gov.cn/', '写法不对']
  ])('refuses %j (%s)', (url, why) => {
    const message = checkLink(url)
    expect(message).not.toBeNull()
    expect(message).toContain(why)
  })

  it('accepts the extra hosts of a custom allowlist, and only over https', () => {
    const list: Allowlist = { appIds: [], extraPhones: [], extraHosts: ['www.nhsa.example'] }
    expect(checkLink('https://www.nhsa.example/a', list)).toBeNull()
    expect(checkLink('http://www.nhsa.example/a', list)).not.toBeNull()
    expect(checkLink('https://sub.www.nhsa.example/a', list)).not.toBeNull()
    expect(checkLink('https://www.nhsa.example/a')).not.toBeNull()
  })

  it('a link button shows its label and the host only (the address is what it copies)', () => {
    const url = 'https://www.beijing.gov.cn/fuwu/bmfw/202212/t20221201_2869522.html'
    expect(actionLabel({ kind: 'link', label: '打开北京市政府网站', url })).toBe('打开北京市政府网站（复制网址 www.beijing.gov.cn）')
  })
})

describe('checkAction', () => {
  const APP_ID = 'wx0123456789abcdef'
  const miniProgram = (appId: string): Action => ({ kind: 'miniProgram', label: '打开医保小程序', appId })
  const custom: Allowlist = { appIds: [APP_ID], extraPhones: [], extraHosts: [] }

  it('accepts a mini-program whose appId is in the allowlist', () => {
    expect(checkAction(miniProgram(APP_ID), NONE, custom)).toBeNull()
  })

  it.each([
    ['another appId', 'wxfedcba9876543210', custom],
    ['the listed appId in upper case', APP_ID.toUpperCase(), custom],
    ['any appId with the app’s own (empty) list', APP_ID, APP_ALLOWLIST]
  ])('refuses %s', (_what, appId, list) => {
    expect(checkAction(miniProgram(appId), NONE, list)).toContain(appId)
  })

  it('uses checkPhone for calls, checkLink for links and the names registry for copies', () => {
    expect(checkAction({ kind: 'call', label: '打电话', number: '0592-12393' }, XIAMEN)).toBeNull()
    expect(checkAction({ kind: 'call', label: '打电话', number: '0592-12393' }, NONE)).not.toBeNull()
    expect(checkAction({ kind: 'link', label: '打开', url: 'https://ybj.xm.gov.cn/' }, NONE)).toBeNull()
    expect(checkAction({ kind: 'link', label: '打开', url: 'https://ybj.xm.com/' }, NONE)).not.toBeNull()
    expect(checkAction({ kind: 'copy', name: 'national-platform' }, NONE)).toBeNull()
    expect(checkAction({ kind: 'copy', name: 'yibaokefu88' }, NONE)).toContain('yibaokefu88')
  })
})

describe('refused actions in a policy fragment (the content rule walks it)', () => {
  const call: Action = { kind: 'call', label: '打电话', number: '0592-12393' }
  const bad: Action = { kind: 'call', label: '拨打热线', number: '0592-88888888' }
  const link: Action = { kind: 'link', label: '打开', url: 'http://ybj.xm.gov.cn/' }
  const copyAction: Action = { kind: 'copy', name: 'alipay-code' }

  const fragment = {
    region: '350200',
    balance: { channels: { upsert: [{ id: 'local-hotline', actions: [call, bad] }] } },
    family: {
      paths: {
        upsert: [
          { id: 'a', steps: [{ title: '绑定', detail: '按提示办。' }], actions: [] },
          { id: 'b', steps: [], actions: [link, copyAction] }
        ]
      }
    }
  }

  it('reports only the refused actions, by path', () => {
    const problems = contentProblems(fragment, { areaCodes: XIAMEN, callAreaCodes: XIAMEN })
    expect(problems.map((p) => p.path)).toEqual(['balance.channels.upsert[0].actions[1]', 'family.paths.upsert[1].actions[0]'])
    expect(problems[0]?.message).toContain('0592-88888888')
    expect(problems[1]?.message).toContain('https')
  })
})
