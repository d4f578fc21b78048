/**
 * Building blocks for user journeys on the weapp build. A journey reads like what a user does:
 *
 *   const weapp = await launch()
 *   await openTask(weapp, HOME_TASKS[1])
 *   const resumed = await killAndReopen(weapp)        // same phone storage, new process
 *   const friend = await openShared(await weapp.share()) // a friend with an empty phone
 *
 * Helpers only touch what a user could see or do; assertions stay in the tests.
 */
import type { ShareCard } from './share'
import type { Weapp } from './weapp'
import { createWeapp, type CreateWeappOptions } from './index'

export const HOME = '/pages/index/index'

export interface Task {
  /** The card title on the home page. */
  title: string
  /** Where tapping it must lead. */
  route: string
  /** What the guide's heading must say (loose: the wording is still being written). */
  heading: RegExp
}

/** The task cards on the home page, in the order a user sees them. */
export const HOME_TASKS: readonly Task[] = [
  { title: '余额怎么查', route: 'pages/balance/index', heading: /余额/ },
  { title: '家人能用吗', route: 'pages/family/index', heading: /家|共济/ },
  { title: '钱能取出来吗', route: 'pages/withdraw/index', heading: /取/ },
  { title: '去外地看病', route: 'pages/yidi/index', heading: /外地/ }
]

/** Harnesses created through these helpers, so afterEach can tear all of them down. */
const live = new Set<Weapp>()

/** Cold start, as a user opening the mini-program from the list (scene 1001). */
export async function launch(url = HOME, options: CreateWeappOptions = {}, scene = 1001): Promise<Weapp> {
  const weapp = createWeapp(options)
  live.add(weapp)
  await weapp.open(url, { scene })
  return weapp
}

/** WeChat kills the mini-program in the background; the user opens it again. Only storage survives. */
export async function killAndReopen(weapp: Weapp, url = HOME, options: CreateWeappOptions = {}): Promise<Weapp> {
  const storage = weapp.storage
  weapp.destroy()
  live.delete(weapp)
  return launch(url, { ...options, storage })
}

/** A friend taps the shared card in a chat (scene 1007) on a phone that never ran the app. */
export async function openShared(card: ShareCard, options: CreateWeappOptions = {}): Promise<Weapp> {
  return launch(card.path, options, 1007)
}

/** The page's main heading as a user reads it (PageFrame's first .heading). */
export function heading(weapp: Weapp): string {
  const el = weapp.currentPage().element.querySelector('.heading')
  return (el?.textContent ?? '').trim()
}

/** From the home page, tap a task card and return the heading of the page it opened. */
export async function openTask(weapp: Weapp, task: Task): Promise<string> {
  await weapp.tapText(task.title)
  return heading(weapp)
}

/** Destroys every harness the helpers created (call from afterEach). */
export function closeAll(): void {
  for (const weapp of live) weapp.destroy()
  live.clear()
}
