/**
 * @jest-environment node
 *
 * scripts/check-weapp.ts on small hand-made builds: every public route must still be a page, with its files.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkWeapp, PUBLIC_ROUTES } from '../../scripts/check-weapp'

function build(routes: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'weapp-'))
  const [main, ...guides] = routes
  const app = { pages: main ? [main] : [], subPackages: guides.map((r) => ({ root: dirname(r), pages: ['index'] })) }
  writeFileSync(join(root, 'app.json'), JSON.stringify(app))
  for (const route of routes) {
    mkdirSync(join(root, dirname(route)), { recursive: true })
    for (const ext of ['.js', '.json', '.wxml']) writeFileSync(join(root, route + ext), ext === '.json' ? '{}' : '')
  }
  return root
}

const roots: string[] = []
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true })
})

it('a build with every public route passes', () => {
  const root = build(PUBLIC_ROUTES)
  roots.push(root)
  expect(checkWeapp(root).problems).toEqual([])
})

it.each(['pages/yidi/index', 'pages/family/index'])('a build without %s fails, naming the route', (gone) => {
  const root = build(PUBLIC_ROUTES.filter((r) => r !== gone))
  roots.push(root)
  expect(checkWeapp(root).problems).toEqual([`route ${gone} is gone: links already shared point at it`])
})
