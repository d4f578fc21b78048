/** @jest-environment node */
import { citedId } from '../../../src/domain/policy/citations'
import { checkNational, checkRegion } from '../../../src/domain/policy/bundle'
import { nationalSafetyProblems, regionSafetyProblems, SAFETY_LAYER, withSafetyLayer } from '../../../src/domain/policy/safetyLayer'
import type { NationalPolicy, RegionPolicy } from '../../../src/domain/policy/schema'
import { copy, facts, rawNational, rawRegion, realBundle } from '../../support/policies'

type N = NationalPolicy

describe('the national file cannot drop the safety layer', () => {
  it('the real national file has all of it (the premise and the positive control)', () => {
    expect(nationalSafetyProblems(rawNational())).toEqual([])
    expect(checkNational(rawNational())).toMatchObject({ ok: true })
  })

  it.each<[string, (n: N) => void, RegExp]>([
    ['every myth removed', (n) => (n.myths = []), /^myths: 缺少误区 withdraw-agent/],
    ['the 代取 myth removed', (n) => (n.myths = n.myths.filter((m) => m.id !== 'withdraw-agent')), /^myths: 缺少误区 withdraw-agent/],
    ['notAllowed emptied', (n) => (n.family.notAllowed = []), /^family\.notAllowed: 缺少/],
    ['the 12393 channel removed', (n) => (n.balance.channels = n.balance.channels.filter((c) => c.id !== 'hotline-12393')), /hotline-12393/],
    [
      'the 12393 channel dialling something else',
      (n) => {
        const c = n.balance.channels.find((x) => x.id === 'hotline-12393')
        if (c) c.actions = [{ kind: 'call', label: '拨打', number: '12333' }]
      },
      /hotline-12393/
    ],
    [
      'a withdrawal situation removed',
      (n) => (n.withdraw.situations = n.withdraw.situations.filter((s) => s.id !== 'abroad')),
      /^withdraw\.situations: 缺少提取情形 abroad/
    ],
    [
      'a channel named local-hotline (the generator’s)',
      (n) => {
        const c = n.balance.channels[0]
        if (c) n.balance.channels.push({ ...copy(c), id: 'local-hotline' })
      },
      /local-hotline 由程序按地区生成/
    ],
    [
      '12333 dialled from a binding path',
      (n) => n.family.paths[0]?.actions.push({ kind: 'call', label: '拨打 12333 人社热线', number: '12333' }),
      /family\.paths\[0\]\.actions\[\d+\]: 12333 是人社热线/
    ],
    [
      '12333 under another label',
      (n) => {
        const c = n.balance.channels.find((x) => x.id === 'hotline-12333')
        if (c) c.actions = [{ kind: 'call', label: '医保问题请打这个', number: '12333' }]
      },
      /12333 的按钮只能写“拨打 12333 人社热线”/
    ]
  ])('refuses a national file with %s', (_what, change, problem) => {
    const n = copy(rawNational())
    change(n)
    expect(nationalSafetyProblems(n)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]))
    expect(checkNational(n)).toMatchObject({ ok: false, kind: 'actions' })
  })

  it('a national file may add to it', () => {
    const n = copy(rawNational())
    n.family.notAllowed.push('美容费用')
    const m = n.myths[0]
    if (m) n.myths.push({ ...copy(m), id: 'new-myth' })
    expect(checkNational(n)).toMatchObject({ ok: true })
  })
})

