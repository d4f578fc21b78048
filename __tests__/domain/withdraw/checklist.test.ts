/**
 * The withdrawal checklist on the real policy data: the count counts exactly the boxes it sits on, and
 * the copied list tells a sibling what is national, what is local and what is still missing.
 */
import { AGENT_RULE, checklistParts, checklistPlace, checklistProgress, checklistText } from '../../../src/domain/withdraw/checklist'
import { resolvePolicy, type ResolvedPolicy } from '../../../src/domain/policy/resolve'
import { hotlinePlaceOf } from '../../../src/domain/policy/hotline'
import { regionList } from '../../../src/domain/region/fullList'
import { regionLabel, shortName } from '../../../src/domain/region/names'
import type { Material } from '../../../src/domain/policy/schema'
import { realBundle } from '../../support/policyFixtures'
import { national, regionFile, regionFileCodes } from '../../support/policyData'

const { areaCodesOf, getRegion, regionChain } = regionList

const bundle = realBundle()
const policyOf = (code: string | null): ResolvedPolicy =>
  resolvePolicy(bundle.national, bundle.regions, code ? regionChain(code) : [], code, { hotline: hotlinePlaceOf(code, { getRegion, areaCodesOf }) })
const NAMES = { label: regionLabel, short: (code: string) => shortName(code) ?? code }

function situation(code: string | null, id: string) {
  const s = policyOf(code).withdraw.situations.find((x) => x.id === id)
  if (!s) throw new Error(`no ${id} for ${code ?? 'national'}`)
  return s
}
const textFor = (code: string | null, id: string, ticked: readonly string[] = []) =>
  checklistText(situation(code, id), ticked, checklistPlace(policyOf(code), situation(code, id), NAMES))
const ids = (ms: readonly Material[]) => ms.map((m) => m.id)

describe('checklist count', () => {
  // every situation any region shows: the count and the boxes under it can never disagree
  const all = [null, ...regionFileCodes].flatMap((code) => policyOf(code).withdraw.situations.map((s) => [code ?? 'national', s.id, s] as const))

  it.each(all)('%s %s: the total is the number of boxes it counts, and every material is in exactly one group', (_code, _id, s) => {
    const { needed, ifAgent } = checklistParts(s)
    expect(checklistProgress(s, []).total).toBe(needed.length)
    expect([...ids(needed), ...ids(ifAgent)].sort()).toEqual(ids(s.materials).sort())
    expect(checklistProgress(s, ids(needed))).toEqual({ done: needed.length, total: needed.length, missing: [] })
  })

  // 泉州's guide names a 委托书 for the 参保人去世 case (it used to be "0 / 6" over 7 boxes wherever one was listed)
  it('泉州 参保人去世: every material but the 委托书 is a counted box; the 委托书 sits apart', () => {
    const death = situation('350500', 'death')
    const { needed, ifAgent } = checklistParts(death)
    expect(ifAgent.map((m) => m.name)).toEqual(['委托书'])
    expect(needed).toHaveLength(death.materials.length - 1)
    expect(checklistProgress(death, []).total).toBe(death.materials.length - 1)
  })

  it('ticking 委托书 or a material of another list changes nothing; a needed box counts once', () => {
    const death = situation('350500', 'death')
    const [first] = checklistParts(death).needed
    if (!first) throw new Error('no material')
    expect(checklistProgress(death, ['power-of-attorney', 'not-a-material']).done).toBe(0)
    const one = checklistProgress(death, [first.id, 'power-of-attorney'])
    expect(one.done).toBe(1)
    expect(one.missing).not.toContainEqual(first)
  })

  it.each([
    ['350500', 'abroad', 'power-of-attorney'],
    ['230100', 'leave-job', 'agent-note']
  ])('%s %s: %s, needed only when someone else goes, sits apart and is not counted', (code, id, material) => {
    const s = situation(code, id)
    expect(ids(checklistParts(s).ifAgent)).toEqual([material])
    expect(checklistProgress(s, []).total).toBe(s.materials.length - 1)
  })
})

