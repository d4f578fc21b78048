/** Filing a 备案 step by step: the binding walkthrough's screens, its last screen saying how to see or cancel the filing. */
import { walkthroughScreens, type Screen } from '../family/walkthrough'
import type { FilingPath } from '../policy/schema'

/** The finish screen's second heading on this guide. */
export const MANAGE_TITLE = '想查看、变更或取消备案'

export function filingScreens(path: Pick<FilingPath, 'prepare' | 'steps' | 'afterwards' | 'manage'>): Screen[] {
  return walkthroughScreens({ prepare: path.prepare, steps: path.steps, afterwards: path.afterwards, unbind: path.manage })
}

/** Walkthrough progress is kept per region and way; the prefix keeps it apart from a binding way with the same id. */
export const filingProgressId = (pathId: string): string => `yidi:${pathId}`

/** Ticked claim materials, per region. */
export const CLAIM_PROGRESS_ID = 'yidi-claim'
