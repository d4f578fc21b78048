/**
 * A reviewer's diff of two policy bundles: per region, what changes for a user
 * (numbers, links, app names, steps, materials, rules, notes, sources, dates).
 *
 * The extractor walks plain JSON and recognises shapes, not schema types, so it
 * reads v1 bundles (highlights, sources without ids) and v2 bundles (notes,
 * sources with ids, extraRules, wallet) alike. Any text it does not recognise is
 * still reported, as "其他文字", so no change is silently missed.
 */

import { officialName } from '../../src/domain/policy/names'

export type Category = 'number' | 'link' | 'app' | 'item' | 'step' | 'material' | 'rule' | 'note' | 'source' | 'date' | 'text'

export const CATEGORIES: ReadonlyArray<{ category: Category; label: string }> = [
  { category: 'number', label: '电话' },
  { category: 'link', label: '链接' },
  { category: 'app', label: '应用/公众号' },
  { category: 'item', label: '条目' },
  { category: 'step', label: '步骤' },
  { category: 'material', label: '材料' },
  { category: 'rule', label: '规则' },
  { category: 'note', label: '要点' },
  { category: 'source', label: '来源' },
  { category: 'date', label: '核对日期' },
  { category: 'text', label: '其他文字' }
]

/** One thing a user sees. `key` decides identity: the same key in both bundles means unchanged. */
export interface Fact {
  category: Category
  key: string
  /** what changed, as the user reads it */
  text: string
  /** where it sits (channel, path, situation...), for the reviewer */
  where: string
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

const STRENGTH: Record<string, string> = { strong: '可靠', medium: '一般', weak: '较弱' }
const RELATIVE: Record<string, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母',
  'maternal-grandparent': '外祖父母',
  grandchild: '孙子女',
  'maternal-grandchild': '外孙子女'
}
const SCOPE: Record<string, string> = { 'same-region': '同一统筹区', 'same-province': '省内', 'cross-province': '跨省' }
const WALLET: Record<string, string> = { live: '已开通', testing: '试点中', 'not-yet': '还没开通' }

/** Lists of plain strings that are rules for the user, with the label a reviewer reads. */
const RULE_FIELDS = new Map<string, string>([
  ['rules', '规则'],
  ['extraRules', '本地规则'],
  ['notAllowed', '不能用于'],
  ['uses', '能用于'],
  ['extraUses', '本地还能用于'],
  ['alternatives', '其他办法'],
  ['whoMayApply', '谁能申请'],
  ['relatives', '可共济的家人'],
  ['scope', '共济范围'],
  ['eligibleInsurance', '参保要求']
])
/** Lists of things with an id whose arrival or removal a user notices as a whole. */
const ITEM_LISTS = new Map<string, string>([
  ['channels', '查余额渠道'],
  // family.paths (ways to bind) and yidi.paths (ways to file a 备案)
  ['paths', '办理办法'],
  ['kinds', '备案类型'],
  ['situations', '提取情形'],
  ['myths', '误区']
])
const lastField = (owner: Owner): string => owner.key.split('/').pop() ?? ''
/** Names a reviewer reads for the remaining text fields ("其他文字"); unknown fields show their key. */
const FIELD_LABELS = new Map<string, string>([
  ['name', '名称'],
  ['summary', '简介'],
  ['description', '说明'],
  ['needs', '需要'],
  ['suits', '适合'],
  ['limits', '限制'],
  ['prepare', '准备'],
  ['afterwards', '办完以后'],
  ['unbind', '怎么解除'],
  ['where', '在哪里办'],
  ['time', '办理时间'],
  ['fact', '事实'],
  ['instead', '合法的办法'],
  ['law', '法律和处罚'],
  ['onlyWhen', '只在代办时要'],
  ['relativesNote', '家人说明'],
  ['scopeNote', '范围说明'],
  ['paysFor', '能付什么'],
  ['fundedBy', '钱从哪来'],
  ['withdrawable', '能否提取'],
  ['howToQuery', '怎么查'],
  ['canWithdraw', '能否提取']
])
/** Who does a binding step, as the diff shows it. */
const WHO = new Map([
  ['giver', '您来做'],
  ['relative', '家人来做'],
  ['both', '一起做']
])
/** Fields that never reach the user's eyes on their own. */
const SKIP = new Set(['id', 'kind', 'region', 'topics', 'strength', 'schemaVersion', 'version', 'publishedAt'])

