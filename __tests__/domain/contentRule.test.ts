/** @jest-environment node */
import {
  addressProblem,
  contentProblems,
  copyTextProblem,
  labelProblem,
  phoneProblem,
  sourceHost,
  sourceUrlProblem,
  textProblem
} from '../../src/domain/policy/contentRule'
import type { Action } from '../../src/domain/policy/schema'
import { areaCodesOf } from '../../src/domain/region'
import { POLICIES, rawNational, rawRegion, regionFileCodes, rawRelease } from './fixtures/policies'

const XIAMEN = ['0592']

describe('textProblem: numbers', () => {
  it.each([
    ['a 400 number with dashes', '请拨打 400-123-4567 咨询'],
    ['a 400 number without separators', '客服 4001234567'],
    ['an 800 number', '免费热线 800-820-8820'],
    ['a mobile number', '加微信 13800138000'.replace('加微信 ', '联系 ')],
    ['a mobile number with spaces', '联系 138 0013 8000'],
    ['a mobile number with dots', '联系 138.0013.8000'],
    ['a mobile number with mixed dashes', '联系 138—0013–8000'],
    ['a mobile number in brackets', '联系（138）00138000'],
    ['a mobile number with commas', '联系 138,0013,8000'],
    ['full-width digits', '联系 １３８００１３８０００'],
    ['full-width digits and dashes', '联系 ４００－１２３－４５６７'],
    ['a landline with another city code', '打 0592-88886666'],
    ['a five-digit service number', '打 95518 办理'],
    ['five digits in a row', '代码 12345'],
    ['a national line with an extension', '打 12393-1234'],
    ['a national line glued to other digits', '打 400-12393-4567'],
    ['a +86 prefix', '打 +86 592 1239 3000'],
    ['a number dressed as a date', '联系 1991-12-3 4567'],
    ['another city’s 12393 in a city file', '打 010-12393'],
    ['Chinese numerals', '联系幺三八零零幺三八零零零'],
    ['Chinese numerals with spaces', '联系 四零零 八八八 六六六六'],
    ['Chinese numerals mixed with digits', '联系 138 零零 13 八 000'],
    ['financial numerals', '联系 壹叁捌零零壹叁捌零零零'],
    ['an amount over five digits', '可取 100000 元'],
    ['zero-width spaces between the digits', '联系 400\u200b123\u200b4567'],
    ['a soft hyphen between the digits', '联系 400\u00ad123\u00ad4567'],
    ['a word joiner between the digits', '联系 400\u2060123\u20604567'],
    ['odd-width spaces between the digits', '联系 400\u2002123\u20094567'],
    ['a right-to-left override', '联系 \u202e7654-321-004'],
    ['mathematical bold digits', '联系 𝟒𝟎𝟎-𝟏𝟐𝟑-𝟒𝟓𝟔𝟕'],
    ['circled digits', '联系 ④⓪⓪①②③④⑤⑥⑦'],
    ['Arabic-Indic digits', '联系 ٤٠٠١٢٣٤٥٦٧'],
    ['superscript digits', '联系 ¹³⁸⁰⁰¹³⁸⁰⁰⁰'],
    ['mathematical bold letters in an address', '访问 𝐲𝐢𝐛𝐚𝐨.com']
  ])('refuses %s', (_what, text) => {
    expect(textProblem(text, XIAMEN)).not.toBeNull()
  })

  it.each([
    ['a month written out', '2025 年 9 月起'],
    ['an ISO date', '核对于 2025-09-15'],
    ['a date with dots', '2025.9.15 发布'],
    ['a date and a time', '2025-09-15 22:00 起'],
    ['a year and month', '（社保网，2025-06）'],
    ['a year range', '2024-2025 年度'],
    ['an amount', '医保余额 2000 元换 800 元'],
    ['an amount with a thousands comma', '2,000 元'],
    ['a count', '最多 3 次'],
    ['a time range', '22:00–06:00 不办理'],
    ['a full-width time range', '２２：００－０６：００'],
    ['a document number', '威政发〔2008〕10号'],
    ['the national line', '打 12393'],
    ['the social-security line', '打 12333'],
    ['the local line', '打 0592-12393'],
    ['the local line without a dash', '打 059212393'],
    ['the local 12333 line', '打 0592-12333'],
    ['both national lines', '12393 或 12333'],
    ['a percentage', '缴费基数的 2%，10.5%'],
    ['months and ages', '停保满 2 个月，满 16 岁'],
    ['a sentence with Chinese numerals', '一个人可以和几位家人分别建立共济关系，三五天办好'],
    ['a national line in Chinese numerals', '打幺二三九三'],
    ['GB/T codes', 'GB/T 2260']
  ])('accepts %s', (_what, text) => {
    expect(textProblem(text, XIAMEN)).toBeNull()
  })

  it('allows any real-looking area code before 12393 only where the caller says so (national examples)', () => {
    expect(phoneProblem('比如南宁是 0771-12393', 'any')).toBeNull()
    expect(phoneProblem('比如南宁是 0771-12393', XIAMEN)).not.toBeNull()
    expect(phoneProblem('比如 0771-88886666', 'any')).not.toBeNull()
  })

  it('names the number it refuses', () => {
    expect(phoneProblem('请拨打 400-123-4567，谢谢', XIAMEN)).toContain('400-123-4567')
  })

  it('takes the extra numbers of a custom allowlist', () => {
    const list = { appIds: [], extraPhones: ['0592-5555555'], extraHosts: [] }
    expect(phoneProblem('打 0592-5555555', XIAMEN, list)).toBeNull()
    expect(phoneProblem('打 0592-5555555', XIAMEN)).not.toBeNull()
  })
})

