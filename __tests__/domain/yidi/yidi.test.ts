/**
 * @jest-environment node
 *
 * 去外地看病 on the real policy data: the 备案-kind check for every place a user can choose, the layering
 * of the guide's local content, the filing walkthrough's screens and the claim checklist text.
 * Expected kinds and local content are read from the JSON files, not from the resolver.
 */
import { checkFiling, GROUP_NAMES, kindIdFor, KIND_IDS, REASONS, type FilingAnswers } from '../../../src/domain/yidi/check'
import { claimText } from '../../../src/domain/yidi/claim'
import { FILING_SCOPE, filingCast, filingWalkPath, MANAGE_TITLE } from '../../../src/domain/yidi/walkthrough'
import { checklistParts, checklistProgress } from '../../../src/domain/withdraw/checklist'
import { screenLabel, walkthroughScreens } from '../../../src/domain/walkthrough'
import { citedId } from '../../../src/domain/policy/citations'
import { resolvePolicy } from '../../../src/domain/policy/resolve'
import { hotlinePlaceOf } from '../../../src/domain/policy/hotline'
import { regionList } from '../../../src/domain/region/fullList'
import { rawNational, rawRegion, realBundle, regionFileCodes } from '../../support/policies'

const { all: allRegions, areaCodesOf, getRegion, regionChain } = regionList

const bundle = realBundle()
const national = rawNational()
const policyOf = (code: string | null) =>
  resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code, { hotline: hotlinePlaceOf(code, { getRegion, areaCodesOf }) })

/** Every way to answer the check that reaches a verdict. */
const FULL_ANSWERS: FilingAnswers[] = REASONS.flatMap(({ value: reason }): FilingAnswers[] =>
  reason === 'living'
    ? [
        { reason, retiredMoved: 'yes' },
        { reason, retiredMoved: 'no' }
      ]
    : [{ reason }]
)

describe('which 备案 fits (the check)', () => {
  const kinds = policyOf(null).yidi.kinds

  it.each<[FilingAnswers, string, string]>([
    [{ reason: 'living', retiredMoved: 'yes' }, 'retired-resettled', 'long-term'],
    [{ reason: 'living', retiredMoved: 'no' }, 'long-term-resident', 'long-term'],
    [{ reason: 'working' }, 'posted-worker', 'long-term'],
    [{ reason: 'referred' }, 'referral', 'temporary'],
    [{ reason: 'emergency' }, 'emergency', 'temporary'],
    [{ reason: 'planned' }, 'other-temporary', 'temporary']
  ])('%j → %s (%s)', (answers, id, group) => {
    const v = checkFiling(answers, kinds)
    if (v?.result !== 'kind') throw new Error(`no kind for ${JSON.stringify(answers)}`)
    expect(v.kind.id).toBe(id)
    expect(v.kind.group).toBe(group)
    // the title names the group as the notice does and the kind as the form does
    expect(v.title).toBe(`办“${GROUP_NAMES[v.kind.group]}”里的“${v.kind.name}”`)
  })

  it('living there asks one more question before answering; nothing answered, no verdict', () => {
    expect(checkFiling({ reason: 'living' }, kinds)).toBeNull()
    expect(checkFiling({}, kinds)).toBeNull()
    expect(kindIdFor({ retiredMoved: 'yes' })).toBeNull()
  })

  it('only an emergency points to filing afterwards (补办)', () => {
    const late = FULL_ANSWERS.filter((a) => {
      const v = checkFiling(a, kinds)
      return v?.result === 'kind' && v.late
    })
    expect(late).toEqual([{ reason: 'emergency' }])
  })

  it('a region whose rules lack the kind answers "ask first", not a kind it does not have', () => {
    const without = kinds.filter((k) => k.id !== KIND_IDS.referral)
    expect(checkFiling({ reason: 'referred' }, without)).toEqual({ result: 'ask', title: expect.stringContaining('先问参保地') })
    // positive control: the others still answer
    expect(checkFiling({ reason: 'planned' }, without)?.result).toBe('kind')
  })

  it('the national rules name the six groups of the 2022 notice, three long-term and three temporary', () => {
    expect(national.yidi.kinds.map((k) => [k.id, k.group])).toEqual([
      ['retired-resettled', 'long-term'],
      ['long-term-resident', 'long-term'],
      ['posted-worker', 'long-term'],
      ['referral', 'temporary'],
      ['emergency', 'temporary'],
      ['other-temporary', 'temporary']
    ])
    for (const k of national.yidi.kinds) {
      for (const part of [k.who, k.validity, k.goingBack, k.payment]) expect(part.trim()).not.toBe('')
      // new content quotes its sources
      expect(k.sources.every((c) => typeof c === 'object' && c.quote.length > 0)).toBe(true)
    }
  })

  it('every place a user can choose gets a kind for every answer', () => {
    const places = allRegions.map((r) => r.code)
    expect(places.length).toBeGreaterThan(300)
    for (const code of places) {
      const kinds = policyOf(code).yidi.kinds
      for (const a of FULL_ANSWERS) expect([code, checkFiling(a, kinds)?.result]).toEqual([code, 'kind'])
    }
  })
})

