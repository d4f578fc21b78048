/**
 * The first frame is small: a page's first update carries what tells the user where they are, and what is large
 * (the home page's grid of 31 provinces, the task list, the page footer) follows in the next update. A shared
 * guide link draws its placeholder first (subpackages.test.ts). Order only, no timing.
 */
import { HOME, closeAll, launch } from './harness/journeys'

afterEach(() => closeAll())

/** What the page showed after each DOM change during a cold start on `url`. */
async function frames(url: string): Promise<string[]> {
  const seen: string[] = []
  const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''))
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  await launch(url)
  observer.disconnect()
  return seen
}

test('home: the heading and the question come first, the provinces, tasks and footer one update later', async () => {
  const seen = await frames(HOME)
  const first = seen.find((t) => t.includes('医保指南'))
  expect(first).toContain('您的医保是哪个省办的？')
  expect(first).toContain('字太小？点这里换大字')
  for (const later of ['福建', '家人能用吗', '以当地医保部门规定为准']) expect(first).not.toContain(later)
  const last = seen.at(-1) ?? ''
  for (const later of ['福建', '家人能用吗', '以当地医保部门规定为准']) expect(last).toContain(later)
})
