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
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const digitAt = (s: string, i: number) => s.charCodeAt(i) - 48

/** A day that exists: Date.parse rolls 2025-02-30 over to March 2 in V8 (and engines differ), so count by hand. */
function isCalendarDay(s: string): boolean {
  // YYYY-MM-DD (every date a file has) by its digits: it is read for every source of every region
  if (s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && /^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const m = digitAt(s, 5) * 10 + digitAt(s, 6)
    const d = digitAt(s, 8) * 10 + digitAt(s, 9)
    let y = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3)
    if (y < 100) y += 1900 // as Date.UTC reads a two-digit year, so both ways agree
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
    return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0))
  }
  const [y = NaN, m = NaN, d = NaN] = s.split('-').map(Number)
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD'), v.check(isCalendarDay, '不是有效日期'))
// Not v.url(): it relies on the URL class, which WeChat's JS engine does not always have.
const webUrl = v.pipe(v.string(), v.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, '不是有效网址'), v.maxLength(500))
export const regionCode = v.pipe(v.string(), v.regex(/^\d{6}$/, '地区代码应为 6 位数字 (GB/T 2260)'))

// A source's address is shown and opened as evidence, so it must be https (SPEC-policy-v2).
const httpsUrl = v.pipe(v.string(), v.regex(/^https:\/\/[^\s/?#]+[^\s]*$/, '来源网址应为 https'), v.maxLength(500))

export const SOURCE_STRENGTHS = ['strong', 'medium', 'weak'] as const

/** "2025", "2025-09" or "2025-09-22": a source's own date is often known only to the month or year. */
export function isPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s)
  if (!m) return false
  if (m[3] !== undefined) return isCalendarDay(s)
  return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)
}
const partialDate = v.pipe(v.string(), v.check(isPartialDate, '日期应为 YYYY、YYYY-MM 或 YYYY-MM-DD'))

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
  /** when the source itself was published (YYYY, YYYY-MM or YYYY-MM-DD); an old one is shown with its year */
  publishedOn: v.optional(partialDate),
  /** when this source was checked; defaults to the file's checkedOn */
  checkedOn: v.optional(isoDate),
  /** short caveat shown in the source line, e.g. 未经官方核实 */
  note: v.optional(shortText)
})

/** The source's own words that support a fact, copied from it (not a summary). */
const quote = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(300))

/**
 * One citation: a bare source id (old form, counted as a fact without evidence) or the id with
 * the words in that source that say it. `policies:build` checks the quoted names, menu paths
 * and numbers of the fact against these words.
 */
export const CitationSchema = v.union([id, v.object({ id, quote })])

/** The sources (in the same file) a fact rests on. */
const cites = v.pipe(v.array(CitationSchema), v.minLength(1, '至少引用一条来源'))

/** Items of one list must not share an id: merging by id would silently drop one, and ticking one material would tick both. */
const idList = <T extends v.GenericSchema<unknown, { id: string }>>(item: T) =>
  v.pipe(
    v.array(item),
    v.check(
      (items) => duplicateId(items) === null,
      (issue) => `id 重复: ${String(duplicateId(issue.input as ReadonlyArray<{ id: string }>))}`
    )
  )

export const TOPICS = ['balance', 'family', 'withdraw', 'yidi'] as const
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
  v.object({
    kind: v.literal('call'),
    label: shortText,
    number: v.pipe(v.string(), v.regex(/^(0\d{2,3}-)?\d{3,8}$/, '电话格式应为 12393 或 0592-12393'))
  }),
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

export const RELATIVES = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'maternal-grandparent', 'grandchild', 'maternal-grandchild'] as const

/** Who does a binding step: the giver (the 职工医保 member whose account pays, the app's "您"), the relative, or both. */
export const BINDING_ACTORS = ['giver', 'relative', 'both'] as const
export type BindingActor = (typeof BINDING_ACTORS)[number]

/**
 * A binding step knows who does it. A step the relative takes part in is also told to the relative
 * (`forRelative`, in her words): that is what she reads when a link opens the step on her phone.
 */
export const BindingStepSchema = v.pipe(
  v.object({
    title: shortText,
    who: v.picklist(BINDING_ACTORS, 'who 应为 giver、relative 或 both'),
    detail: text,
    tip: v.optional(text),
    forRelative: v.optional(v.object({ title: shortText, detail: text, tip: v.optional(text) }))
  }),
  v.check((s) => s.who === 'giver' || s.forRelative !== undefined, '家人要做的步骤（who 是 relative 或 both）要写 forRelative：写给家人看的这一步')
)

export const BindingPathSchema = v.object({
  id,
  name: shortText,
  kind: v.picklist(['national-app', 'local-platform', 'wechat', 'counter']),
  summary: text,
  prepare: v.array(shortText),
  steps: v.pipe(v.array(BindingStepSchema), v.minLength(1), v.maxLength(20)),
  afterwards: v.array(text),
  unbind: text,
  actions: v.array(ActionSchema),
  sources: cites
})

/**
 * A material needed only in some cases: 'agent' when someone other than the applicant goes (委托书, 代办说明);
 * 'case' when its note names the case (住院时, 看急诊时): neither is counted until it applies.
 */
export const MATERIAL_CONDITIONS = ['agent', 'case'] as const

