/**
 * A walkthrough as screens (what to prepare, one screen per step, what happens after), for any guide:
 * the steps are the guide's own type. Who does a step, and how it reads to the person it was sent to,
 * come from the guide's cast (family: the giver and the relative).
 */

/** The words of one step, as one reader reads them. */
export interface StepText {
  title: string
  detail: string
  tip?: string
}

/** What a walkthrough needs of a way to do something: its steps and what to say around them. */
export interface WalkPath<S> {
  name: string
  prepare: readonly string[]
  steps: readonly S[]
  afterwards: readonly string[]
  unbind: string
}

export type Screen<S> =
  | { kind: 'prepare'; items: readonly string[] }
  | { kind: 'step'; number: number; total: number; step: S }
  | { kind: 'finish'; afterwards: readonly string[]; unbind: string }

export function walkthroughScreens<S>(path: WalkPath<S>): Array<Screen<S>> {
  const total = path.steps.length
  return [
    { kind: 'prepare', items: path.prepare },
    ...path.steps.map((step, i): Screen<S> => ({ kind: 'step', number: i + 1, total, step })),
    { kind: 'finish', afterwards: path.afterwards, unbind: path.unbind }
  ]
}

/** A stored or shared step may be out of range (old link, shorter path now): land on the nearest real screen. */
export function clampScreen(index: number, screens: readonly unknown[]): number {
  if (!Number.isFinite(index)) return 0
  return Math.min(Math.max(0, Math.floor(index)), screens.length - 1)
}

export function screenLabel(screen: Screen<unknown>): string {
  switch (screen.kind) {
    case 'prepare':
      return '开始前准备'
    case 'step':
      return `第 ${screen.number} 步，共 ${screen.total} 步`
    case 'finish':
      return '办完了'
  }
}

/** 0..1 for the progress bar: preparation counts as the start, finishing as the end. */
export function screenProgress(index: number, screens: readonly unknown[]): number {
  return screens.length <= 1 ? 1 : index / (screens.length - 1)
}

/** A step as one reader sees it: in her words, and who does it from her side. */
export interface StepView extends StepText {
  /** e.g. 您来做, 家人来做, 您和家人一起做 */
  who: string
  /** the reader does this step (alone or together): false means someone else does it */
  mine: boolean
}

/**
 * The people a guide's steps are done by. `self` is whom the guide is written to (its 您); a link to a
 * step is meant for the one who does it (`readerOf`), and opens written to her (`view`).
 */
export interface Cast<S, R extends string = string> {
  self: R
  readerOf(step: S): R
  view(step: S, reader: R): StepView
}

/** The reader a link to this screen is meant for: the step's doer; the screens around the steps are the guide's own reader's. */
export function readerOfScreen<S, R extends string>(screen: Screen<S> | undefined, cast: Cast<S, R>): R {
  return screen?.kind === 'step' ? cast.readerOf(screen.step) : cast.self
}