describe('textProblem: addresses and contacts', () => {
  it.each([
    ['a URL with scheme', '见 https://yibao-tixian.com/提现'],
    ['an http URL on a gov.cn host', '见 http://ybj.xm.gov.cn'],
    ['a www address', '登录 www.yibao-tixian.com'],
    ['a bare domain', '访问 yibao-tixian.com 办理'],
    ['a bare domain with a path', 'yibao.top/a'],
    ['a gov.cn host in text', '深圳市社会保险网上服务平台（sipub.sz.gov.cn）'],
    ['a domain with a Chinese full stop', '访问 yibao-tixian。com'],
    ['a full-width address', '访问 ｗｗｗ．ｙｉｂａｏ．ｃｏｍ'],
    ['a spelled-out dot', '访问 yibao 点 com'],
    ['a Chinese top-level domain', '访问 医保提现.中国'],
    ['an IP address', '访问 1.2.3.4'],
    ['a tel: link', 'tel:4001234567'],
    ['a weixin: link', 'weixin://dl/chat'],
    ['an e-mail address', '发到 kefu@yibao.cn'],
    ['a WeChat id', '微信号 yibaokefu'],
    ['adding someone on WeChat', '加微信办理'],
    ['a homophone for WeChat', '加V信 yibao'],
    ['a QQ group', '进 QQ群 咨询'],
    ['a Chinese label before gov.cn', '访问 医保提现.gov.cn'],
    ['gov.cn glued to a word', '访问提现gov.cn']
  ])('refuses %s', (_what, text) => {
    expect(textProblem(text, XIAMEN)).not.toBeNull()
  })

  it.each([
    ['the gov.cn suffix as advice', '官方网站的网址一般以 gov.cn 结尾。'],
    ['a sentence ending in a full stop before 公司', '由单位办理。公司会通知您。'],
    ['an app name', '国家医保服务平台 APP'],
    ['an official account', '“深圳医保”微信公众号'],
    ['searching in WeChat', '在微信里搜索“医保电子凭证”'],
    ['a mini-program', '微信小程序“粤医保”'],
    ['a version number', '新版 2.0 界面']
  ])('accepts %s', (_what, text) => {
    expect(addressProblem(text)).toBeNull()
    expect(textProblem(text, XIAMEN)).toBeNull()
  })
})

describe('actions', () => {
  const copy = (label: string, text: string): Action => ({ kind: 'copy', label, text })
  const link = (label: string): Action => ({ kind: 'link', label, url: 'https://fuwu.nhsa.gov.cn' })

  it.each([
    ['a number', '4001234567'],
    ['a formatted number', '400-123-4567'],
    ['the national line (a number, even an official one)', '12393'],
    ['full-width digits', '１２３９３'],
    ['Chinese numerals', '四零零幺二三'],
    ['an address', 'yibao-tixian.com'],
    ['a URL', 'https://fuwu.nhsa.gov.cn'],
    ['an e-mail address', 'a@b.cn'],
    ['a zero-width space in a name', '国家医保\u200b服务平台'],
    ['bold digits', '𝟒𝟎𝟎']
  ])('a copy button may not carry %s', (_what, text) => {
    expect(copyTextProblem(text)).not.toBeNull()
  })

  it.each(['国家医保服务平台', '医保电子凭证', '浙里办', 'i 厦门', '粤医保'])('a copy button may carry the name %s', (text) => {
    expect(copyTextProblem(text)).toBeNull()
  })

  it.each([
    ['拨打', copy('拨打医保热线', '国家医保服务平台')],
    ['热线', copy('厦门医保官方热线', '厦门医保')],
    ['致电', link('致电医保局')],
    ['电话', link('医保电话')],
    ['打电话', copy('复制后打电话', '医保')],
    ['call', link('Call us')]
  ])('only a call button may say %s', (_word, action) => {
    expect(labelProblem(action)).not.toBeNull()
    expect(labelProblem({ kind: 'call', label: action.label, number: '12393' })).toBeNull()
  })

  it.each([copy('复制“医保电子凭证”，在微信里搜索', '医保电子凭证'), link('打开国家医保服务平台网站')])('accepts the label %j', (action) => {
    expect(labelProblem(action)).toBeNull()
  })
})