export const MaterialSchema = v.object({
  id,
  name: shortText,
  form: v.picklist(['原件', '复印件', '原件和复印件', '电子版']),
  note: v.optional(text),
  /** absent: everyone brings it; 'agent': only when someone else applies; 'case': only in the case its note names */
  onlyWhen: v.optional(v.picklist(MATERIAL_CONDITIONS))
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

/**
 * An error the web spreads, answered kindly: what people read (claim), the fact in one plain sentence,
 * the legal way to get what they wanted, and only then, folded, what the law says and the penalties.
 */
export const MythSchema = v.object({
  id,
  claim: shortText,
  /** one plain sentence: what is true instead */
  fact: shortText,
  /** the legal way to get what the claim promised */
  instead: text,
  /** the law and its penalties; shown folded under the rest */
  law: v.optional(text),
  kind: v.picklist(['illegal', 'scam', 'false']),
  sources: cites
})

/** The two groups of 备案 the 2022 national notice names (跨省长期居住, 跨省临时外出就医). */
export const FILING_GROUPS = ['long-term', 'temporary'] as const

/** One kind of 备案: who it is for and what it means, each part as a source says it. */
export const FilingKindSchema = v.object({
  id,
  group: v.picklist(FILING_GROUPS),
  /** the name on the filing form, e.g. 异地安置退休人员 */
  name: shortText,
  /** who it is for */
  who: text,
  /** how long a filing lasts */
  validity: text,
  /** seeing a doctor back home, changing or cancelling */
  goingBack: text,
  /** how much is paid compared with at home */
  payment: text,
  sources: cites
})

/**
 * A way to file a 备案: the shape of a way to bind (prepare, steps, afterwards) so the same
 * walkthrough shows it; `manage` says how to see, change or cancel the filing.
 */
export const FilingPathSchema = v.object({
  id,
  name: shortText,
  kind: v.picklist(['national-app', 'mini-program', 'local-platform', 'counter']),
  summary: text,
  prepare: v.array(shortText),
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(20)),
  afterwards: v.array(text),
  manage: text,
  actions: v.array(ActionSchema),
  sources: cites
})

/** One plain sentence and what it rests on: a card of several sentences cites each one's own words. */
export const SourcedLineSchema = v.object({ text, sources: cites })
const lines = (max: number) => v.pipe(v.array(SourcedLineSchema), v.minLength(1), v.maxLength(max))

/** 去外地看病 (异地就医备案): the national rules; regions change kinds, ways and claim materials by id. */
export const YidiSchema = v.object({
  /** the one-screen answer to 去外地看病，医保能用吗 */
  answer: v.object({ title: shortText, lines: lines(4) }),
  /** what the guide covers (跨省) and where to ask about the rest */
  scope: lines(4),
  kinds: v.pipe(idList(FilingKindSchema), v.minLength(1)),
  paths: v.pipe(idList(FilingPathSchema), v.minLength(1)),
  /** how long applying takes */
  time: lines(4),
  /** filing late (补办): before leaving hospital, or after paying */
  late: lines(4),
  /** at the hospital, in order */
  onTheDay: lines(8),
  /** when direct settlement did not happen: claiming at home */
  claim: v.object({
    intro: text,
    materials: v.pipe(idList(MaterialSchema), v.minLength(1)),
    steps: v.pipe(v.array(text), v.minLength(1)),
    sources: cites
  }),
  myths: idList(MythSchema)
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
  myths: idList(MythSchema),
  yidi: YidiSchema
})

/**
 * Where the sources for a place disagree (e.g. one says only 配偶、父母、子女 in the same city, another
 * says 近亲属): the answers they disagree on become "ask first", and `text` says so.
 */
export const ContestedSchema = v.object({
  text,
  /** relatives some sources allow and others do not */
  relatives: v.optional(v.array(v.picklist(RELATIVES))),
  /** whether a relative insured in another city of the province can share is disputed */
  otherCity: v.optional(v.boolean()),
  sources: cites
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
        /** what this place's sources disagree on; those answers become "ask first" */
        contested: v.optional(ContestedSchema),
        paths: partialById(BindingPathSchema)
      }),
      v.check(
        (f) => f.sources !== undefined || PLAIN_FAMILY_FIELDS.every((k) => f[k] === undefined),
        'family 写了 relatives/scope/uses 等内容时要写 family.sources'
      )
    )
  ),
  withdraw: v.optional(v.object({ situations: partialById(SituationSchema) })),
  yidi: v.optional(
    v.object({
      kinds: partialById(FilingKindSchema),
      paths: partialById(FilingPathSchema),
      /** the claim materials where this region asks for something else; `sources` says where from */
      claim: v.optional(v.object({ materials: partialById(MaterialSchema), sources: cites }))
    })
  )
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
export type Citation = v.InferOutput<typeof CitationSchema>
export type Contested = v.InferOutput<typeof ContestedSchema>
export type NoteEntry = v.InferOutput<typeof NoteSchema>
export type Wallet = v.InferOutput<typeof WalletSchema>
export type WalletStatus = (typeof WALLET_STATUSES)[number]
export type Action = v.InferOutput<typeof ActionSchema>
export type Step = v.InferOutput<typeof StepSchema>
export type BindingStep = v.InferOutput<typeof BindingStepSchema>
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
export type FilingKindEntry = v.InferOutput<typeof FilingKindSchema>
export type FilingKind = Omit<FilingKindEntry, 'sources'>
export type FilingGroup = (typeof FILING_GROUPS)[number]
export type FilingPathEntry = v.InferOutput<typeof FilingPathSchema>
export type FilingPath = Omit<FilingPathEntry, 'sources'>
export type SourcedLineEntry = v.InferOutput<typeof SourcedLineSchema>
export type Yidi = v.InferOutput<typeof YidiSchema>
export type NationalPolicy = v.InferOutput<typeof NationalPolicySchema>
export type RegionPolicy = v.InferOutput<typeof RegionPolicySchema>
export type PolicyBundleEnvelope = v.InferOutput<typeof PolicyBundleSchema>
