/** @jest-environment node */
import { characterProblem, contentProblems, labelProblem, sourceUrlProblem, textProblem } from '../../../src/domain/policy/contentRule'
import type { Action } from '../../../src/domain/policy/schema'
import { regionList } from '../../../src/domain/region/fullList'
import { POLICIES, rawNational, rawRegion, regionFileCodes, rawRelease } from '../../support/policies'

const { areaCodesOf } = regionList

const XIAMEN = ['0592']
const refused = (text: string) => textProblem(text, XIAMEN)

describe('characters: only what the app knows', () => {
  it.each([
    ['a minus sign (U+2212) between digit groups', '请拨打 400−812−3456', 'U+2212'],
    ['a combining grapheme joiner (U+034F)', '拨打 4\u034f0\u034f0\u034f8123', 'U+034F'],
    ['a braille blank (U+2800)', '拨打 400\u2800812\u28003456', 'U+2800'],
    ['a tag character', '拨打 400\u{E0020}812\u{E0020}3456', 'U+E0020'],
    ['a combining underline after each digit', '拨打 4\u03320\u03320\u0332', 'U+0332'],
    ['keycap marks', '拨打 4\ufe0f\u20e30\ufe0f\u20e3', 'U+FE0F'],
    ['Thai digits', '拨打 ๔๐๐๘๑๒๓๔๕๖', 'U+0E54'],
    ['Bengali digits', '拨打 ৪০০৮১২৩৪৫৬', 'U+09EA'],
    ['Khmer digits', '拨打 ៤០០៨១២៣៤៥៦', 'U+17E4'],
    ['Arabic-Indic digits', '联系 ٤٠٠١٢٣٤٥٦٧', 'U+0664'],
    ['full-width digits', '联系 １３８００１３８０００', 'U+FF11'],
    ['mathematical bold digits', '联系 𝟒𝟎𝟎-𝟏𝟐𝟑', 'U+1D7D2'],
    ['circled digits', '联系 ④⓪⓪①②③', 'U+2463'],
    ['superscript digits', '联系 ¹³⁸⁰⁰', 'U+00B9'],
    ['a zero-width space', '联系 400\u200b123', 'U+200B'],
    ['a soft hyphen', '联系 400\u00ad123', 'U+00AD'],
    ['a no-break space', '联系 400\u00a0123', 'U+00A0'],
    ['an ideographic space', '联系 400\u3000123', 'U+3000'],
    ['a right-to-left override', '联系 \u202e7654-321-004', 'U+202E'],
    ['a heart for 信 (微❤)', '加微❤：医保小助手', 'U+2764'],
    ['a half-width ideographic full stop as a dot', '访问 医保｡中国', 'U+FF61'],
    ['a full-width full stop', '访问 医保．中国', 'U+FF0E'],
    ['a vertical bar', '400|812|3456', 'U+007C'],
    ['an at sign', '发到 医保@提现', 'U+0040'],
    ['a hash', '见 #提现客服', 'U+0023'],
    ['a line break', '第一行\n第二行', 'U+000A'],
    ['a dot that is not a decimal point', '访问 医保提现.网站', '“.”'],
    ['a colon that is not in a time', 'tel:提现', '英文'],
    ['letters for digits', '拨打 4OO-8l2-34S6', '“OO”'],
    ['a chat id', '客服微信 yibaokefu88', '“yibaokefu”'],
    ['vx', 'vx：医保小助手', '“vx”'],
    ['wx', 'wx：医保小助手', '“wx”'],
    ['a .life domain', '访问 yibao.life', '“yibao”'],
    ['a .cyou domain', '访问 tixian.cyou', '“tixian”'],
    ['a listed word in another case', '下载 aPp', '“aPp”'],
    ['a word listed only for the myths, outside them', '可以 TX 余额', '“TX”']
  ])('refuses %s, naming it', (_what, text, named) => {
    const problem = refused(text)
    expect(problem).not.toBeNull()
    expect(problem).toContain(named)
  })

  it.each([
    ['CJK and Chinese punctuation', '在微信里搜索“医保电子凭证”；（以当地为准）！'],
    ['a listed Latin word', '国家医保服务平台 APP'],
    ['a menu path', '首页 → 医保钱包 → 确认使用钱包'],
    ['a slash between words', '个人账户家庭共济关系绑定/解绑'],
    ['区号+12393', '拨“区号+12393”'],
    ['a decimal point between digits', '10.5%'],
    ['a time with an ASCII colon', '22:00–06:00 不能转账'],
    ['a name from the registry with a Latin letter', '“i厦门”APP'],
    ['the myths-only word inside a myth', '所谓“TX服务”']
  ])('accepts %s (the positive control)', (what, text) => {
    expect(characterProblem(text, what.includes('myth'))).toBeNull()
  })
})

