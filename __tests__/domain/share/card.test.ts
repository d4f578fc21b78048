/** Share cards carry the answer: the title says it, the image shows it in large type (what is drawn where). */
import {
  balanceCard,
  familyCard,
  listWithin,
  prepareCard,
  SHARE_FOOTER,
  stepCard,
  withdrawCard,
  type ShareImage
} from '../../../src/domain/share/card'
import { CHAT_IMAGE, MOMENTS_IMAGE } from '../../../src/domain/share/imageSize'
import { estimateWidth, fitLines, layoutShareImage, wrapText, type DrawOp, type ImageSize } from '../../../src/domain/share/layout'
import { bindingCast } from '../../../src/domain/family/walkthrough'
import type { BindingStep } from '../../../src/domain/policy/schema'
import { national } from '../../support/policyData'

const measure = (text: string, size: number) => estimateWidth(text, size)
const texts = (ops: DrawOp[]) => ops.flatMap((o) => (o.kind === 'text' ? [o] : []))

describe('card titles say the answer', () => {
  it.each([
    ['厦门', '0592-12393', '厦门查医保余额：拨打 0592-12393'],
    ['', '12393', '查医保余额：拨打 12393']
  ])('balance in %j: the number to call', (place, number, title) => {
    const card = balanceCard({ place, number })
    expect(card.title).toBe(title)
    expect(card.image?.headline).toBe(`拨打 ${number}`)
    expect(card.image?.kicker).toContain(place || '全国通用')
  })

  it('a step sent to the relative is titled with her own instruction, and its image shows what to do', () => {
    const wallet = national.family.paths.find((p) => p.id === 'medical-wallet')
    const step = wallet?.steps[1] as BindingStep
    const text = bindingCast.view(step, bindingCast.readerOf(step))
    const card = stepCard({ task: '家庭共济', place: '深圳', number: 2, total: wallet?.steps.length ?? 0, text })
    expect(card.title).toBe(`深圳家庭共济第 2 步：${step.forRelative?.title}`)
    expect(card.image).toEqual({
      kicker: `家庭共济 · 深圳 · 第 2 步（共 ${wallet?.steps.length} 步）`,
      headline: step.forRelative?.title,
      body: step.forRelative?.detail,
      footer: SHARE_FOOTER
    })
  })

  it('the national rules have no place in the title and say 全国通用 on the image', () => {
    const card = stepCard({ task: '家庭共济', place: '', number: 1, total: 6, text: { title: '下载并登录', detail: '…' } })
    expect(card.title).toBe('家庭共济第 1 步：下载并登录')
    expect(card.image?.kicker).toBe('家庭共济 · 全国通用 · 第 1 步（共 6 步）')
  })

  it('the screen before the steps names the way and the count; the family guide names who can use it', () => {
    expect(prepareCard({ task: '家庭共济', place: '天津', way: '“津医保”APP', steps: 4, items: ['手机'] }).title).toBe(
      '天津家庭共济怎么办：用“津医保”APP，共 4 步'
    )
    const card = familyCard({ place: '厦门', relatives: '配偶（老伴）、父母', ways: ['国家医保服务平台 APP'] })
    expect(card.title).toContain('厦门家庭共济：职工医保个人账户的钱')
    expect(card.image?.body).toBe('可以给配偶（老伴）、父母用。先绑定：国家医保服务平台 APP。')
  })

  it('withdrawal: the situations, one situation’s materials, or "cannot" with what to do instead', () => {
    const names = national.withdraw.situations.map((s) => s.name)
    const all = withdrawCard({ place: '武汉', kind: 'situations', names })
    expect(all.title.startsWith('武汉医保余额能取吗？只有这几种情况能取：')).toBe(true)
    for (const n of names) expect(all.image?.body).toContain(n)
    const death = withdrawCard({ place: '武汉', kind: 'materials', situation: '参保人去世', materials: ['申请表', '死亡证明'] })
    expect(death.title).toBe('武汉参保人去世，取医保余额要带：申请表、死亡证明')
    expect(withdrawCard({ place: '', kind: 'none', alternatives: ['办理家庭共济。'] }).image?.headline).toBe('在职、退休都取不出来')
  })

  it.each([
    [['申请表', '死亡证明', '继承人身份证', '亲属关系证明'], 14, '要带：申请表、死亡证明等'],
    [['申请表'], 5, '要带：申请表'],
    [[], 10, '要带：']
  ])('a list in a title stops at the last whole item that fits: %j within %i', (items, max, expected) => {
    expect(listWithin('要带：', items, max)).toBe(expected)
  })
})

