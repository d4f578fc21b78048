import type { ReactNode } from 'react'
import type { ResolvedPolicy } from '../../domain/policy/resolve'
import type { Topic } from '../../domain/policy/schema'
import type { GuideRegion } from '../../hooks/useGuideRegion'
import { Heading } from '../Heading'
import { TaskHeader } from '../TaskHeader'
import { RegionBar } from '../RegionBar'
import { SharedRegionBanner } from '../SharedRegionBanner'

interface Props {
  guide: GuideRegion
  policy: ResolvedPolicy
  topic: Topic
  /** what the guide helps do, e.g. 家庭共济 */
  task: string
  /** in plain words, whose region this guide follows (SharedRegionBanner) */
  why: string
  /** opened from a shared step: the walkthrough comes first */
  received: boolean
  /** the short name of the region shown, '' for the national rules */
  place: string
  /** the walkthrough card, shown here when received (the page shows it further down otherwise) */
  walkthrough: ReactNode
}

/**
 * The top of a guide page with a walkthrough. Opened from a shared step: what and where on top, the step
 * itself next, 大字 in view, whose rules these are (and the reader's own region) right under it.
 */
export function GuideTop({ guide, policy, topic, task, why, received, place, walkthrough }: Props) {
  const sent = Boolean(guide.sent)
  if (received) {
    return (
      <>
        <TaskHeader task={task} place={place || '全国通用'} />
        {walkthrough}
        <SharedRegionBanner guide={guide} why={why} />
        <RegionBar policy={policy} hotline={false} topic={topic} sent={sent} />
      </>
    )
  }
  return (
    <>
      <Heading>{task}</Heading>
      <RegionBar policy={policy} hotline={false} topic={topic} sent={sent} />
      <SharedRegionBanner guide={guide} why={why} named={false} />
    </>
  )
}
