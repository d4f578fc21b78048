/**
 * Filing a 备案 step by step: the generic walkthrough (domain/walkthrough) over the ways to file. Every
 * step is done by the person filing, who may be the patient or a family member filing for them, so a
 * step names no doer and reads the same to whoever opens it; the last screen says how to see, change or
 * cancel the filing.
 */
import type { FilingPath, Step } from '../policy/schema'
import type { Cast, WalkPath } from '../walkthrough'

/** The finish screen's second heading on this guide. */
export const MANAGE_TITLE = '想查看、变更或取消备案'

/** The filing walkthrough is written to whoever files: a step sent on opens as written. */
export const filingCast: Cast<Step, 'filer'> = {
  self: 'filer',
  readerOf: () => 'filer',
  view: (step) => ({ title: step.title, detail: step.detail, tip: step.tip, who: '', mine: true })
}

/** A way to file as the walkthrough reads it: its `manage` text is the finish screen's undo text. */
export function filingWalkPath<P extends FilingPath>(path: P): P & WalkPath<Step> {
  return { ...path, unbind: path.manage }
}

/** Keeps the filing walkthrough's chosen way and progress apart from the binding walkthrough's (both have a 'counter' way). */
export const FILING_SCOPE = 'yidi'

/** Ticked claim materials, per region. */
export const CLAIM_PROGRESS_ID = 'yidi-claim'
