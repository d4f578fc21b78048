/**
 * The guides are subpackages (issue 11). WeChat downloads and injects a subpackage only when a page in it is
 * opened; until then none of its code can run, and only its own files may require its files. The harness does
 * the same, so these tests show the build works that way: from home by navigateTo, from a share card, and by a
 * cold start on a guide, each needing the main package plus that one subpackage.
 */
import { createLoader } from './harness/loader'
import { packageOfPath, readAppJson, subPackagesOf } from './harness/registry'
import { loadBuild } from './harness'
import { HOME, closeAll, launch, openShared } from './harness/journeys'

afterEach(() => closeAll())

const GUIDES = ['pages/balance', 'pages/family', 'pages/withdraw', 'pages/yidi', 'pages/region', 'pages/about']
const build = () => loadBuild()
const packages = () => subPackagesOf(readAppJson(build().files))
const packageOf = (path: string) => packageOfPath(packages(), path)
const subpackageFiles = (loaded: readonly string[]) => loaded.filter((f) => packageOf(f) !== null)

describe('subpackages in the build', () => {
  test('each guide is a subpackage whose root keeps its public route', () => {
    const app = readAppJson(build().files)
    expect(app.pages).toEqual(['pages/index/index'])
    expect(packages()).toEqual(GUIDES.map((root) => ({ root, pages: [`${root}/index`] })))
  })

  test('the home page preloads every guide', () => {
    const app = JSON.parse(build().files.get('app.json') ?? '{}') as { preloadRule?: Record<string, { packages: string[] }> }
    expect(app.preloadRule?.['pages/index/index']?.packages).toEqual(expect.arrayContaining(GUIDES))
  })
})

describe('the harness loader keeps subpackages apart, as WeChat does', () => {
  const files = new Map([
    ['app.js', 'module.exports = 1'],
    ['main.js', "require('./pages/family/x')"],
    ['pages/family/x.js', 'module.exports = 2'],
    ['pages/family/y.js', "module.exports = require('./x') + 1"],
    ['pages/balance/z.js', "require('../family/x')"]
  ])
  const roots = [{ root: 'pages/family', pages: [] }, { root: 'pages/balance', pages: [] }]
  const loader = (loaded: string[]) =>
    createLoader({ files, globals: {}, packageOf: (p) => packageOfPath(roots, p), isPackageLoaded: (r) => loaded.includes(r) })

  test('a subpackage file cannot run before its package is loaded', () => {
    expect(() => loader([]).load('pages/family/y.js')).toThrow(/subpackage "pages\/family", which is not loaded/)
    expect(loader(['pages/family']).load('pages/family/y.js')).toBe(3)
  })

  test('the main package and other subpackages cannot require its files', () => {
    expect(() => loader(['pages/family']).load('main.js')).toThrow(/only files of that subpackage may/)
    expect(() => loader(['pages/family', 'pages/balance']).load('pages/balance/z.js')).toThrow(/only files of that subpackage may/)
  })
})

describe('opening guides loads exactly their subpackage', () => {
  test('a cold start on home runs no subpackage code', async () => {
    const weapp = await launch(HOME)
    expect(weapp.loadedPackages).toEqual([])
    expect(subpackageFiles(weapp.loadedFiles)).toEqual([])
    expect(weapp.text()).toContain('医保指南')
  })

  test('navigateTo from home loads the guide’s package, then its page shows', async () => {
    const weapp = await launch(HOME)
    await weapp.tapText('家人能用吗')
    expect(weapp.currentPage().route).toBe('pages/family/index')
    expect(weapp.loadedPackages).toEqual(['pages/family'])
    expect(new Set(subpackageFiles(weapp.loadedFiles).map(packageOf))).toEqual(new Set(['pages/family']))
    await weapp.back()
    await weapp.tapText('余额怎么查')
    expect(weapp.loadedPackages).toEqual(['pages/family', 'pages/balance'])
  })

  test('a shared family link opened by a friend needs the main package plus the family subpackage', async () => {
    const sender = await launch(HOME)
    await sender.tapText('家人能用吗')
    const card = await sender.share('appMessage')
    expect(card.path).toMatch(/^\/pages\/family\/index/)
    const friend = await openShared(card)
    expect(friend.currentPage().route).toBe('pages/family/index')
    expect(friend.loadedPackages).toEqual(['pages/family'])
    expect(friend.text()).toContain('共济')
    expect(friend.errors).toEqual([])
  })

  test.each(GUIDES)('a cold start on %s/index loads only that subpackage', async (root) => {
    const weapp = await launch(`/${root}/index`)
    expect(weapp.currentPage().route).toBe(`${root}/index`)
    expect(weapp.loadedPackages).toEqual([root])
    expect(weapp.errors).toEqual([])
  })
})
