/**
 * @jest-environment node
 *
 * scripts/check-weapp.ts on small hand-made builds: every public route must still be a page, with its files,
 * and the package map holds (the config checks in the worker's subpackage, the policy data in the policy packages).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkWeapp, PUBLIC_ROUTES } from '../../scripts/check-weapp'

/** The files of a minimal build of the package map: valibot in the worker, the shipped data in the policy package. */
const PACKAGE_FILES: Record<string, string> = {
  'workers/policy/index.js': 'var s="~standard";',
  'policy/index.js': 'module.exports=JSON.parse(\'{"schemaVersion":3}\')'
}

function build(
  routes: readonly string[],
  files: Record<string, string> = PACKAGE_FILES,
  workers: unknown = { path: 'workers', isSubpackage: true }
): string {
  const root = mkdtempSync(join(tmpdir(), 'weapp-'))
  const [main, ...guides] = routes
  const app = {
    pages: main ? [main] : [],
    subPackages: [...guides.map((r) => ({ root: dirname(r), pages: ['index'] })), { root: 'policy', pages: [] }],
    workers
  }
  writeFileSync(join(root, 'app.json'), JSON.stringify(app))
  for (const route of routes) {
    mkdirSync(join(root, dirname(route)), { recursive: true })
    for (const ext of ['.js', '.json', '.wxml']) writeFileSync(join(root, route + ext), ext === '.json' ? '{}' : '')
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, dirname(file)), { recursive: true })
    writeFileSync(join(root, file), text)
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

it.each<[string, Record<string, string>, string]>([
  [
    'valibot in a guide’s package',
    { ...PACKAGE_FILES, 'pages/family/vendor.js': 'var s="~standard";' },
    'pages/family/vendor.js: valibot is outside the config-check worker'
  ],
  [
    'the shipped policy data in the main package',
    { ...PACKAGE_FILES, 'common.js': 'JSON.parse(\'{"schemaVersion":3}\')' },
    'common.js: policy data (src/generated/policy) is outside the policy packages'
  ],
  [
    'the full region list in the main package',
    { ...PACKAGE_FILES, 'common.js': '{"fields":["code","name","short","parent","level","initials","pinyin","areaCode"]}' },
    'common.js: full region list (src/generated/regions.json) is in the main package'
  ]
])('a build with %s fails, naming the file', (_what, files, problem) => {
  const root = build(PUBLIC_ROUTES, files)
  roots.push(root)
  expect(checkWeapp(root).problems).toEqual([expect.stringContaining(problem)])
})

it.each<[string, unknown, string]>([
  ['no workers entry', null, 'app.json has no "workers"'],
  ['a worker root in the main package', 'workers', 'app.json "workers" (workers) is not a subpackage']
])('a build with %s fails', (_what, workers, problem) => {
  const root = build(PUBLIC_ROUTES, PACKAGE_FILES, workers)
  roots.push(root)
  expect(checkWeapp(root).problems).toEqual(expect.arrayContaining([expect.stringContaining(problem)]))
})
