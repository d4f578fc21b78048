/**
 * The one schema for region policies. The build script (scripts/build-policies.ts)
 * and the app (config loader) both validate with it, so a file that builds is a
 * file the phone accepts. valibot validates without eval/new Function, which
 * WeChat forbids.
 */
import * as v from 'valibot'

export const SCHEMA_VERSION = 3

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
export const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, '地区代码应为 6 位数字 (GB/T 2260)'))

// A source's address is shown and opened as evidence, so it must be https (SPEC-policy-v2).
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s/?#]+[^\s]*$/, '来源网址应为 https'), v.maxLength(500))

export const SOURCE_STRENGTHS = ['strong', 'medium', 'weak'] as const

export const SourceSchema = v.object({
  id,
  /** who said it, what, when */
  title: shortText,
  url: v.optional(httpsUrl),
  /**
   * strong: official or state media; medium: local rule as reported; weak: SEO pages only. A claim,
   * capped by the address (sourceTrust.ts): only gov.cn and listed state media can be strong.
   */
  strength: v.picklist(SOURCE_STRENGTHS),
  /** when this source was checked; defaults to the file's checkedOn */
  checkedOn: v.optional(isoDate),
  /** short caveat shown in the source line, e.g. 未经官方核实 */
  note: v.optional(shortText)
})

/** The ids of the sources (in the same file) a fact rests on. */
const cites = v.pipe(v.array(id), v.minLength(1, '至少引用一条来源'))

/** Items of one list must not share an id: merging by id would silently drop one, and ticking one material would tick both. */
const idList = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(
    v.array(item),
    v.check(
      (items) => duplicateId(items) === null,
      (issue) => `id 重复: ${String(duplicateId(issue.input as ReadonlyArray<{ id: string }>))}`
    )
  )

export const TOPICS = ['balance', 'family', 'withdraw'] as const
export type Topic = (typeof TOPICS)[number]

export const NoteSchema = v.object({
  id,
  text,
  topics: v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1)),
  sources: cites
})