describe('numbers: a unit, a date, a time, a document number or an official line', () => {
  it.each([
    ['a 400 number with dashes', '请拨打 400-123-4567 咨询'],
    ['a 400 number without separators', '客服 4001234567'],
    ['digit groups joined by 转', '请拨打 400 转 8123 转 4567'],
    ['digit groups joined by full-width colons', '请拨打 400：812：3456'],
    ['a time-shaped middle', '联系 138-00:13-8000'],
    ['a mobile number with spaces', '联系 138 0013 8000'],
    ['a mobile number in brackets', '联系（138）00138000'],
    ['a landline with another city code', '打 0592-88886666'],
    ['a five-digit service number', '打 95518 办理'],
    ['a national line with an extension', '打 12393-1234'],
    ['a national line followed by more digits', '打 12393 2000'],
    ['a national line glued to other digits', '打 400-12393-4567'],
    ['a number dressed as a date', '联系 1991-12-3 4567'],
    ['a real date followed by digits', '联系 1991-12-03 4567'],
    ['an impossible date', '2025-02-30 起'],
    ['another city’s 12393 in a city file', '打 010-12393'],
    ['the local line without its dash', '打 059212393'],
    ['a local 12333', '打 0592-12333'],
    ['12333 without saying it is the 人社 line', '医保的事打 12333'],
    ['a quantity with a leading zero', '联系 0592 元'],
    ['five digits with a unit', '可取 10000 元'],
    ['a number with a unit it cannot have', '13 月起'],
    ['a month zero', '0 月 1 日'],
    ['a version number', '新版 2.0 界面'],
    ['Chinese numerals read as a phone number', '联系幺三八零零幺三八零零零'],
    ['Chinese numerals with spaces', '联系 四零零 八八八 六六六六'],
    ['Chinese numerals with dashes', '联系 四零零-八八八-六六六六'],
    ['financial numerals', '联系 壹叁捌零零壹叁捌零零零'],
    ['digits mixed with Chinese numerals', '联系 138 零零 13 八 000'],
    ['a positional number without a unit', '代码三十五万六千'],
    ['a Chinese-numeral 12333 without 人社', '打幺二三三三'],
    ['quantities chained by joining marks', '请拨 400 次-812 次-3456 次'],
    ['a hyphen range of long numbers', '联系 138-8000 元'],
    ['a range that is not a valid month', '13 月-14 月'],
    ['a day of the month that does not exist', '每月 32 号']
  ])('refuses %s', (_what, text) => {
    expect(refused(text)).not.toBeNull()
  })

  it.each([
    ['a year and month', '2025 年 9 月起'],
    ['a full date', '2025 年 9 月 22 日：央视新闻'],
    ['an ISO date', '核对于 2024-12-09'],
    ['a year and month in figures', '办理指南（2022-12）'],
    ['a year in brackets', '网上文章（2025）：宁夏家庭共济'],
    ['a year range', '2024–2025 年度'],
    ['a time range', '22:00–06:00 不办理'],
    ['a time range with a hyphen and full-width colons', '8：30-12：00 办理'],
    ['a document number', '医保发〔2022〕22号'],
    ['another document number', '依据威政发〔2008〕10号'],
    ['an article number', '第十二条'],
    ['an article number in figures', '第 12 条'],
    ['a percentage', '缴费基数的 2%，10.5%'],
    ['an amount', '医保余额 1000 元换 800 元'],
    ['ten thousand', '1 万元以下'],
    ['a count', '每天最多转 3 次，每次不超过 2000 元'],
    ['an age', '满 16 周岁，16 岁以下'],
    ['months', '停保满 2 个月，6 个月内'],
    ['a range', '暂停 3 到 12 个月，罚款 2 到 5 倍'],
    ['a short range with a hyphen', '3-5 个工作日，60-70 岁'],
    ['a range repeating its unit', '报销 70%-80%，9 月–12 月'],
    ['a rate per year', '每年 3 次/年'],
    ['the day of the month as 号', '每月 15 号'],
    ['working days', '一般不超过 15 个工作日'],
    ['clock hours', '晚上 10 点到早上 6 点'],
    ['the day of the month', '停保的次月 10 日以后'],
    ['more than', '20 多年'],
    ['the national line', '打 12393'],
    ['the 人社 line where it says so', '12333 是人社热线'],
    ['the local line', '打 0592-12393'],
    ['区号+12393', '拨“区号+12393”接通'],
    ['both national lines, as the 人社 card says', '医保打 12393，人社打 12333'],
    ['Chinese numerals in words', '一个人可以和几位家人分别建立共济关系，三五天办好，万一不行'],
    ['a Chinese-numeral quantity', '三十五岁，一百二十元，七八十岁的老人'],
    ['an ordinal', '第一百二十三条'],
    ['a five-year plan', '十四五规划'],
    ['a year in Chinese numerals', '二〇二五年'],
    ['the national line in Chinese numerals', '打幺二三九三']
  ])('accepts %s (official wording)', (_what, text) => {
    expect(refused(text)).toBeNull()
  })

  it('names the whole run it refuses, as a reader would take it in', () => {
    expect(refused('请拨打 400-123-4567，谢谢')).toContain('400-123-4567')
    expect(refused('联系 138-00:13-8000')).toContain('138-00:13-8000')
  })

  it('allows any area code before 12393 only in national text (examples from many cities)', () => {
    expect(textProblem('比如南宁是 0771-12393', 'any')).toBeNull()
    expect(textProblem('比如南宁是 0771-12393', XIAMEN)).not.toBeNull()
    expect(textProblem('比如 0771-88886666', 'any')).not.toBeNull()
  })
})