interface Owner {
  key: string
  name: string
}

function ownerOf(obj: JsonObject, parent: Owner, field: string): Owner {
  const id = str(obj.id)
  const name = str(obj.name) ?? str(obj.title) ?? str(obj.claim) ?? id
  if (id) return { key: `${parent.key}/${field}:${id}`, name: name ?? id }
  const part = field === 'wallet' ? '医保钱包' : undefined
  return { key: `${parent.key}/${field}`, name: name ?? (part ? `${parent.name} · ${part}`.replace(/^ · /, '') : parent.name) }
}

function label(value: string, field: string): string {
  if (field === 'relatives') return RELATIVE[value] ?? value
  if (field === 'scope') return SCOPE[value] ?? value
  return value
}

class Collector {
  readonly facts = new Map<string, Fact>()

  add(category: Category, key: string, text: string, where: string): void {
    const id = `${category}\u0000${key}`
    if (!this.facts.has(id)) this.facts.set(id, { category, key, text, where })
  }

  /**
   * An app action. Identity is the value within its channel/path: a button that now
   * dials another number is a number change even if both numbers appear elsewhere;
   * a label-only change is reported as text.
   */
  action(obj: JsonObject, owner: Owner): boolean {
    const kind = str(obj.kind)
    const lbl = str(obj.label)
    const where = owner.name
    const add = (category: Category, value: string, text = value) => this.add(category, `${owner.key}\u0000${value}`, text, where)
    const number = str(obj.number)
    const url = str(obj.url)
    const appId = str(obj.appId)
    // a copy names a registry entry (schema 3); older files carried the text itself
    const name = str(obj.name)
    const copied = name ? (officialName(name)?.name ?? name) : str(obj.text)
    if (kind === 'call' && number) add('number', number)
    else if (kind === 'link' && url) add('link', url)
    else if (kind === 'copy' && copied) add('app', copied, `搜索“${copied}”`)
    else if (kind === 'miniProgram' && appId) add('app', `小程序 ${appId}${str(obj.path) ? ` ${str(obj.path) ?? ''}` : ''}`)
    else return false
    if (lbl) this.add('text', `${owner.key}\u0000label\u0000${lbl}`, lbl, `${where} · 按钮`)
    return true
  }

  source(obj: JsonObject, owner: Owner): void {
    const title = str(obj.title) ?? str(obj.id) ?? '?'
    const strength = str(obj.strength)
    const note = str(obj.note)
    const text = `${title}${strength ? `（${STRENGTH[strength] ?? strength}）` : ''}${note ? `：${note}` : ''}`
    this.add('source', text, text, owner.name)
    const url = str(obj.url)
    if (url) this.add('link', `source\u0000${title}\u0000${url}`, url, `来源：${title}`)
    const checked = str(obj.checkedOn)
    if (checked) this.add('date', `source\u0000${title}\u0000${checked}`, checked, `来源：${title}`)
  }

  step(value: Json, owner: Owner): void {
    let text: string | undefined
    if (typeof value === 'string') text = value
    else if (isObject(value)) {
      const title = str(value.title)
      const detail = str(value.detail)
      const tip = str(value.tip)
      text = [title, detail].filter(Boolean).join('：') + (tip ? `（提示：${tip}）` : '')
      // who does a binding step, and the words the relative reads when it is sent to her
      const who = WHO.get(str(value.who) ?? '')
      if (who) text = `【${who}】${text}`
      const told = isObject(value.forRelative) ? value.forRelative : undefined
      if (told) {
        const tip2 = str(told.tip)
        text += ` 写给家人：${[str(told.title), str(told.detail)].filter(Boolean).join('：')}${tip2 ? `（提示：${tip2}）` : ''}`
      }
    }
    if (text) this.add('step', `${owner.key}\u0000${text}`, text, owner.name)
  }

