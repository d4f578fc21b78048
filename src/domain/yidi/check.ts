/**
 * Which 备案 fits: why the person is (or will be) in the other province, in their own words, leads to
 * the kind of filing the 2022 national notice names. What each kind means (validity, going back,
 * payment) is policy data, so a region can change it; this file only maps the answer to a kind id.
 */
import type { FilingGroup } from '../policy/schema'

export type Reason = 'living' | 'working' | 'referred' | 'emergency' | 'planned'
export type YesNo = 'yes' | 'no'

export interface FilingAnswers {
  reason?: Reason
  /** asked only for 'living': retired, with the 户口 moved there (异地安置退休人员) */
  retiredMoved?: YesNo
}

/** The reasons as people say them; the order is the order on screen. */
export const REASONS: ReadonlyArray<{ value: Reason; label: string }> = [
  { value: 'living', label: '在那边长住：养老、跟子女住、带孙子' },
  { value: 'working', label: '单位派我到那边工作' },
  { value: 'referred', label: '本地医院开了转诊，转过去看病' },
  { value: 'emergency', label: '在外地突然生病，要看急诊' },
  { value: 'planned', label: '自己去外地看病，没有转诊' }
]

export const RETIRED_MOVED_QUESTION = '退休了，户口也迁过去了吗？'
export const RETIRED_MOVED: ReadonlyArray<{ value: YesNo; label: string }> = [
  { value: 'yes', label: '是，都办了' },
  { value: 'no', label: '不是，或拿不准' }
]

/** The kind ids of the national rules (policies/README.md); a region may change what each says. */
export const KIND_IDS = {
  retired: 'retired-resettled',
  resident: 'long-term-resident',
  worker: 'posted-worker',
  referral: 'referral',
  emergency: 'emergency',
  other: 'other-temporary'
} as const

/** The two groups as the notice names them (跨省异地长期居住人员, 跨省临时外出就医人员). */
export const GROUP_NAMES: Record<FilingGroup, string> = {
  'long-term': '跨省异地长期居住',
  temporary: '跨省临时外出就医'
}

interface KindLike {
  id: string
  group: FilingGroup
  name: string
}

export type FilingVerdict<K extends KindLike> =
  | {
      result: 'kind'
      kind: K
      /** e.g. 办“跨省异地长期居住”里的“异地安置退休人员” */
      title: string
      /** an emergency can be filed afterwards: the page points to 补办 */
      late: boolean
    }
  | {
      /** this region's rules have no such kind: ask its hotline */
      result: 'ask'
      title: string
    }

/** The kind id the answers lead to, or null while a question that matters is unanswered. */
export function kindIdFor(a: FilingAnswers): string | null {
  switch (a.reason) {
    case 'living':
      if (!a.retiredMoved) return null
      return a.retiredMoved === 'yes' ? KIND_IDS.retired : KIND_IDS.resident
    case 'working':
      return KIND_IDS.worker
    case 'referred':
      return KIND_IDS.referral
    case 'emergency':
      return KIND_IDS.emergency
    case 'planned':
      return KIND_IDS.other
    default:
      return null
  }
}

export function checkFiling<K extends KindLike>(a: FilingAnswers, kinds: readonly K[]): FilingVerdict<K> | null {
  const id = kindIdFor(a)
  if (id === null) return null
  const kind = kinds.find((k) => k.id === id)
  if (!kind) return { result: 'ask', title: '这种情况，先问参保地怎么备案' }
  return { result: 'kind', kind, title: `办“${GROUP_NAMES[kind.group]}”里的“${kind.name}”`, late: id === KIND_IDS.emergency }
}