describe('layering of the guide', () => {
  const localYidi = (code: string) => {
    const r = rawRegion(code)
    return r.yidi !== undefined || (r.notes ?? []).some((n) => n.topics.includes('yidi'))
  }
  const withYidi = regionFileCodes().filter(localYidi)
  const withoutYidi = regionFileCodes().filter((c) => !localYidi(c))

  it('the files under test exist on both sides', () => {
    expect(withYidi.length).toBeGreaterThan(5)
    expect(withoutYidi.length).toBeGreaterThan(5)
  })

  it.each(withYidi)('%s: its layer is named as local for this guide', (code) => {
    expect(policyOf(code).yidi.localFrom).toContain(code)
  })

  it.each(withoutYidi)('%s: local for other guides, national only for this one', (code) => {
    const p = policyOf(code)
    expect(p.hasLocalInfo).toBe(true)
    expect(p.yidi.localFrom.filter((c) => !withYidi.includes(c))).toEqual([])
  })

  it('a province’s way to file reaches its cities (吉林 → 长春), with its layer', () => {
    const province = rawRegion('220000').yidi?.paths?.upsert ?? []
    expect(province.length).toBeGreaterThan(0)
    const changchun = policyOf('220100').yidi.paths
    for (const p of province) expect(changchun.find((x) => x.id === p.id)?.from.code).toBe('220000')
    // the national ways stay, first
    expect(changchun.slice(0, national.yidi.paths.length).map((p) => p.id)).toEqual(national.yidi.paths.map((p) => p.id))
  })

  it('深圳’s claim list replaces the national items it names and keeps the rest; 广州 keeps the national list', () => {
    const sz = rawRegion('440300').yidi?.claim?.materials?.upsert ?? []
    expect(sz.length).toBeGreaterThan(0)
    const shenzhen = policyOf('440300').yidi.claim
    for (const m of sz) expect(shenzhen.materials).toContainEqual(m)
    const replaced = new Set(sz.map((m) => m.id))
    for (const m of national.yidi.claim.materials.filter((x) => !replaced.has(x.id))) expect(shenzhen.materials).toContainEqual(m)
    expect(shenzhen.cited.from.code).toBe('440300')
    expect(policyOf('440100').yidi.claim.materials).toEqual(national.yidi.claim.materials)
  })

  it('the answer and the day-of steps are national everywhere, each sentence with its own quoted sources', () => {
    const answer = policyOf('350200').yidi.answer
    expect(answer.lines.map((l) => l.text)).toEqual(national.yidi.answer.lines.map((l) => l.text))
    for (const [i, line] of answer.lines.entries()) {
      expect(line.from.code).toBe('national')
      expect(line.sources.map((s) => s.id)).toEqual(national.yidi.answer.lines[i]?.sources.map(citedId))
      expect(line.sources.every((s) => s.quotes.length > 0)).toBe(true)
    }
  })
})