describe('wrapping for the image', () => {
  const width = (s: string) => estimateWidth(s, 30)

  it('no line is wider than the box, and nothing is lost', () => {
    const text = '在您的手机上打开国家医保服务平台 APP，登录后在首页点“医保钱包”，看完说明点“确认使用钱包”。参加职工医保或居民医保都可以开通。'
    const lines = wrapText(text, 300, width)
    expect(lines.length).toBeGreaterThan(3)
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(300)
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
  })

  it('no line starts with closing punctuation or ends with opening punctuation; a number that fits is never split', () => {
    const text = '请拨打 0592-12393，说想查个人账户余额（转人工）。打开“厦门医疗保障”公众号。'.repeat(3)
    for (const max of [120, 150, 180, 210, 240, 270, 300]) {
      const lines = wrapText(text, max, width)
      for (const line of lines) {
        expect(line).not.toMatch(/^[，。、；：）”’]/)
        expect(line).not.toMatch(/[（“‘]$/)
      }
      // a number that fits on a line is never split across two
      if (width('0592-12393，') <= max) expect(lines.some((l) => l.includes('0592-12393'))).toBe(true)
    }
  })

  it('a word wider than the whole box is broken by character rather than overflowing', () => {
    const lines = wrapText('A'.repeat(40), 100, width)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(100)
  })

  it('cut to a number of lines, the last ends in an ellipsis that still fits', () => {
    const lines = wrapText('一二三四五六七八九十，'.repeat(10), 150, width)
    const fitted = fitLines(lines, 2, 150, width)
    expect(fitted).toHaveLength(2)
    expect(fitted[1]?.endsWith('…')).toBe(true)
    expect(fitted[1]).not.toMatch(/，…$/)
    for (const line of fitted) expect(width(line)).toBeLessThanOrEqual(150)
    // positive control: what fits is kept as it is
    expect(fitLines(['短句'], 2, 150, width)).toEqual(['短句'])
  })
})

describe('the image layout', () => {
  const image: ShareImage = {
    kicker: '家庭共济 · 深圳 · 第 2 步（共 5 步）',
    headline: '开通您自己的医保钱包',
    body: '在您的手机上打开国家医保服务平台 APP，登录后在首页点“医保钱包”，看完说明点“确认使用钱包”。参加职工医保或居民医保都可以开通。'.repeat(3),
    footer: SHARE_FOOTER
  }

  it.each<[string, ImageSize]>([
    ['chat (5:4)', CHAT_IMAGE],
    ['Moments (square)', MOMENTS_IMAGE]
  ])('%s: every text is inside the picture, in large type, in reading order without overlaps', (_name, size) => {
    const drawn = texts(layoutShareImage(image, size, measure))
    for (const t of drawn) {
      expect(t.x).toBeGreaterThanOrEqual(0)
      expect(t.y).toBeGreaterThanOrEqual(0)
      expect(t.x + estimateWidth(t.text, t.size)).toBeLessThanOrEqual(size.width)
      expect(t.y + t.size).toBeLessThanOrEqual(size.height)
    }
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.y).toBeGreaterThanOrEqual(drawn[i - 1]!.y + drawn[i - 1]!.size)
    // large type: a chat card is shown about 250 px wide, so the answer is over 20 px there and the steps about 15 px
    const headline = drawn.find((t) => image.headline.startsWith(t.text))
    expect(headline?.size).toBeGreaterThanOrEqual(size.width / 12)
    expect(headline?.bold).toBe(true)
    const bodyLines = drawn.filter((t) => t !== headline && t.size < (headline?.size ?? 0) && t.size > size.width / 20)
    expect(bodyLines.length).toBeGreaterThanOrEqual(3)
    expect(bodyLines.at(-1)?.text.endsWith('…')).toBe(true)
    expect(drawn.at(-1)?.text).toBe(SHARE_FOOTER)
  })

  it('a short answer is drawn whole, with no ellipsis', () => {
    const drawn = texts(
      layoutShareImage(
        { kicker: '查医保余额 · 厦门', headline: '拨打 0592-12393', body: '打这个电话，按语音提示转人工。', footer: SHARE_FOOTER },
        CHAT_IMAGE,
        measure
      )
    )
    expect(drawn.map((t) => t.text)).toEqual(['查医保余额 · 厦门', '拨打 0592-12393', '打这个电话，按语音提示转人工。', SHARE_FOOTER])
  })

  it('uses the measure it is given (the canvas’s own on the phone)', () => {
    const wide = (text: string, size: number) => estimateWidth(text, size) * 2
    const narrow = texts(layoutShareImage(image, CHAT_IMAGE, measure)).length
    expect(texts(layoutShareImage(image, CHAT_IMAGE, wide)).length).toBeGreaterThanOrEqual(narrow)
    expect(texts(layoutShareImage({ ...image, headline: '拨打 0592-12393' }, CHAT_IMAGE, wide)).map((t) => t.text)).not.toContain('拨打 0592-12393')
    expect(texts(layoutShareImage({ ...image, headline: '拨打 0592-12393' }, CHAT_IMAGE, measure)).map((t) => t.text)).toContain('拨打 0592-12393')
  })
})
