/**
 * The package map (README "Package map"), on the real build. The guides are subpackages whose roots keep their
 * routes; the policy code and data every guide reads are one async subpackage (policy) plus one per province
 * (policy-data/<code>), which a guide loads with require.async (分包异步化) after showing a placeholder; the config
 * checks are the worker's own subpackage. WeChat downloads and injects a subpackage only when a page in it opens or
 * code asks for one of its files; until then none of its code can run, and only its own files may require its
 * files synchronously. The harness does the same, so these tests show the build works that way.
 */
import { POLICY_ONLY, POLICY_PACKAGE, WORKER_ONLY } from '../../scripts/check-weapp'
import { createLoader } from './harness/loader'
import { packageOfPath, readAppJson, subPackagesOf } from './harness/registry'
import { loadBuild } from './harness'
import { HOME, closeAll, launch, openShared } from './harness/journeys'

afterEach(() => closeAll())

const build = () => loadBuild()
const packages = () => subPackagesOf(readAppJson(build().files))
const packageOf = (path: string) => packageOfPath(packages(), path)
const subpackageFiles = (loaded: readonly string[]) => loaded.filter((f) => packageOf(f) !== null)
/** Every page subpackage, whichever guides exist (a new guide is covered without editing this file). */
const pagePackages = () => packages().filter((p) => p.pages.length > 0)
/** The guides: page subpackages that read policy data (the region picker does not). */
const GUIDES = ['pages/balance', 'pages/family', 'pages/withdraw', 'pages/yidi', 'pages/about']
const filesOf = (root: string) => [...build().files].filter(([name]) => name.startsWith(`${root}/`) && name.endsWith('.js'))

describe('the package map in app.json', () => {
  test('each page is a subpackage whose root keeps its public route; home is the only main-package page', () => {
    const app = readAppJson(build().files)
    expect(app.pages).toEqual(['pages/index/index'])
    for (const root of [...GUIDES, 'pages/region']) expect(packages()).toContainEqual({ root, pages: [`${root}/index`] })
    for (const p of pagePackages()) expect(p.pages).toEqual([`${p.root}/index`])
  })

  test('the policy code is one page-less subpackage; each province with shipped data, each section one guide shows and each file’s source detail has one of its own', () => {
    const dataRoots = packages().filter((p) => p.root.startsWith('policy-data/'))
    expect(packages()).toContainEqual({ root: 'policy', pages: [] })
    const provinces = dataRoots.filter((p) => /^policy-data\/\d{6}$/.test(p.root))
    expect(provinces.length).toBeGreaterThan(20)
    // what source lines show on a tap: the head's and each province file's
    expect(
      dataRoots
        .filter((p) => p.root.startsWith('policy-data/sources-'))
        .map((p) => p.root)
        .sort()
    ).toEqual(['policy-data/sources-national', ...provinces.map((p) => p.root.replace('policy-data/', 'policy-data/sources-'))].sort())
    expect(dataRoots.map((p) => p.root)).toEqual(expect.arrayContaining(['policy-data/withdraw', 'policy-data/yidi']))
    for (const p of dataRoots) {
      expect(p).toEqual({ root: expect.stringMatching(/^policy-data\/(\d{6}|sources-(\d{6}|national)|withdraw|yidi)$/), pages: [] })
      expect(build().files.has(`${p.root}/index.js`)).toBe(true)
    }
  })

  test('the config-check worker is a subpackage of its own, downloaded only when a check is due', () => {
    const app = JSON.parse(build().files.get('app.json') ?? '{}') as { workers?: unknown }
    expect(app.workers).toEqual({ path: 'workers', isSubpackage: true })
    expect(build().files.has('workers/policy/index.js')).toBe(true)
  })

  test('the home page preloads every guide and the policy package', () => {
    const app = JSON.parse(build().files.get('app.json') ?? '{}') as { preloadRule?: Record<string, { packages: string[] }> }
    expect(app.preloadRule?.['pages/index/index']?.packages).toEqual(expect.arrayContaining([...GUIDES, 'policy']))
  })
})

