/**
 * What no config can take away. The myths that correct 套现 and 代取, the things 共济 money may not
 * pay for, the national 12393 channel and the three ways a balance may legally be withdrawn are the
 * app's own safety text: they ship in the embedded bundle, and their ids are fixed here. A signed
 * file may add myths or situations, and a region may replace a situation with its local detail,
 * but none may drop one; the store puts the embedded wording of these items back over whatever a
 * downloaded file says (withSafetyLayer), so a leaked key cannot soften them either.
 *
 * Lines the app generates or fixes are reserved: `local-hotline` (the 区号-12393 row) is made by the
 * resolver from the region data, and 12333 is only ever the 人社 line, in the national channel that
 * says so, under one fixed label.
 */
import { citedId } from './citations'
import type { PolicyBundle } from './bundle'
import type { Action, NationalPolicy, RegionPolicy } from './schema'
import { REN_SHE_LABEL } from './actionText'
import { LOCAL_HOTLINE_ID } from './hotline'

export const SAFETY_LAYER = {
  myths: [
    'swipe-for-cash',
    'pharmacy-discount',
    'withdraw-agent',
    'pooled-withdrawable',
    'major-illness',
    'quit-to-withdraw',
    'retire-lump-sum',
    'bank-transfer',
    'hotline-12333',
    'family-account'
  ],
  notAllowed: ['公共卫生费用', '体育健身的费用', '养生保健消费'],
  /** national channels that must be there, each with a call to this number */
  channels: { 'hotline-12393': '12393' } as Readonly<Record<string, string>>,
  /** national channels that must be there without a call to compete with 12393: 12333 is named for what it is (人社, 社保卡) */
  namedChannels: ['hotline-12333'],
  situations: ['death', 'abroad', 'transfer-no-accept']
} as const

/** The only place 12333 may be dialled. */
export const REN_SHE_CHANNEL = 'hotline-12333'

/** Channel ids a region may neither define nor remove. */
const RESERVED_CHANNELS = [LOCAL_HOTLINE_ID, ...Object.keys(SAFETY_LAYER.channels), ...SAFETY_LAYER.namedChannels]

type ActionHolder = { id: string; actions: readonly Action[] }

function calls12333(holders: readonly ActionHolder[], where: string, allowed: (h: ActionHolder) => boolean): string[] {
  const out: string[] = []
  holders.forEach((h, i) => {
    h.actions.forEach((a, j) => {
      if (a.kind !== 'call' || a.number !== '12333') return
      const at = `${where}[${i}].actions[${j}]`
      if (!allowed(h)) out.push(`${at}: 12333 是人社热线，只能出现在全国的 ${REN_SHE_CHANNEL} 渠道里`)
      else if (a.label !== REN_SHE_LABEL) out.push(`${at}: 12333 的按钮只能写“${REN_SHE_LABEL}”`)
    })
  })
  return out
}

/** Why a national file falls short of the safety layer (empty when it does not). */
export function nationalSafetyProblems(national: NationalPolicy): string[] {
  const out: string[] = []
  const myths = new Set(national.myths.map((m) => m.id))
  for (const id of SAFETY_LAYER.myths) if (!myths.has(id)) out.push(`myths: 缺少误区 ${id}（安全内容，配置不能删）`)
  for (const item of SAFETY_LAYER.notAllowed) {
    if (!national.family.notAllowed.includes(item)) out.push(`family.notAllowed: 缺少“${item}”（安全内容，配置不能删）`)
  }
  const channels = national.balance.channels
  for (const [id, number] of Object.entries(SAFETY_LAYER.channels)) {
    const c = channels.find((x) => x.id === id)
    if (!c?.actions.some((a) => a.kind === 'call' && a.number === number))
      out.push(`balance.channels: 缺少拨打 ${number} 的 ${id} 渠道（配置不能删）`)
  }
  for (const id of SAFETY_LAYER.namedChannels) {
    if (!channels.some((c) => c.id === id)) out.push(`balance.channels: 缺少 ${id} 渠道（配置不能删）`)
  }
  channels.forEach((c, i) => {
    if (c.id === LOCAL_HOTLINE_ID) out.push(`balance.channels[${i}]: ${LOCAL_HOTLINE_ID} 由程序按地区生成，配置里不能写`)
  })
  const situations = new Set(national.withdraw.situations.map((s) => s.id))
  for (const id of SAFETY_LAYER.situations) if (!situations.has(id)) out.push(`withdraw.situations: 缺少提取情形 ${id}（配置不能删）`)
  out.push(...calls12333(channels, 'balance.channels', (h) => h.id === REN_SHE_CHANNEL))
  out.push(...calls12333(national.family.paths, 'family.paths', () => false))
  return out
}

