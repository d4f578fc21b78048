import type { DroppedRegion, PolicyBundle } from '../policy/bundle'

/** A region the new config got wrong keeps the copy the app already had, so nobody loses local rules to a typo. */
export function keepLastGood(next: PolicyBundle, dropped: readonly DroppedRegion[], previous: PolicyBundle): PolicyBundle {
  const regions = { ...next.regions }
  for (const { region } of dropped) {
    const old = previous.regions[region]
    if (old && !regions[region]) regions[region] = old
  }
  return { ...next, regions }
}