describe('names to search for and wording', () => {
  it.each([
    ['a made-up official name to search for', '在应用商店搜“国家医保服务中心”'],
    ['an unknown account to follow', '关注“医保提现助手”公众号'],
    ['an unknown mini-program', '打开小程序“医保取现”'],
    ['a 抖音号', '关注抖音号“医保小助手”'],
    ['a private message', '有问题可以私信我们'],
    ['a short-video account in plain words', '在抖音搜医保小助手'],
    ['fee-charging 代办 advice without a number', '个人账户余额可以委托正规代办机构一次性取出，手续费一成。'],
    ['a cut for getting the money out', '可以找人帮忙取出来，收 10% 辛苦费'],
    ['a 代取 service', '我们提供代取服务'],
    ['cash for the card, said as advice', '可以到药店换现金'],
    ['a quoted scam word without saying it is one', '可以办理“代取”']
  ])('refuses %s', (_what, text) => {
    expect(refused(text)).not.toBeNull()
  })

  it.each([
    ['an official name', '在手机自带的应用商店搜“国家医保服务平台”'],
    ['an official account', '“深圳医保”微信公众号'],
    ['an in-app search word', '在 APP 里搜“家庭共济”'],
    ['a button name (not a search)', '点“确认使用钱包”'],
    ['a family member doing it (代办 without a fee)', '继承人请别人代办的，代办人要带委托书和自己的身份证。'],
    ['the warning about fees the guides give', '正规办理只在医保部门进行，不需要找中介，也不用交“加急费”“手续费”。'],
    ['the warning about cash the guides give', '有人提出“刷卡换现金”，一定拒绝，这是违法的。'],
    ['a fixed amount that is not a fee', '每月由统筹基金按固定金额划进来，一般不能取现。']
  ])('accepts %s', (_what, text) => {
    expect(refused(text)).toBeNull()
  })

  it('lets a myth quote the scam it corrects', () => {
    expect(textProblem('找中介“代取”“代办提取”医保余额，省事又快', XIAMEN, true)).toBeNull()
    expect(textProblem('找中介“代取”“代办提取”医保余额，省事又快', XIAMEN)).not.toBeNull()
  })
})

describe('text as the page shows it: a card’s fields together', () => {
  const ctx = { areaCodes: XIAMEN, callAreaCodes: XIAMEN, latestDate: '2026-12-07' }
  const channel = (over: Record<string, unknown>) => ({
    balance: {
      channels: {
        upsert: [
          {
            id: 'x',
            name: '热线',
            kind: 'phone',
            steps: ['打电话问。'],
            needs: ['电话'],
            suits: ['不用上网'],
            limits: [],
            actions: [],
            sources: ['s'],
            ...over
          }
        ]
      }
    }
  })

  it.each([
    ['a number split across suits', { suits: ['138 元', '12393', '8000'] }],
    ['a number split across needs and suits', { needs: ['电话 12393'], suits: ['2000 元'] }],
    ['a number split across consecutive steps', { steps: ['先拨 12393', '4567 元不用交'] }],
    ['Chinese numerals split across steps', { steps: ['先念幺三', '八零', '零幺三八'] }],
    ['a date split across two fields', { steps: ['2025', '年 9 月起'] }],
    ['fee advice split across steps', { steps: ['找正规的人帮您把钱取出来。', '事后付一成辛苦费。'] }]
  ])('refuses %s', (_what, over) => {
    expect(contentProblems(channel(over), ctx)).not.toEqual([])
  })

  it.each([
    ['the same lists with safe items', { suits: ['不用上网', '适合老人'], needs: ['电话'] }],
    ['steps that each end in a sentence', { steps: ['先拨 12393。', '2025 年 9 月起可以在网上办。'] }]
  ])('accepts %s (the positive control)', (_what, over) => {
    expect(contentProblems(channel(over), ctx)).toEqual([])
  })

  it('reads 12333 as allowed only where the same card says 人社', () => {
    expect(contentProblems(channel({ steps: ['医保问题请打 12333。'] }), ctx)).not.toEqual([])
    expect(contentProblems(channel({ name: '12333 人社服务热线', steps: ['社保卡的事打 12333。'] }), ctx)).toEqual([])
  })
})