  material(value: Json, owner: Owner): void {
    if (!isObject(value)) return
    const name = str(value.name) ?? str(value.id) ?? '?'
    const form = str(value.form)
    const note = str(value.note)
    const text = `${name}${form ? `（${form}）` : ''}${note ? `：${note}` : ''}`
    this.add('material', `${owner.key}\u0000${text}`, text, owner.name)
  }

  walk(value: Json, field: string, owner: Owner): void {
    if (Array.isArray(value)) {
      for (const item of value) this.walkItem(item, field, owner)
      return
    }
    this.walkItem(value, field, owner)
  }

  private walkItem(value: Json, field: string, owner: Owner): void {
    if (field === 'steps') return this.step(value, owner)
    if (field === 'materials') return this.material(value, owner)
    if (field === 'sources') {
      // v2 facts cite sources by id: a citation list is not something the user reads as such
      if (isObject(value)) this.source(value, owner)
      return
    }
    if (field === 'highlights' && typeof value === 'string') return this.add('note', value, value, owner.name)
    if (field === 'notes' && isObject(value)) {
      const text = str(value.text)
      if (text) this.add('note', text, text, owner.name)
      return
    }
    if (field === 'remove' && typeof value === 'string') {
      const list = ITEM_LISTS.get(lastField(owner)) ?? owner.name
      return this.add('item', `${owner.key}\u0000remove\u0000${value}`, `去掉上级的 ${value}`, list)
    }
    const rule = RULE_FIELDS.get(field)
    if (rule && typeof value === 'string') {
      return this.add('rule', `${owner.key}\u0000${field}\u0000${value}`, label(value, field), `${owner.name} · ${rule}`)
    }
    if (isObject(value)) return this.object(value, field, owner)
    if (value === null || SKIP.has(field)) return
    const text = String(value)
    if (field === 'checkedOn' || field === 'asOf') return this.add('date', `${owner.key}\u0000${field}\u0000${text}`, text, owner.name)
    if (field === 'url') return this.add('link', `${owner.key}\u0000${text}`, text, owner.name)
    if (field === 'number') return this.add('number', `${owner.key}\u0000${text}`, text, owner.name)
    this.add('text', `${owner.key}\u0000${field}\u0000${text}`, text, `${owner.name} · ${FIELD_LABELS.get(field) ?? field}`)
  }

  private object(obj: JsonObject, field: string, parent: Owner): void {
    if (typeof obj.kind === 'string' && this.action(obj, parent)) return
    const owner = ownerOf(obj, parent, field)
    const listLabel = ITEM_LISTS.get(field === 'upsert' ? lastField(parent) : field)
    // A channel, path, situation or myth arriving or leaving (or renamed) is reported once, by name.
    const isItem = Boolean(str(obj.id) && listLabel)
    if (isItem) this.add('item', `${owner.key}\u0000${owner.name}`, owner.name, listLabel ?? '')
    if (field === 'wallet' && str(obj.status)) {
      const status = str(obj.status) ?? ''
      this.add('rule', `${owner.key}\u0000wallet\u0000${status}`, `医保钱包：${WALLET[status] ?? status}`, owner.name)
    }
    for (const [key, value] of Object.entries(obj)) {
      if ((field === 'wallet' && key === 'status') || (isItem && (key === 'name' || key === 'claim'))) continue
      this.walk(value, key, owner)
    }
  }
}

/** Everything a user of one scope (national, or one region's override file) sees, as facts. */
export function extractFacts(scope: unknown, scopeName = ''): Fact[] {
  if (!isObject(scope)) return []
  const c = new Collector()
  const root: Owner = { key: '', name: scopeName }
  for (const [key, value] of Object.entries(scope)) c.walk(value, key, root)
  return [...c.facts.values()]
}

export interface CategoryChange {
  category: Category
  label: string
  added: Fact[]
  removed: Fact[]
}

export interface ScopeDiff {
  /** 'national' or a region code */
  scope: string
  name: string
  status: 'added' | 'removed' | 'changed'
  changes: CategoryChange[]
}

export interface BundleHead {
  version: number | null
  publishedAt: string | null
  schemaVersion: number | null
}

export interface BundleDiff {
  from: BundleHead | null
  to: BundleHead
  scopes: ScopeDiff[]
  /** a phone number or link changed somewhere: publishing asks for --yes */
  needsConfirmation: boolean
}

