/**
 * The one schema for region policies. The build script (scripts/build-policies.ts)
 * and the app (config loader) both validate with it, so a file that builds is a
 * file the phone accepts. valibot validates without eval/new Function, which
 * WeChat forbids.
 */
import * as v from 'valibot'

export const SCHEMA_VERSION = 1

const text = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000))
const shortText = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, '应为小写字母、数字和连字符'))
/** A day that exists: Date.parse rolls 2025-02-30 over to March 2 in V8 (and engines differ), so count by hand. */
function isCalendarDay(s: string): boolean {
  const [y = NaN, m = NaN, d = NaN] = s.split('-').map(Number)
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}
const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD'),
  v.check(isCalendarDay, '不是有效日期')
)
// Not v.url(): it relies on the URL class, which WeChat's JS engine does not always have.
const webUrl = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, '不是有效网址'), v.maxLength(500))
/** A citation, not a way out: https only (the page shows its title and host). */
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s/?#]+[^\s]*$/, '来源网址应为 https'), v.maxLength(500))
export const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, '地区代码应为 6 位数字 (GB/T 2260)'))

export const SourceSchema = v.object({
  title: shortText,
  url: v.optional(httpsUrl),
  /** strong: official or mainstream press; medium: local rule as reported; weak: SEO pages only */
  strength: v.picklist(['strong', 'medium', 'weak'])
})

/** The first id that appears twice in a list, or null: ticking one material must not tick another. */
export function duplicateId(items: ReadonlyArray<{ id: string }>): string | null {
  const seen = new Set<string>()
  for (const { id } of items) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return null
}
/** The list schema, refusing a list where an id appears twice. */
function uniqueIds<T extends v.GenericSchema<unknown, Array<{ id: string }>>>(list: T) {
  return v.pipe(
    list,
    v.check<v.InferOutput<T>, (issue: v.CheckIssue<v.InferOutput<T>>) => string>(
      (items) => duplicateId(items) === null,
      (issue) => `id 重复: ${String(duplicateId(issue.input))}`
    )
  )
}

/** Things the app does for the user; every one is checked against the allowlist. */
export const ActionSchema = v.variant('kind', [
  v.object({ kind: v.literal('call'), label: shortText, number: v.pipe(v.string(), v.regex(/^(0\d{2,3}-)?\d{3,8}$/, '电话格式应为 12393 或 0592-12393')) }),
  v.object({ kind: v.literal('copy'), label: shortText, text: shortText }),
  v.object({ kind: v.literal('link'), label: shortText, url: webUrl }),
  v.object({
    kind: v.literal('miniProgram'),
    label: shortText,
    appId: v.pipe(v.string(), v.regex(/^wx[0-9a-f]{16}$/, 'appId 格式不对')),
    path: v.optional(shortText)
  })
])

export const StepSchema = v.object({
  title: shortText,
  detail: text,
  tip: v.optional(text)
})

export const BalanceChannelSchema = v.object({
  id,
  name: shortText,
  kind: v.picklist(['online', 'phone', 'offline']),
  steps: v.pipe(v.array(text), v.minLength(1)),
  needs: v.array(shortText),
  /** who it suits, e.g. 不用上网, 适合老人 */
  suits: v.array(shortText),
  limits: v.array(text),
  actions: v.array(ActionSchema)
})

export const AccountInfoSchema = v.object({
  name: shortText,
  paysFor: text,
  fundedBy: text,
  withdrawable: text,
  canWithdraw: v.boolean(),
  howToQuery: text
})

export const RELATIVES = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'maternal-grandparent',
  'grandchild',
  'maternal-grandchild'
] as const

export const BindingPathSchema = v.object({
  id,
  name: shortText,
  kind: v.picklist(['national-app', 'local-platform', 'wechat', 'counter']),
  summary: text,
  prepare: v.array(shortText),
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(20)),
  afterwards: v.array(text),
  unbind: text,
  actions: v.array(ActionSchema)
})

export const MaterialSchema = v.object({
  id,
  name: shortText,
  form: v.picklist(['原件', '复印件', '原件和复印件', '电子版']),
  note: v.optional(text)
})

