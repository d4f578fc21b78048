/**
 * Checks on the WeChat build that WeChat itself would refuse at upload or run time:
 * every page's files exist, no eval/new Function in shipped JS, main package under budget.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '..', 'dist', 'weapp')
/**
 * WeChat's hard limit is 2 MB per package, but every launch waits for the main package: it holds app.js,
 * Taro and the home page only, the guides are subpackages (issue 11). 356 KB when set, 1.24× the
 * hello-world baseline (bench/hello-world, 286 KB); the budget keeps it under 1.3×.
 */
export const MAIN_PACKAGE_BUDGET = 370 * 1024

/**
 * What only the guide subpackages may hold, recognised by text each library or data file is sure to contain.
 * The home page and app.tsx must not import them (README "Main package and subpackages").
 */
export const GUIDE_ONLY: ReadonlyArray<[string, RegExp]> = [
  ['policy bundle (src/generated/policies.json)', /"schemaVersion"\s*:/],
  ['region list (src/generated/regions.json)', /"generatedFrom"\s*:/],
  ['tweetnacl', /no PRNG/],
  ['valibot', /~standard/]
]

/**
 * Routes are a public contract (share links, deep links, search hits point at them): each must still be a page
 * of the build, whether in the main package or a subpackage whose root keeps the route.
 */
export const PUBLIC_ROUTES = [
  'pages/index/index',
  'pages/balance/index',
  'pages/family/index',
  'pages/withdraw/index',
  'pages/yidi/index',
  'pages/region/index',
  'pages/about/index'
] as const

interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

export function checkWeapp(root: string): { problems: string[]; mainBytes: number; files: number } {
  const problems: string[] = []
  const appPath = join(root, 'app.json')
  if (!existsSync(appPath)) return { problems: [`${appPath} is missing: run npm run build:weapp`], mainBytes: 0, files: 0 }
  const app = JSON.parse(readFileSync(appPath, 'utf8')) as AppJson
  const subs = app.subPackages ?? app.subpackages ?? []
  const pages = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
  for (const route of PUBLIC_ROUTES) if (!pages.includes(route)) problems.push(`route ${route} is gone: links already shared point at it`)
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(join(root, page + ext))) problems.push(`page ${page}: ${page + ext} is missing`)
    }
  }
  const files = walk(root)
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8')
    // WeChat forbids dynamic code at run time (the weapp's JS engine has it switched off).
    const hit = /(^|[^.\w$])eval\s*\(|new\s+Function\s*\(/.exec(code)
    if (hit) problems.push(`${relative(root, file)}: forbidden "${hit[0].trim()}" at offset ${hit.index}`)
  }
  const subRoots = subs.map((s) => join(root, s.root))
  const mainFiles = files.filter((f) => !subRoots.some((r) => f.startsWith(r)))
  const mainBytes = mainFiles.reduce((n, f) => n + statSync(f).size, 0)
  for (const file of mainFiles.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8')
    for (const [what, marker] of GUIDE_ONLY) {
      if (marker.test(code)) problems.push(`${relative(root, file)}: ${what} is in the main package; only guide subpackages may hold it`)
    }
  }
  if (mainBytes > MAIN_PACKAGE_BUDGET) {
    problems.push(`main package is ${(mainBytes / 1024).toFixed(1)} KB, over the ${MAIN_PACKAGE_BUDGET / 1024} KB budget`)
  }
  return { problems, mainBytes, files: files.length }
}

if (require.main === module) {
  const { problems, mainBytes, files } = checkWeapp(ROOT)
  console.log(`weapp: ${files} files, main package ${(mainBytes / 1024).toFixed(1)} KB (budget ${MAIN_PACKAGE_BUDGET / 1024} KB)`)
  for (const p of problems) console.error(`✗ ${p}`)
  if (problems.length > 0) process.exit(1)
  console.log('weapp checks passed')
}
