/**
 * The binding walkthrough: the generic screens (domain/walkthrough) over binding steps, and who does
 * each step. The guide is written to the giver (the 职工医保 member whose account pays: "您"); a step the
 * relative does is sent to her and read in her own words (forRelative).
 */
import type { BindingActor, BindingStep } from '../policy/schema'
import type { Cast, StepText, StepView } from '../walkthrough'

export { clampScreen, screenLabel, screenProgress, walkthroughScreens, type Screen } from '../walkthrough'

/** Who reads a binding step: the giver, or the relative it was sent to. */
export type BindingReader = Exclude<BindingActor, 'both'>

function textFor(step: BindingStep, reader: BindingReader): StepText {
  if (reader === 'relative' && step.forRelative) return step.forRelative
  return { title: step.title, detail: step.detail, tip: step.tip }
}

function whoFor(step: BindingStep, reader: BindingReader): Pick<StepView, 'who' | 'mine'> {
  if (step.who === 'both') return { who: '您和家人一起做', mine: true }
  return step.who === reader ? { who: '您来做', mine: true } : { who: '家人来做', mine: false }
}

export const bindingCast: Cast<BindingStep, BindingReader> = {
  self: 'giver',
  // A step the relative takes part in is the one the giver sends her: it opens in her words.
  readerOf: (step) => (step.who === 'giver' ? 'giver' : 'relative'),
  view: (step, reader) => ({ ...textFor(step, reader), ...whoFor(step, reader) })
}