describe('action labels', () => {
  const link = (label: string): Action => ({ kind: 'link', label, url: 'https://fuwu.nhsa.gov.cn' })

  it.each(['拨打', '热线', '致电', '电话', '打电话'])('only a call button may say %s', (word) => {
    expect(labelProblem(link(`${word}医保局`))).not.toBeNull()
    expect(labelProblem({ kind: 'call', label: `${word}医保局`, number: '12393' })).toBeNull()
  })

  it('accepts a plain link label', () => {
    expect(labelProblem(link('打开国家医保服务平台网站'))).toBeNull()
  })
})

describe('sources', () => {
  it.each([
    ['http', 'http://ybj.xm.gov.cn/a'],
    ['an account in the address', 'https://user:pw@ybj.xm.gov.cn/'],
    ['a port', 'https://ybj.xm.gov.cn:8443/'],
    ['a space', 'https://ybj.xm.gov.cn/a b'],
    ['non-ASCII in the path', 'https://ybj.xm.gov.cn/提现'],
    ['no scheme', 'ybj.xm.gov.cn']
  ])('refuses a source url with %s', (_what, url) => {
    expect(sourceUrlProblem(url)).not.toBeNull()
  })

  it('accepts a press https address (its strength and how it is shown are sourceTrust’s)', () => {
    expect(sourceUrlProblem('https://www.shm.com.cn/2025/09/18/a.html')).toBeNull()
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
    expect(
      contentProblems(region, ctx)
        .map((p) => p.path)
        .sort()
    ).toEqual(['family.extraRules[0]', 'future.deeply[0].nested[0]', 'notes[0].text'])
  })

  it('leaves structural fields alone: ids, cited source ids, enums, the region code, a step’s actor', () => {
    const region = {
      region: '350200',
      sources: [{ id: 'www-12345678', title: '厦门医保', strength: 'strong', checkedOn: '2026-11-01' }],
      notes: [{ id: 'n-400123456', text: '好', topics: ['balance'], sources: ['www-12345678'] }],
      family: { paths: { upsert: [{ id: 'p', steps: [{ title: '绑定', detail: '按提示办。', who: 'giver' }] }] } },
      withdraw: { situations: { remove: ['x-13800138000'] } }
    }
    expect(contentProblems(region, ctx)).toEqual([])
  })

  it('reads a citation’s quote as text', () => {
    const region = { notes: [{ id: 'a', text: '好', topics: ['balance'], sources: [{ id: 's', quote: '咨询请拨 400-123-4567' }] }] }
    expect(contentProblems(region, ctx).map((p) => p.path)).toEqual(['notes[0].sources[0].quote'])
  })

  it('checks dates against the publish date, in any date field (a source’s publishedOn may be a month or a year)', () => {
    const region = {
      checkedOn: '2026-11-24',
      sources: [
        { title: '标题', strength: 'weak', checkedOn: '2052-09-15' },
        { title: '标题', strength: 'weak', publishedOn: '2026-12' },
        { title: '标题', strength: 'weak', publishedOn: '2026-11' },
        { title: '标题', strength: 'weak', publishedOn: '2025' }
      ],
      family: { wallet: { asOf: '2026-11-23' } }
    }
    expect(contentProblems(region, ctx)).toEqual([
      { path: 'checkedOn', message: expect.stringContaining('2026-11-24') },
      { path: 'sources[0].checkedOn', message: expect.stringContaining('2052-09-15') },
      { path: 'sources[1].publishedOn', message: expect.stringContaining('2026-12') }
    ])
  })

  it('checks actions with the action rules and their labels with the text rule', () => {
    const value = {
      actions: [
        { kind: 'copy', name: 'yibaokefu88' },
        { kind: 'call', label: '拨打 0592-12393', number: '0592-12393' },
        { kind: 'call', label: '拨打', number: '0592-88886666' },
        { kind: 'link', label: '打开', url: 'http://ybj.xm.gov.cn' },
        { kind: 'link', label: '打开 400-123-4567', url: 'https://ybj.xm.gov.cn' },
        { kind: 'copy', name: 'yue-yibao' }
      ]
    }
    expect(contentProblems(value, ctx).map((p) => p.path)).toEqual(['actions[0]', 'actions[2]', 'actions[3]', 'actions[4].label'])
  })

  it('checks a source url by the source rule (https, any host) and an action url by the link rule (gov.cn)', () => {
    expect(contentProblems({ sources: [{ title: '标题', url: 'https://www.shm.com.cn/a', strength: 'strong' }] }, ctx)).toEqual([])
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