describe('filing walkthrough screens', () => {
  const path = policyOf(null).yidi.paths.find((p) => p.id === 'national-app')
  if (!path) throw new Error('no national-app way to file')
  const screens = walkthroughScreens(filingWalkPath(path))

  it('prepare, one screen per step, then how to see, change or cancel the filing', () => {
    expect(screens).toHaveLength(path.steps.length + 2)
    expect(screens[0]).toEqual({ kind: 'prepare', items: path.prepare })
    expect(screens.at(-1)).toEqual({ kind: 'finish', afterwards: path.afterwards, unbind: path.manage })
    const second = screens[2]
    expect(second && screenLabel(second)).toBe(`第 2 步，共 ${path.steps.length} 步`)
    expect(MANAGE_TITLE).toContain('取消')
  })

  it('a step names no doer and opens as written for whoever it is sent to (the patient or the one filing for them)', () => {
    const [step] = path.steps
    if (!step) throw new Error('no step')
    expect(filingCast.readerOf(step)).toBe(filingCast.self)
    expect(filingCast.view(step, filingCast.self)).toEqual({ title: step.title, detail: step.detail, tip: step.tip, who: '', mine: true })
  })

  it('its chosen way and progress are kept under a scope of their own: the binding guide has ways with the same ids', () => {
    expect(policyOf(null).family.paths.map((p) => p.id)).toContain('counter')
    expect(policyOf(null).yidi.paths.map((p) => p.id)).toContain('counter')
    expect(FILING_SCOPE).not.toBe('')
  })
})

describe('claim checklist', () => {
  const claim = policyOf(null).yidi.claim
  const { needed, ifCase, ifAgent } = checklistParts(claim)
  const where = { place: '福建 · 厦门', listFrom: null, hotline: '0592-12393' }

  it('what everyone brings is counted; what only some cases or an agent need sits apart, each note naming the case', () => {
    expect(needed.length).toBeGreaterThan(0)
    expect(ifCase.length).toBeGreaterThan(0)
    for (const m of ifCase) expect(m.note).toMatch(/时才需要$/)
    expect(ifAgent.map((m) => m.id)).toEqual(['agent'])
    expect(
      checklistProgress(
        claim,
        needed.map((m) => m.id)
      )
    ).toEqual({ done: needed.length, total: needed.length, missing: [] })
    expect(
      checklistProgress(
        claim,
        [...ifCase, ...ifAgent].map((m) => m.id)
      ).done
    ).toBe(0)
  })

  it('copied for a chat: numbered, no ticks, the groups apart, what is still missing, the steps, who decides and the number', () => {
    const [first, ...rest] = needed
    if (!first) throw new Error('no material')
    const text = claimText(claim, [first.id, 'not-a-material'], where)
    expect(text).toContain('参保地：福建 · 厦门')
    expect(text).toContain('以参保地的要求为准')
    expect(text).toContain('0592-12393')
    needed.forEach((m, i) => expect(text).toContain(`${i + 1}. ${m.name}（${m.form}）`))
    expect(text).toContain('看情况，还可能要带：')
    expect(text).toContain('请别人代办时，还要带：')
    expect(text).not.toMatch(/[☐☑]/)
    expect(text).toContain(`还缺 ${rest.length} 项：${rest.map((m) => m.name).join('、')}`)
    for (const step of claim.steps) expect(text).toContain(step)
  })

  it('a list that comes from the city’s own file says so (深圳)', () => {
    const sz = policyOf('440300').yidi.claim
    expect(sz.cited.from.code).toBe('440300')
    expect(claimText(sz, [], { place: '广东 · 深圳', listFrom: '深圳', hotline: '0755-12393' })).toContain('按深圳本地的资料列出')
  })
})