function headOf(bundle: JsonObject): BundleHead {
  return {
    version: typeof bundle.version === 'number' ? bundle.version : null,
    publishedAt: str(bundle.publishedAt) ?? null,
    schemaVersion: typeof bundle.schemaVersion === 'number' ? bundle.schemaVersion : null
  }
}

function diffFacts(before: Fact[], after: Fact[]): CategoryChange[] {
  const id = (f: Fact) => `${f.category}\u0000${f.key}`
  const had = new Set(before.map(id))
  const has = new Set(after.map(id))
  return CATEGORIES.map(({ category, label }) => ({
    category,
    label,
    added: after.filter((f) => f.category === category && !had.has(id(f))),
    removed: before.filter((f) => f.category === category && !has.has(id(f)))
  })).filter((c) => c.added.length > 0 || c.removed.length > 0)
}

export const NATIONAL = 'national'

/**
 * Compares two bundles (plain JSON, any schema version). `before` is null for a
 * first publish. National content is one scope ("全国"); each region file is its own.
 */
export function diffBundles(before: unknown, after: unknown, regionName: (code: string) => string = (c) => c): BundleDiff {
  const a = isObject(before) ? before : null
  const b = isObject(after) ? after : {}
  const regionsOf = (x: JsonObject | null): JsonObject => (x && isObject(x.regions) ? x.regions : {})
  const ra = regionsOf(a)
  const rb = regionsOf(b)
  const codes = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()
  const scopes: ScopeDiff[] = []
  const compare = (scope: string, name: string, x: Json | undefined, y: Json | undefined) => {
    const changes = diffFacts(extractFacts(x, name), extractFacts(y, name))
    if (changes.length === 0) return
    const status = x === undefined ? 'added' : y === undefined ? 'removed' : 'changed'
    scopes.push({ scope, name, status, changes })
  }
  compare(NATIONAL, '全国', a ? a.national : undefined, b.national)
  for (const code of codes) compare(code, regionName(code), ra[code], rb[code])
  const needsConfirmation = scopes.some((s) => s.changes.some((c) => c.category === 'number' || c.category === 'link'))
  return { from: a ? headOf(a) : null, to: headOf(b), scopes, needsConfirmation }
}

const headLine = (h: BundleHead | null) => (h ? `v${h.version ?? '?'}（${h.publishedAt ?? '?'}）` : '（线上还没有）')

/** The terminal summary: one block per region, + for added and − for removed. */
export function formatDiffText(diff: BundleDiff): string {
  const lines = [`政策变化：${headLine(diff.from)} → ${headLine(diff.to)}`]
  if (diff.from?.schemaVersion != null && diff.from.schemaVersion !== diff.to.schemaVersion) {
    lines.push(`格式版本：${diff.from.schemaVersion} → ${diff.to.schemaVersion ?? '?'}`)
  }
  if (diff.scopes.length === 0) lines.push('内容没有变化。')
  for (const s of diff.scopes) {
    const status = s.status === 'added' ? '（新增地区）' : s.status === 'removed' ? '（删除地区）' : ''
    lines.push('', `${s.scope === NATIONAL ? '全国' : `${s.scope} ${s.name}`}${status}`)
    for (const c of s.changes) {
      lines.push(`  ${c.label}`)
      for (const f of c.removed) lines.push(`    − ${f.text}${f.where ? `  〔${f.where}〕` : ''}`)
      for (const f of c.added) lines.push(`    + ${f.text}${f.where ? `  〔${f.where}〕` : ''}`)
    }
  }
  lines.push('', summaryLine(diff))
  return lines.join('\n')
}

export function summaryLine(diff: BundleDiff): string {
  const count = diff.scopes.length
  const risky = diff.scopes.filter((s) => s.changes.some((c) => c.category === 'number' || c.category === 'link'))
  if (count === 0) return '共 0 处变化。'
  return risky.length > 0
    ? `${count} 个范围有变化，其中 ${risky.length} 个改了电话或链接（${risky.map((s) => (s.scope === NATIONAL ? '全国' : s.name)).join('、')}）。`
    : `${count} 个范围有变化，电话和链接都没变。`
}
