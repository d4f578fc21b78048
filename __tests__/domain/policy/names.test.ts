/** @jest-environment node */
import { actionLabel, copiedText } from '../../../src/domain/policy/actionText'
import { checkAction } from '../../../src/domain/policy/allowlist'
import { characterProblem } from '../../../src/domain/policy/contentRule'
import { IN_APP_SEARCH_WORDS, OFFICIAL_NAMES, officialName, unknownNameIn } from '../../../src/domain/policy/names'
import type { Action } from '../../../src/domain/policy/schema'
import { rawNational, rawRegion, regionFileCodes } from '../../support/policies'

/** Every action written in policies/, with the file it is in. */
function actionsInPolicies(): Array<{ file: string; action: Action }> {
  const out: Array<{ file: string; action: Action }> = []
  const walk = (file: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(file, v))
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (Array.isArray(o.actions)) for (const a of o.actions) out.push({ file, action: a as Action })
      for (const v of Object.values(o)) walk(file, v)
    }
  }
  walk('national.json', rawNational())
  for (const code of regionFileCodes()) walk(`regions/${code}.json`, rawRegion(code))
  return out
}

describe('the names registry', () => {
  it('has ids a config can write and names the content rule accepts', () => {
    for (const [id, entry] of Object.entries(OFFICIAL_NAMES)) {
      expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,47}$/)
      expect([entry.name, characterProblem(entry.name)]).toEqual([entry.name, null])
      expect(entry.name).not.toMatch(/\d/)
    }
    expect(new Set(Object.values(OFFICIAL_NAMES).map((e) => e.name)).size).toBe(Object.keys(OFFICIAL_NAMES).length)
  })

  it('a copy button copies the registry’s name and its label names exactly that', () => {
    for (const [id, entry] of Object.entries(OFFICIAL_NAMES)) {
      const action: Action = { kind: 'copy', name: id }
      expect(copiedText(action)).toBe(entry.name)
      expect(actionLabel(action)).toContain(`“${entry.name}”`)
      expect(actionLabel(action).match(/“[^”]*”/g)).toEqual([`“${entry.name}”`])
      for (const place of entry.searchIn) expect(actionLabel(action)).toContain(place)
    }
  })

  it.each([
    ['a chat id', 'yibaokefu88'],
    ['a made-up official name’s id', 'national-service-center'],
    ['an inherited object key', 'constructor'],
    ['another', '__proto__']
  ])('refuses a copy of %s: the config cannot add a name', (_what, name) => {
    const action: Action = { kind: 'copy', name }
    expect(checkAction(action, [])).toContain(name)
    expect(officialName(name)).toBeUndefined()
    expect(copiedText(action)).toBeNull()
  })

  it('every copy button in policies/ names a registry entry (the migration is complete)', () => {
    const copies = actionsInPolicies().filter((x) => x.action.kind === 'copy')
    expect(copies.length).toBeGreaterThan(30)
    for (const { file, action } of copies) expect([file, checkAction(action, [])]).toEqual([file, null])
  })
})

describe('names a text tells people to search for', () => {
  it.each([
    ['搜索“国家医保服务中心”', '国家医保服务中心'],
    ['在应用商店搜“医保提现”', '医保提现'],
    ['关注“医保小助手”公众号', '医保小助手'],
    ['关注“医保小助手”微信公众号', '医保小助手'],
    ['打开小程序“医保取现”', '医保取现'],
    ['关注抖音号“医保小助手”', '医保小助手'],
    ['下载“医保钱包极速版”APP', '医保钱包极速版']
  ])('refuses %s', (text, name) => {
    expect(unknownNameIn(text)).toEqual({ at: expect.any(Number), name })
  })

  it.each([
    '在手机自带的应用商店搜“国家医保服务平台”',
    '在微信里搜索“医保电子凭证”',
    '“深圳医保”微信公众号',
    '“i厦门”APP',
    '在 APP 里搜“家庭共济”',
    '点“确认使用钱包”',
    '说明要办“个人账户余额提取”',
    '有的地方叫“退付”'
  ])('accepts %s (a registry name, an in-app search word, or a quote that is not a search)', (text) => {
    expect(unknownNameIn(text)).toBeNull()
  })

  it('the in-app search words are words, not names to copy', () => {
    for (const w of IN_APP_SEARCH_WORDS) expect(Object.values(OFFICIAL_NAMES).some((e) => e.name === w)).toBe(false)
  })
})
