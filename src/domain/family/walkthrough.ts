/** The binding walkthrough as screens: what to prepare, one screen per step, then what happens next. */
import type { BindingPath, Step } from '../policy/schema'

export type Screen =
  | { kind: 'prepare'; items: string[] }
  | { kind: 'step'; number: number; total: number; step: Step }
  | { kind: 'finish'; afterwards: string[]; unbind: string }

export function walkthroughScreens(path: Pick<BindingPath, 'prepare' | 'steps' | 'afterwards' | 'unbind'>): Screen[] {
  const total = path.steps.length
  return [
    { kind: 'prepare', items: path.prepare },
    ...path.steps.map((step, i): Screen => ({ kind: 'step', number: i + 1, total, step })),
    { kind: 'finish', afterwards: path.afterwards, unbind: path.unbind }
  ]
}

/** A stored or shared step may be out of range (old link, shorter path now): land on the nearest real screen. */
export function clampScreen(index: number, screens: readonly Screen[]): number {
  if (!Number.isFinite(index)) return 0
  return Math.min(Math.max(0, Math.floor(index)), screens.length - 1)
}

export function screenLabel(screen: Screen): string {
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
export function screenProgress(index: number, screens: readonly Screen[]): number {
  return screens.length <= 1 ? 1 : index / (screens.length - 1)
}