describe('checklist data (policies/)', () => {
  /** A note that says the material is only for someone going for another person: then it must say so in `onlyWhen`. */
  const saysOnlyForAgent = (m: Material) => /(代办|不是本人办理)时才需要/.test(m.note ?? '')
  const materials = [
    ...national.withdraw.situations.flatMap((s) => s.materials.map((m) => ['national', s.id, m] as const)),
    ...regionFileCodes.flatMap((code) =>
      (regionFile(code)?.withdraw?.situations?.upsert ?? []).flatMap((s) => s.materials.map((m) => [code, s.id, m] as const))
    )
  ]

  it('the check itself: a note saying 请别人代办时才需要 is caught, an ordinary note is not', () => {
    expect(saysOnlyForAgent({ id: 'x', name: '委托书', form: '原件', note: '请别人代办时才需要。' })).toBe(true)
    expect(saysOnlyForAgent({ id: 'y', name: '身份证', form: '原件', note: '出发前打电话确认。' })).toBe(false)
  })

  it('every material whose note says it is only for someone else going is marked onlyWhen: agent, and only those', () => {
    const wrong = materials.filter(([, , m]) => saysOnlyForAgent(m) !== (m.onlyWhen === 'agent')).map(([f, s, m]) => `${f} ${s} ${m.id}`)
    expect(wrong).toEqual([])
    expect(materials.filter(([, , m]) => m.onlyWhen === 'agent').length).toBeGreaterThanOrEqual(6)
  })
})

describe('copied checklist', () => {
  const noMarks = (text: string) => expect(text).not.toMatch(/[☐☑✓✔]/)

  it('厦门, national situation: headed without the city, says it is national, and names 厦门 only for the local parts', () => {
    const text = textFor('350200', 'death')
    const [head, place, scope] = text.split('\n')
    expect(head).toBe('【医保个人账户余额提取：参保人去世】')
    expect(place).toBe('参保地：福建 · 厦门')
    expect(scope).toContain('全国通用')
    expect(scope).toContain('0592-12393')
    const local = text.slice(text.indexOf('厦门本地的电话和提示：'))
    expect(local).toContain('· 医保服务热线：0592-12393')
    const note = policyOf('350200').notes.find((n) => n.topics.includes('withdraw'))
    expect(note).toBeDefined()
    expect(local).toContain(note?.text ?? '-')
    noMarks(text)
  })

  it('武汉, its own situation: headed with the city and saying the list is local', () => {
    const text = textFor('420100', 'death')
    expect(text.split('\n')[0]).toBe('【湖北 · 武汉 · 医保个人账户余额提取：参保人去世】')
    expect(text).toContain('下面的材料和办法来自武汉本地的资料')
    expect(text).not.toContain('全国通用')
  })

  it('no region: national rules, the way to reach one’s own office, no local part', () => {
    const text = textFor(null, 'abroad')
    expect(text).toContain('参保地：没有选择')
    expect(text).toContain('全国通用')
    expect(text).toContain('区号+12393')
    expect(text).not.toMatch(/本地的电话和提示/)
  })

  it('numbers the needed materials, puts 委托书 under 请别人代办时, and lists what is still missing', () => {
    const death = situation('350500', 'death')
    const { needed } = checklistParts(death)
    const [a, b, ...rest] = needed
    if (!a || !b) throw new Error('need two materials')
    const text = textFor('350500', 'death', [a.id, b.id, 'power-of-attorney'])
    needed.forEach((m, i) => expect(text).toContain(`${i + 1}. ${m.name}（${m.form}）`))
    expect(text).toContain('请别人代办时，还要带：\n· 委托书（原件）')
    const missing = text.split('\n').find((l) => l.startsWith('还缺'))
    expect(missing).toBe(`还缺 ${rest.length} 项：${rest.map((m) => m.name).join('、')}`)
    noMarks(text)
  })

  it('says nothing is missing only when every needed box is ticked, and nothing at all before the first tick', () => {
    const death = situation(null, 'death')
    const needed = ids(checklistParts(death).needed)
    expect(textFor(null, 'death', needed)).toContain(`${needed.length} 项材料都已备齐。`)
    expect(textFor(null, 'death', [])).not.toMatch(/还缺|都已备齐/)
  })

  it('the warning says who may go (委托书 included) and that paid 代取 agents are the scam: no contradiction with the list', () => {
    const text = textFor(null, 'death')
    expect(AGENT_RULE).toContain('拿着委托书的人')
    expect(AGENT_RULE).toContain('代取')
    expect(text).toContain(AGENT_RULE)
    expect(text).not.toMatch(/只能本人或家属/)
  })
})