describe('sources', () => {
  it.each([
    ['http', 'http://ybj.xm.gov.cn/a'],
    ['an account in the address', 'https://user:pw@ybj.xm.gov.cn/'],
    ['a port', 'https://ybj.xm.gov.cn:8443/'],
    ['a number as the host', 'https://4001234567.com/'],
    ['no scheme', 'ybj.xm.gov.cn']
  ])('refuses a source url with %s', (_what, url) => {
    expect(sourceUrlProblem(url)).not.toBeNull()
  })

  it('accepts a press https address and shows only its host', () => {
    expect(sourceUrlProblem('https://www.shm.com.cn/2025/09/18/a.html')).toBeNull()
    expect(sourceHost('https://WWW.shm.com.cn/2025/09/18/a.html?x=1')).toBe('www.shm.com.cn')
  })
})

describe('contentProblems: the walk', () => {
  const ctx = { areaCodes: XIAMEN, callAreaCodes: XIAMEN, latestDate: '2026-11-23' }

  it('checks every string wherever it sits, including fields it has never heard of', () => {
    const region = {
      region: '350200',
      checkedOn: '2026-11-01',
      notes: [{ id: 'a', text: '请拨打 400-123-4567', topics: ['balance'], sources: ['src-1'] }],
      family: { extraRules: ['访问 yibao-tixian.com'], wallet: { status: 'live', asOf: '2026-11-01', sources: ['src-1'] } },
      future: { deeply: [{ nested: ['加微信 yibao'] }] }
    }
    expect(contentProblems(region, ctx).map((p) => p.path)).toEqual(['notes[0].text', 'family.extraRules[0]', 'future.deeply[0].nested[0]'])
  })

  it('leaves structural fields alone: ids, cited source ids, enums, the region code', () => {
    const region = {
      region: '350200',
      sources: [{ id: 'www-12345678', title: '厦门医保', strength: 'strong', checkedOn: '2026-11-01' }],
      notes: [{ id: 'n-400123456', text: '好', topics: ['balance'], sources: ['www-12345678'] }],
      withdraw: { situations: { remove: ['x-13800138000'] } }
    }
    expect(contentProblems(region, ctx)).toEqual([])
  })

  it('checks dates against the publish date, in any date field', () => {
    const region = { checkedOn: '2026-11-24', sources: [{ title: 't', strength: 'weak', checkedOn: '2052-09-15' }], family: { wallet: { asOf: '2026-11-23' } } }
    expect(contentProblems(region, ctx)).toEqual([
      { path: 'checkedOn', message: expect.stringContaining('2026-11-24') },
      { path: 'sources[0].checkedOn', message: expect.stringContaining('2052-09-15') }
    ])
  })

  it('checks actions with the action rules and their labels with the text rule', () => {
    const value = {
      actions: [
        { kind: 'copy', label: '厦门医保官方热线 400-123-4567', text: '4001234567' },
        { kind: 'call', label: '拨打 0592-12393', number: '0592-12393' },
        { kind: 'call', label: '拨打', number: '0592-88886666' },
        { kind: 'link', label: '打开', url: 'http://ybj.xm.gov.cn' }
      ]
    }
    expect(contentProblems(value, ctx).map((p) => p.path)).toEqual(['actions[0]', 'actions[0].label', 'actions[0].text', 'actions[2]', 'actions[3]'])
  })

  it('checks a source url by the source rule (https, any host) and an action url by the link rule (gov.cn)', () => {
    expect(contentProblems({ sources: [{ title: 't', url: 'https://www.shm.com.cn/a', strength: 'strong' }] }, ctx)).toEqual([])
    expect(contentProblems({ actions: [{ kind: 'link', label: '打开', url: 'https://www.shm.com.cn/a' }] }, ctx)).toHaveLength(1)
  })
})

describe('the real policies/ content passes the rule', () => {
  const { publishedAt } = rawRelease()

  it('national.json', () => {
    expect(contentProblems(rawNational(), { areaCodes: 'any', callAreaCodes: [], latestDate: publishedAt })).toEqual([])
  })

  it.each(regionFileCodes())(`${POLICIES.split('/').pop() ?? ''}/regions/%s.json`, (code) => {
    const areaCodes = areaCodesOf(code)
    const problems = contentProblems(rawRegion(code), {
      areaCodes,
      callAreaCodes: areaCodes.length === 1 ? areaCodes : [],
      latestDate: publishedAt
    })
    expect(problems).toEqual([])
  })
})