export const WALLET_STATUSES = ['live', 'testing', 'not-yet'] as const
export const WalletSchema = v.object({
  status: v.picklist(WALLET_STATUSES),
  asOf: isoDate,
  sources: cites
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

/** Things the app does for the user; every one is checked against the allowlist. */
export const ActionSchema = v.variant('kind', [
  v.object({ kind: v.literal('call'), label: shortText, number: v.pipe(v.string(), v.regex(/^(0\d{2,3}-)?\d{3,8}$/, '电话格式应为 12393 或 0592-12393')) }),
  /** copies an official name from the app's registry (src/domain/policy/names.ts), by its id; the label is made from it */
  v.object({ kind: v.literal('copy'), name: id }),
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
  actions: v.array(ActionSchema),
  sources: cites
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
  actions: v.array(ActionSchema),
  sources: cites
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
  materials: v.pipe(idList(MaterialSchema), v.minLength(1)),
  where: text,
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  time: v.optional(text),
  sources: cites
})

export const MythSchema = v.object({
  id,
  claim: shortText,
  truth: text,
  kind: v.picklist(['illegal', 'scam', 'false']),
  sources: cites
})

export const NationalPolicySchema = v.object({
  checkedOn: isoDate,
  sources: v.pipe(idList(SourceSchema), v.minLength(1)),
  notes: v.optional(idList(NoteSchema)),
  balance: v.object({
    channels: v.pipe(idList(BalanceChannelSchema), v.minLength(1)),
    accounts: v.object({ personal: AccountInfoSchema, pooled: AccountInfoSchema }),
    accountsSources: cites
  }),
  family: v.object({
    sources: cites,
    eligibleInsurance: text,
    relatives: v.pipe(v.array(v.picklist(RELATIVES)), v.minLength(1)),
    relativesNote: v.optional(text),
    scope: v.picklist(['same-region', 'same-province', 'cross-province']),
    scopeNote: text,
    uses: v.pipe(v.array(text), v.minLength(1)),
    notAllowed: v.array(text),
    rules: v.pipe(v.array(text), v.minLength(1)),
    /** the country-wide 医保钱包 default; a province's own status wins; absent: unknown */
    wallet: v.optional(WalletSchema),
    paths: v.pipe(idList(BindingPathSchema), v.minLength(1))
  }),
  withdraw: v.object({
    sources: cites,
    situations: v.pipe(idList(SituationSchema), v.minLength(1)),
    alternatives: v.pipe(v.array(text), v.minLength(1))
  }),
  myths: idList(MythSchema)
})

const PLAIN_FAMILY_FIELDS = ['relatives', 'relativesNote', 'scope', 'scopeNote', 'uses', 'extraUses', 'extraRules'] as const

/**
 * A region override: every field optional. Lists of things with an `id` merge
 * by id (same id replaces, new id appends); `remove` drops inherited ids.
 */
const partialById = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.optional(
    v.object({
      upsert: v.optional(idList(item)),
      remove: v.optional(v.array(id))
    })
  )

export const RegionPolicySchema = v.object({
  region: regionCode,
  checkedOn: isoDate,
  sources: v.pipe(idList(SourceSchema), v.minLength(1)),
  /** local tips, each for one or more guides; the first for a topic shows above the main action */
  notes: v.optional(idList(NoteSchema)),
  balance: v.optional(v.object({ channels: partialById(BalanceChannelSchema) })),
  family: v.optional(
    v.pipe(
      v.object({
        /** what the plain fields below rest on; required when any is set (checked below) */
        sources: v.optional(cites),
        relatives: v.optional(v.pipe(v.array(v.picklist(RELATIVES)), v.minLength(1))),
        relativesNote: v.optional(text),
        scope: v.optional(v.picklist(['same-region', 'same-province', 'cross-province'])),
        scopeNote: v.optional(text),
        uses: v.optional(v.pipe(v.array(text), v.minLength(1))),
        extraUses: v.optional(v.array(text)),
        /** local rules appended to the national ones */
        extraRules: v.optional(v.array(text)),
        /** whether the cross-province 医保钱包 works in this province */
        wallet: v.optional(WalletSchema),
        paths: partialById(BindingPathSchema)
      }),
      v.check(
        (f) => f.sources !== undefined || PLAIN_FAMILY_FIELDS.every((k) => f[k] === undefined),
        'family 写了 relatives/scope/uses 等内容时要写 family.sources'
      )
    )
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
export type NoteEntry = v.InferOutput<typeof NoteSchema>
export type Wallet = v.InferOutput<typeof WalletSchema>
export type WalletStatus = (typeof WALLET_STATUSES)[number]
export type Action = v.InferOutput<typeof ActionSchema>
export type Step = v.InferOutput<typeof StepSchema>
/**
 * A fact as written in a file cites source ids (`…Entry`); the content itself (what pages and
 * domain helpers read) is the same without them, so helpers accept resolved facts too.
 */
export type BalanceChannelEntry = v.InferOutput<typeof BalanceChannelSchema>
export type BalanceChannel = Omit<BalanceChannelEntry, 'sources'>
export type AccountInfo = v.InferOutput<typeof AccountInfoSchema>
export type Relative = (typeof RELATIVES)[number]
export type BindingPathEntry = v.InferOutput<typeof BindingPathSchema>
export type BindingPath = Omit<BindingPathEntry, 'sources'>
export type Material = v.InferOutput<typeof MaterialSchema>
export type SituationEntry = v.InferOutput<typeof SituationSchema>
export type Situation = Omit<SituationEntry, 'sources'>
export type MythEntry = v.InferOutput<typeof MythSchema>
export type Myth = Omit<MythEntry, 'sources'>
export type NationalPolicy = v.InferOutput<typeof NationalPolicySchema>
export type RegionPolicy = v.InferOutput<typeof RegionPolicySchema>
export type PolicyBundleEnvelope = v.InferOutput<typeof PolicyBundleSchema>
