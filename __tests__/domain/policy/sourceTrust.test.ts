/** @jest-environment node */
import { effectiveStrength, isOfficialHost, shownHost, strengthCeiling, STATE_MEDIA_HOSTS } from '../../../src/domain/policy/sourceTrust'
import { sourceText } from '../../../src/components/SourceLine'
import { rawNational, rawRegion, regionFileCodes } from '../../support/policies'

describe('a source’s strength comes from its address, not from the file', () => {
  it.each([
    ['a gov.cn page', 'https://www.nhsa.gov.cn/art/2024/12/1/art_1.html'],
    ['a city’s gov.cn page', 'https://ybj.xm.gov.cn/zwgk/'],
    ['a listed state medium', 'https://www.news.cn/politics/2025-09/22/c_1.htm'],
    ['a sub-domain of a listed state medium', 'https://health.people.com.cn/n1/2024/1201/c1.html']
  ])('%s may be strong', (_what, url) => {
    expect(strengthCeiling(url)).toBe('strong')
    expect(effectiveStrength({ url, strength: 'strong' })).toBe('strong')
  })

  it.each([
    ['any other https host claiming strong', 'https://reportify.cn/news/1167450354120527872'],
    ['a look-alike of gov.cn', 'https://gov.cn.evil.com/a'],
    ['gov.cn glued to a word', 'https://evilgov.cn/a'],
    ['a look-alike of a state medium', 'https://people.com.cn.example.com/a'],
    ['a gov.cn host carrying digits', 'https://ybj4008123456.gov.cn/a'],
    ['an http page', 'http://www.nhsa.gov.cn/a'],
    ['an account before the host', 'https://x.gov.cn@evil.com/a'],
    ['no address at all', undefined]
  ])('%s is at most medium, whatever the file claims', (_what, url) => {
    expect(strengthCeiling(url)).toBe('medium')
    expect(effectiveStrength({ url, strength: 'strong' })).toBe('medium')
  })

  it('the file’s claim can only lower the strength', () => {
    expect(effectiveStrength({ url: 'https://www.nhsa.gov.cn/a', strength: 'weak' })).toBe('weak')
    expect(effectiveStrength({ url: 'https://www.nhsa.gov.cn/a', strength: 'medium' })).toBe('medium')
    expect(effectiveStrength({ url: 'https://example.com/a', strength: 'weak' })).toBe('weak')
  })

  it('every listed state medium is a plain host', () => {
    for (const host of Object.keys(STATE_MEDIA_HOSTS)) expect(isOfficialHost(host)).toBe(true)
  })
})

describe('how a source’s address is shown', () => {
  it('an official host by name, anything else as 网上资料', () => {
    expect(shownHost('https://ybj.xm.gov.cn/zwgk/a.html')).toBe('ybj.xm.gov.cn')
    expect(shownHost('https://www.news.cn/a')).toBe('www.news.cn')
    expect(shownHost('https://tixian-4008123456.com/a')).toBe('网上资料')
    expect(shownHost('https://99.wendadaohang.com/zd/a.html')).toBe('网上资料')
    expect(shownHost('https://WWW.NHSA.GOV.CN/a')).toBe('www.nhsa.gov.cn')
  })

  it('the source line shows the capped strength and never an unofficial host', () => {
    const line = sourceText({ id: 's', title: '网上文章', url: 'https://tixian-4008123456.com/a', strength: 'strong', checkedOn: '2026-12-01' })
    expect(line).toContain('网上资料')
    expect(line).not.toContain('4008123456')
    expect(line).toContain('媒体报道或转载')
  })
})

describe('the real policies/', () => {
  it('every source, as the app shows it, is at most what its address allows (and the data has both kinds)', () => {
    const all = [rawNational(), ...regionFileCodes().map(rawRegion)].flatMap((f) => f.sources)
    const shown = all.map((s) => ({ ceiling: strengthCeiling(s.url), shown: effectiveStrength(s) }))
    expect(shown.some((s) => s.ceiling === 'strong' && s.shown === 'strong')).toBe(true)
    expect(shown.some((s) => s.ceiling === 'medium')).toBe(true)
    for (const s of shown) if (s.ceiling === 'medium') expect(s.shown).not.toBe('strong')
  })
})
