/**
 * Risks the first glass-easel proof did not cover, retired on the real Taro runtime (see harness/probe.ts):
 * Taro's recursive `comp` past nesting depth 15 (render, tap from inside it, re-render inside it) and keyed
 * lists that are reordered and shortened.
 */
import { bootWeapp, loadBuild, weappDir, type Weapp } from './harness'
import { PROBE_DEPTH, PROBE_ROUTE, withProbePage } from './harness/probe'
import { compileTemplates } from './harness/templates'

let weapp: Weapp | undefined
afterEach(() => weapp?.destroy())

async function openProbe(): Promise<Weapp> {
  const files = withProbePage(loadBuild(weappDir()).files)
  const app = bootWeapp({ files, templates: compileTemplates(files).source })
  weapp = app
  await app.open(`/${PROBE_ROUTE}`)
  return app
}

function itemsInOrder(app: Weapp): string[] {
  return Array.from(app.currentPage().element.querySelectorAll('.probe-item')).map((el) => (el.textContent ?? '').trim())
}

describe('Taro on glass-easel, beyond what the app uses today', () => {
  test(`text nested ${PROBE_DEPTH} levels deep renders through Taro's recursive comp`, async () => {
    const app = await openProbe()
    const deep = app.find('深处 0')
    let depth = 0
    for (let el: Element | null = deep; el; el = el.parentElement) if (el.classList.contains('probe-level')) depth++
    expect(depth).toBe(PROBE_DEPTH)
    // The deepest levels are inside `comp` instances (virtual hosts, so no <wx-comp> element), where glass-easel
    // prefixes classes with comp's style scope as well; the plain class is still there for app-shared styles.
    expect(deep.className).toMatch(/probe-deep/)
    expect(app.errors).toEqual([])
  })

  test('a tap deep inside comp reaches React and the re-render lands inside comp', async () => {
    const app = await openProbe()
    await app.tapText('深处 0')
    expect(app.text()).toContain('深处 1')
    await app.tapText('深处 1')
    expect(app.text()).toContain('深处 2')
  })

  test('a keyed list reorders and shrinks in the DOM', async () => {
    const app = await openProbe()
    expect(itemsInOrder(app)).toEqual(['项目甲', '项目乙', '项目丙'])
    await app.tapText('倒序')
    expect(itemsInOrder(app)).toEqual(['项目丙', '项目乙', '项目甲'])
    await app.tapText('去掉第一项')
    expect(itemsInOrder(app)).toEqual(['项目乙', '项目甲'])
  })
})