describe('a region cannot reach into it', () => {
  /** 北京's file (a municipality: it may dial 010-12393) with a change */
  const beijing = (change: (r: RegionPolicy) => void): RegionPolicy => {
    const r = copy(rawRegion('110000'))
    change(r)
    return r
  }
  const channel = (id: string, number: string, r: RegionPolicy) => ({
    id,
    name: '医保热线',
    kind: 'phone' as const,
    steps: ['医保问题请打这个。'],
    needs: ['电话'],
    suits: ['不用上网'],
    limits: [],
    actions: [{ kind: 'call' as const, label: '拨打', number }],
    sources: [r.sources[0]?.id ?? '']
  })

  it.each<[string, (r: RegionPolicy) => void, RegExp]>([
    [
      'removing every national channel and situation',
      (r) => {
        r.balance = {
          channels: {
            remove: ['national-app', 'wechat', 'alipay', 'hotline-12393', 'hotline-12333', 'local-site', 'counter', 'kiosk', 'hospital-pharmacy']
          }
        }
        r.withdraw = { situations: { remove: [...SAFETY_LAYER.situations] } }
      },
      /^balance\.channels\.remove: 不能删掉 hotline-12393/
    ],
    [
      'removing one withdrawal situation',
      (r) => (r.withdraw = { situations: { remove: ['death'] } }),
      /^withdraw\.situations\.remove: 不能删掉提取情形 death/
    ],
    ['removing the generated local line', (r) => (r.balance = { channels: { remove: ['local-hotline'] } }), /不能删掉 local-hotline/],
    [
      'defining local-hotline itself',
      (r) => (r.balance = { channels: { upsert: [channel('local-hotline', '010-12393', r)] } }),
      /local-hotline 由全国文件或程序提供/
    ],
    ['a local-hotline that dials 12333', (r) => (r.balance = { channels: { upsert: [channel('local-hotline', '12333', r)] } }), /12333 是人社热线/],
    [
      'replacing the national 12393 channel',
      (r) => (r.balance = { channels: { upsert: [channel('hotline-12393', '12393', r)] } }),
      /hotline-12393 由全国文件或程序提供/
    ],
    [
      'a channel of its own that dials 12333',
      (r) => (r.balance = { channels: { upsert: [channel('renshe', '12333', r)] } }),
      /12333 是人社热线，只能出现在全国的 hotline-12333 渠道里/
    ]
  ])('refuses a region %s', (_what, change, problem) => {
    const r = beijing(change)
    expect(regionSafetyProblems(r)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]))
    expect(checkRegion('110000', r, facts)).toMatchObject({ ok: false })
  })

  it('a region may remove other channels, replace a situation with its own detail, and add its own line (the positive control)', () => {
    const r = beijing((x) => {
      x.balance = { channels: { remove: ['alipay'], upsert: [channel('beijing-line', '010-12393', x)] } }
      const death = copy(rawNational().withdraw.situations[0])
      if (death) x.withdraw = { situations: { upsert: [{ ...death, sources: [x.sources[0]?.id ?? ''] }] } }
    })
    expect(regionSafetyProblems(r)).toEqual([])
    expect(checkRegion('110000', r, facts)).toMatchObject({ ok: true })
  })
})

describe('withSafetyLayer: the embedded wording comes back over a downloaded file', () => {
  const embedded = realBundle()

  it('a rewritten safety myth, notAllowed item or fixed channel shows as the app shipped it', () => {
    const next = copy(embedded)
    const agent = next.national.myths.find((m) => m.id === 'withdraw-agent')
    if (!agent) throw new Error('fixture: no withdraw-agent myth')
    agent.fact = '其实可以找人办理。'
    next.national.family.notAllowed = ['公共卫生方面的费用']
    const line = next.national.balance.channels.find((c) => c.id === 'hotline-12393')
    if (line) line.steps = ['医保问题都可以问。']
    const shown = withSafetyLayer(next, embedded)
    expect(shown.national.myths.find((m) => m.id === 'withdraw-agent')).toEqual(embedded.national.myths.find((m) => m.id === 'withdraw-agent'))
    expect(shown.national.family.notAllowed).toEqual(expect.arrayContaining([...SAFETY_LAYER.notAllowed]))
    expect(shown.national.balance.channels.find((c) => c.id === 'hotline-12393')).toEqual(
      embedded.national.balance.channels.find((c) => c.id === 'hotline-12393')
    )
    expect(JSON.stringify(shown)).not.toContain('其实可以找人办理')
  })

  it('keeps what a file adds, and the sources the floor items cite', () => {
    const next = copy(embedded)
    const m = next.national.myths[0]
    if (!m) throw new Error('fixture')
    next.national.myths.push({ ...copy(m), id: 'added', claim: '新误区' })
    // a source the 套现 myth (a floor item) cites, dropped from the downloaded file
    const cited = citedId(embedded.national.myths.find((x) => x.id === 'swipe-for-cash')?.sources[0] ?? '-')
    next.national.sources = next.national.sources.filter((s) => s.id !== cited)
    const shown = withSafetyLayer(next, embedded)
    expect(shown.national.myths.map((x) => x.id)).toContain('added')
    expect(shown.national.sources.map((s) => s.id)).toContain(cited)
  })

  it('changes nothing for the embedded data itself or an identical copy: the same bundle comes back', () => {
    expect(withSafetyLayer(embedded, embedded)).toBe(embedded)
    const same = copy(embedded)
    expect(withSafetyLayer(same, embedded)).toBe(same)
  })

  it('a file that only reorders a floor item’s keys still carries it as shipped; one word changed does not', () => {
    const reordered = copy(embedded)
    reordered.national.myths = reordered.national.myths.map((m) => Object.fromEntries(Object.entries(m).reverse()) as typeof m)
    expect(withSafetyLayer(reordered, embedded)).toBe(reordered)
    const changed = copy(embedded)
    const agent = changed.national.myths.find((m) => m.id === 'withdraw-agent')
    if (!agent) throw new Error('fixture: no withdraw-agent myth')
    agent.fact = `${agent.fact}。`
    const shown = withSafetyLayer(changed, embedded)
    expect(shown).not.toBe(changed)
    expect(shown).toEqual(embedded)
  })
})