/** Why a region file reaches into the safety layer (empty when it does not). */
export function regionSafetyProblems(region: RegionPolicy): string[] {
  const out: string[] = []
  const channels = region.balance?.channels
  for (const id of channels?.remove ?? []) {
    if (RESERVED_CHANNELS.includes(id)) out.push(`balance.channels.remove: 不能删掉 ${id}`)
  }
  const upserts = channels?.upsert ?? []
  upserts.forEach((c, i) => {
    if (RESERVED_CHANNELS.includes(c.id)) out.push(`balance.channels.upsert[${i}]: ${c.id} 由全国文件或程序提供，地区文件不能写`)
  })
  for (const id of region.withdraw?.situations?.remove ?? []) {
    if ((SAFETY_LAYER.situations as readonly string[]).includes(id)) {
      out.push(`withdraw.situations.remove: 不能删掉提取情形 ${id}（可以用 upsert 换成本地的写法）`)
    }
  }
  out.push(...calls12333(upserts, 'balance.channels.upsert', () => false))
  out.push(...calls12333(region.family?.paths?.upsert ?? [], 'family.paths.upsert', () => false))
  return out
}

/** Deep equality for plain JSON data (policy items): same shape, same values, keys in any order. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** `list` with the floor's `ids` items over it; `list` itself when it already carries them word for word. */
function byIdOver<T extends { id: string }>(list: readonly T[], floor: readonly T[], ids: readonly string[]): readonly T[] {
  const fixed = new Map(floor.filter((x) => ids.includes(x.id)).map((x) => [x.id, x]))
  let changed = false
  const out = list.map((x) => {
    const f = fixed.get(x.id)
    if (!f || sameData(f, x)) return x
    changed = true
    return f
  })
  for (const [id, x] of fixed) {
    if (!list.some((y) => y.id === id)) {
      out.push(x)
      changed = true
    }
  }
  return changed ? out : list
}

/**
 * A downloaded or cached bundle with the embedded wording of the safety layer put back: the floor
 * myths, notAllowed items and fixed channels as the app shipped them, the floor situations when
 * missing, and the sources they cite. The bundle itself when it already says all of it as shipped
 * (the usual case), so the caller can keep the text it has instead of writing the bundle out again.
 */
export function withSafetyLayer(bundle: PolicyBundle, embedded: PolicyBundle): PolicyBundle {
  if (bundle === embedded) return bundle
  const floor = embedded.national
  const n = bundle.national
  const myths = byIdOver(n.myths, floor.myths, SAFETY_LAYER.myths)
  const channels = byIdOver(n.balance.channels, floor.balance.channels, [...Object.keys(SAFETY_LAYER.channels), ...SAFETY_LAYER.namedChannels])
  const situations = byIdOver(
    n.withdraw.situations,
    floor.withdraw.situations.filter((s) => !n.withdraw.situations.some((x) => x.id === s.id)),
    SAFETY_LAYER.situations
  )
  const missingNotAllowed = floor.family.notAllowed.filter((x) => !n.family.notAllowed.includes(x))
  // the floor items cite the embedded sources: bring along any the bundle lacks
  const cited = new Set([...myths, ...channels, ...situations].flatMap((x) => x.sources.map(citedId)))
  const have = new Set(n.sources.map((s) => s.id))
  const missingSources = floor.sources.filter((s) => cited.has(s.id) && !have.has(s.id))
  if (
    myths === n.myths &&
    channels === n.balance.channels &&
    situations === n.withdraw.situations &&
    missingNotAllowed.length === 0 &&
    missingSources.length === 0
  ) {
    return bundle
  }
  return {
    ...bundle,
    national: {
      ...n,
      sources: [...n.sources, ...missingSources],
      myths: [...myths],
      balance: { ...n.balance, channels: [...channels] },
      family: { ...n.family, notAllowed: [...n.family.notAllowed, ...missingNotAllowed] },
      withdraw: { ...n.withdraw, situations: [...situations] }
    }
  }
}