describe('one copy of the policy code', () => {
  it.each(POLICY_ONLY.map(([what, marker]) => [what, marker] as const))('%s is in the policy packages (the marker works)', (_what, marker) => {
    const holders = [...build().files].filter(([name, text]) => name.endsWith('.js') && marker.test(text)).map(([name]) => name)
    expect(holders.length).toBeGreaterThan(0)
    for (const name of holders) expect(packageOf(name) ?? '').toMatch(POLICY_PACKAGE)
  })

  it.each(WORKER_ONLY.map(([what, marker]) => [what, marker] as const))('%s is in the config-check worker only', (_what, marker) => {
    const holders = [...build().files].filter(([name, text]) => name.endsWith('.js') && marker.test(text)).map(([name]) => name)
    expect(holders).toEqual(['workers/policy/index.js'])
  })

  test('no page subpackage holds its own copy of the policy code, its data or the config checks', () => {
    const found: string[] = []
    for (const { root } of pagePackages()) {
      for (const [name, text] of filesOf(root)) {
        for (const [what, marker] of [...POLICY_ONLY, ...WORKER_ONLY]) if (marker.test(text)) found.push(`${name}: ${what}`)
      }
    }
    expect(found).toEqual([])
  })
})

describe('the harness loader keeps subpackages apart, as WeChat does', () => {
  const files = new Map([
    ['app.js', 'module.exports = 1'],
    ['main.js', "require('./pages/family/x')"],
    ['async.js', "module.exports = require.async('./pages/family/x')"],
    ['missing.js', "module.exports = require.async('./pages/family/none')"],
    ['pages/family/x.js', 'module.exports = 2'],
    ['pages/family/y.js', "module.exports = require('./x') + 1"],
    ['pages/balance/z.js', "require('../family/x')"]
  ])
  const roots = [
    { root: 'pages/family', pages: [] },
    { root: 'pages/balance', pages: [] }
  ]
  const loader = (loaded: string[], loadPackage?: (root: string) => Promise<void>) =>
    createLoader({ files, globals: {}, packageOf: (p) => packageOfPath(roots, p), isPackageLoaded: (r) => loaded.includes(r), loadPackage })

  test('a subpackage file cannot run before its package is loaded', () => {
    expect(() => loader([]).load('pages/family/y.js')).toThrow(/subpackage "pages\/family", which is not loaded/)
    expect(loader(['pages/family']).load('pages/family/y.js')).toBe(3)
  })

  test('the main package and other subpackages cannot require its files', () => {
    expect(() => loader(['pages/family']).load('main.js')).toThrow(/only files of that subpackage may/)
    expect(() => loader(['pages/family', 'pages/balance']).load('pages/balance/z.js')).toThrow(/only files of that subpackage may/)
  })

  test('require.async loads the package first, from any package, and always answers later', async () => {
    const loaded: string[] = []
    const asked: string[] = []
    const l = loader(loaded, (root) => {
      asked.push(root)
      loaded.push(root)
      return Promise.resolve()
    })
    const pending = l.load('async.js') as Promise<unknown>
    expect(asked).toEqual(['pages/family'])
    await expect(pending).resolves.toBe(2)
  })

  test('a failed download rejects require.async as WeChat does, and a missing file too', async () => {
    const l = loader([], () => Promise.reject(new Error('network error')))
    await expect(l.load('async.js')).rejects.toEqual({ mod: 'pages/family/x.js', errMsg: 'network error' })
    await expect(loader(['pages/family']).load('missing.js')).rejects.toMatchObject({ mod: './pages/family/none' })
  })
})