export const SituationSchema = v.object({
  id,
  name: shortText,
  description: text,
  whoMayApply: v.pipe(v.array(text), v.minLength(1)),
  materials: uniqueIds(v.pipe(v.array(MaterialSchema), v.minLength(1))),
  where: text,
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  time: v.optional(text)
})

export const MythSchema = v.object({
  id,
  claim: shortText,
  truth: text,
  kind: v.picklist(['illegal', 'scam', 'false'])
})

export const NationalPolicySchema = v.object({
  checkedOn: isoDate,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  balance: v.object({
    channels: uniqueIds(v.pipe(v.array(BalanceChannelSchema), v.minLength(1))),
    accounts: v.object({ personal: AccountInfoSchema, pooled: AccountInfoSchema })
  }),
  family: v.object({
    eligibleInsurance: text,
    relatives: v.pipe(v.array(v.picklist(RELATIVES)), v.minLength(1)),
    relativesNote: v.optional(text),
    scope: v.picklist(['same-region', 'same-province', 'cross-province']),
    scopeNote: text,
    uses: v.pipe(v.array(text), v.minLength(1)),
    notAllowed: v.array(text),
    rules: v.pipe(v.array(text), v.minLength(1)),
    paths: uniqueIds(v.pipe(v.array(BindingPathSchema), v.minLength(1)))
  }),
  withdraw: v.object({
    situations: uniqueIds(v.pipe(v.array(SituationSchema), v.minLength(1))),
    alternatives: v.pipe(v.array(text), v.minLength(1))
  }),
  myths: uniqueIds(v.array(MythSchema))
})

/**
 * A region override: every field optional. Lists of things with an `id` merge
 * by id (same id replaces, new id appends); `remove` drops inherited ids.
 */
const partialById = <T extends v.ObjectSchema<v.ObjectEntries, undefined>>(item: T) =>
  v.optional(
    v.object({
      // TS cannot see that a generic item schema's output has the `id` every caller gives it
      upsert: v.optional(uniqueIds(v.array(item) as unknown as v.GenericSchema<unknown, Array<v.InferOutput<T> & { id: string }>>)),
      remove: v.optional(v.array(id))
    })
  )

export const RegionPolicySchema = v.object({
  region: regionCode,
  checkedOn: isoDate,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  /** one-line local summary shown at the top of every guide */
  highlights: v.optional(v.array(text)),
  balance: v.optional(v.object({ channels: partialById(BalanceChannelSchema) })),
  family: v.optional(
    v.object({
      relatives: v.optional(v.pipe(v.array(v.picklist(RELATIVES)), v.minLength(1))),
      relativesNote: v.optional(text),
      scope: v.optional(v.picklist(['same-region', 'same-province', 'cross-province'])),
      scopeNote: v.optional(text),
      uses: v.optional(v.pipe(v.array(text), v.minLength(1))),
      extraUses: v.optional(v.array(text)),
      paths: partialById(BindingPathSchema)
    })
  ),
  withdraw: v.optional(v.object({ situations: partialById(SituationSchema) }))
})

export const PolicyBundleSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** monotonic: the app never swaps in a lower version than it holds */
  version: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  publishedAt: isoDate,
  national: NationalPolicySchema,
  /** validated region by region so one bad region cannot sink the rest (a malformed key included: checkRegion drops it) */
  regions: v.record(v.string(), v.unknown())
})

export type Source = v.InferOutput<typeof SourceSchema>
export type Action = v.InferOutput<typeof ActionSchema>
export type Step = v.InferOutput<typeof StepSchema>
export type BalanceChannel = v.InferOutput<typeof BalanceChannelSchema>
export type AccountInfo = v.InferOutput<typeof AccountInfoSchema>
export type Relative = (typeof RELATIVES)[number]
export type BindingPath = v.InferOutput<typeof BindingPathSchema>
export type Material = v.InferOutput<typeof MaterialSchema>
export type Situation = v.InferOutput<typeof SituationSchema>
export type Myth = v.InferOutput<typeof MythSchema>
export type NationalPolicy = v.InferOutput<typeof NationalPolicySchema>
export type RegionPolicy = v.InferOutput<typeof RegionPolicySchema>
export type PolicyBundleEnvelope = v.InferOutput<typeof PolicyBundleSchema>