describe('opening guides loads exactly their packages', () => {
  test('a cold start on home runs no subpackage code and loads no policy package', async () => {
    const weapp = await launch(HOME)
    expect(weapp.loadedPackages).toEqual([])
    expect(subpackageFiles(weapp.loadedFiles)).toEqual([])
    expect(weapp.text()).toContain('医保指南')
  })

  test('navigateTo from home loads the guide’s package, then the policy package, then its page shows', async () => {
    const weapp = await launch(HOME)
    await weapp.tapText('家人能用吗')
    expect(weapp.currentPage().route).toBe('pages/family/index')
    expect(weapp.loadedPackages).toEqual(['pages/family', 'policy'])
    expect(weapp.text()).toContain('家人能用吗？')
    await weapp.back()
    await weapp.tapText('余额怎么查')
    // the policy package is loaded once per process
    expect(weapp.loadedPackages).toEqual(['pages/family', 'policy', 'pages/balance'])
  })

  test('a shared family link opened by a friend needs the family package, the policy package and its province’s data', async () => {
    const sender = await launch('/pages/family/index?region=350200')
    const card = await sender.share('appMessage')
    expect(card.path).toMatch(/^\/pages\/family\/index\?.*region=350200/)
    const friend = await openShared(card)
    expect(friend.currentPage().route).toBe('pages/family/index')
    expect(friend.loadedPackages).toEqual(['pages/family', 'policy', 'policy-data/350000'])
    expect(friend.text()).toContain('厦门')
    expect(friend.errors).toEqual([])
  })

  test('the page shows a placeholder until the policy package is in, then its content', async () => {
    const seen: string[] = []
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''))
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    const weapp = await launch('/pages/family/index?region=350200', {}, 1007)
    observer.disconnect()
    const placeholder = seen.findIndex((t) => t.includes('正在打开本地的办法'))
    const content = seen.findIndex((t) => t.includes('家人能用吗？'))
    expect(placeholder).toBeGreaterThanOrEqual(0)
    expect(content).toBeGreaterThan(placeholder)
    expect(weapp.text()).not.toContain('正在打开本地的办法')
  })

  test('a failed download shows a plain message and a retry that works once the network is back', async () => {
    const weapp = await launch(HOME)
    weapp.failDownloads(['policy-data/350000'])
    await weapp.open('/pages/family/index?region=350200')
    expect(weapp.text()).toContain('没能打开本地的办法')
    expect(weapp.errors).toEqual([])
    weapp.failDownloads([])
    await weapp.tapText('再试一次')
    expect(weapp.text()).toContain('家人能用吗？')
    expect(weapp.loadedPackages).toContain('policy-data/350000')
  })

  // 提取 and 去外地看病 each load the national section only they show
  const SECTION: Record<string, string[]> = { 'pages/withdraw': ['policy-data/withdraw'], 'pages/yidi': ['policy-data/yidi'] }
  test.each(GUIDES)('a cold start on %s/index loads that subpackage, the policy package and its own section only', async (root) => {
    const weapp = await launch(`/${root}/index`)
    expect(weapp.currentPage().route).toBe(`${root}/index`)
    expect(weapp.loadedPackages).toEqual([root, 'policy', ...(SECTION[root] ?? [])])
    expect(weapp.errors).toEqual([])
  })

  test('a shared family link’s 看来源 loads the words of its sources on the tap, and shows them', async () => {
    const weapp = await launch('/pages/family/index?region=350200')
    expect(weapp.loadedPackages).toEqual(['pages/family', 'policy', 'policy-data/350000'])
    await weapp.tapText('看来源')
    expect(weapp.loadedPackages.filter((p) => p.startsWith('policy-data/sources-')).length).toBe(1)
    expect(weapp.text()).toMatch(/· .+核对于 \d{4}-\d{2}-\d{2}/)
    expect(weapp.text()).not.toContain('正在打开来源')
    expect(weapp.errors).toEqual([])
  })

  // Every page subpackage in app.json, a guide added later included: one that reads policy data without
  // withPolicy (no placeholder to suspend into) fails here.
  test.each(pagePackages().map((p) => p.root))('a cold start on %s/index shows its page, not the placeholder, without errors', async (root) => {
    const weapp = await launch(`/${root}/index`)
    expect(weapp.currentPage().route).toBe(`${root}/index`)
    expect(weapp.loadedPackages[0]).toBe(root)
    expect(weapp.text()).not.toContain('正在打开本地的办法')
    expect(weapp.errors).toEqual([])
  })
})
