/**
 * Checks on the WeChat build that WeChat itself would refuse at upload or run time, and the package map:
 * every page's files exist, no eval/new Function in shipped JS, the main package under budget, the policy
 * code and data in the policy packages only, the config checks in the worker only.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '..', 'dist', 'weapp')
/**
 * WeChat's hard limit is 2 MB per package, but every launch waits for the main package: it holds app.js,
 * Taro and the home page only; the guides, the policy code and data and the config checks are subpackages.
 * The budget keeps it under 1.3× the hello-world baseline (bench/hello-world, 286 KB).
 */
export const MAIN_PACKAGE_BUDGET = 370 * 1024

/** The packages that hold the policy code and data: the policy package, each part of the shipped data. */
export const POLICY_PACKAGE = /^policy(-data\/[a-z0-9-]+)?$/

/**
 * What only the policy packages may hold, recognised by text each is sure to contain: the shipped data's head
 * (src/generated/policy/national.json), the policy store's cache (store/createPolicyStore.ts over
 * domain/policyUpdate/cache.ts) and the region facts' area codes (src/generated/region-areas.json).
 */
export const POLICY_ONLY: ReadonlyArray<[string, RegExp]> = [
  ['policy data (src/generated/policy)', /"schemaVersion"\s*:/],
  ['policy store (src/store/createPolicyStore.ts)', /policy-cache:meta/],
  ['region area codes (src/generated/region-areas.json)', /"areaCodes"\s*:/]
]

/** What only the config-check worker may hold: the signature and schema libraries. */
export const WORKER_ONLY: ReadonlyArray<[string, RegExp]> = [
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

/** What the main package must not hold either: the region picker's full list (src/generated/regions.json). */
export const NOT_MAIN: ReadonlyArray<[string, RegExp]> = [['full region list (src/generated/regions.json)', /"initials",\s*"pinyin"/]]

interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
  workers?: string | { path: string; isSubpackage?: boolean }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

const trim = (root: string) => root.replace(/\/$/, '')

/** The build's packages: each subpackage root, the worker root when it is a subpackage, and '' for the main package. */
export function packagesOf(app: AppJson): { subs: string[]; workers: string | null; workerIsSubpackage: boolean } {
  const subs = (app.subPackages ?? app.subpackages ?? []).map((s) => trim(s.root))
  const w = app.workers
  const workers = typeof w === 'string' ? trim(w) : w ? trim(w.path) : null
  return { subs, workers, workerIsSubpackage: !!w && typeof w === 'object' && w.isSubpackage === true }
}

export function checkWeapp(root: string): { problems: string[]; mainBytes: number; files: number } {
  const problems: string[] = []
  const appPath = join(root, 'app.json')
  if (!existsSync(appPath)) return { problems: [`${appPath} is missing: run npm run build:weapp`], mainBytes: 0, files: 0 }
  const app = JSON.parse(readFileSync(appPath, 'utf8')) as AppJson
  const subs = app.subPackages ?? app.subpackages ?? []
  const pages = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${trim(s.root)}/${p}`))]
  for (const route of PUBLIC_ROUTES) if (!pages.includes(route)) problems.push(`route ${route} is gone: links already shared point at it`)
  for (const page of pages) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(join(root, page + ext))) problems.push(`page ${page}: ${page + ext} is missing`)
    }
  }
  const files = walk(root)
  const code = new Map(files.filter((f) => f.endsWith('.js')).map((f) => [relative(root, f), readFileSync(f, 'utf8')]))
  for (const [file, text] of code) {
    // WeChat forbids dynamic code at run time (the weapp's JS engine has it switched off).
    const hit = /(^|[^.\w$])eval\s*\(|new\s+Function\s*\(/.exec(text)
    if (hit) problems.push(`${file}: forbidden "${hit[0].trim()}" at offset ${hit.index}`)
  }

  const { subs: roots, workers, workerIsSubpackage } = packagesOf(app)
  const separate = [...roots, ...(workers && workerIsSubpackage ? [workers] : [])]
  const packageOf = (file: string) => separate.find((r) => file.startsWith(`${r}/`)) ?? ''
  if (!workers) problems.push('app.json has no "workers": the config checks have no thread of their own')
  else if (!workerIsSubpackage) problems.push(`app.json "workers" (${workers}) is not a subpackage: its code would be in the main package`)

  for (const [file, text] of code) {
    const pkg = packageOf(file)
    const inWorker = workers !== null && file.startsWith(`${workers}/`)
    if (!POLICY_PACKAGE.test(pkg)) {
      for (const [what, marker] of POLICY_ONLY) {
        if (marker.test(text)) problems.push(`${file}: ${what} is outside the policy packages; one copy lives in policy/ and policy-data/`)
      }
    }
    if (!inWorker) {
      for (const [what, marker] of WORKER_ONLY) {
        if (marker.test(text))
          problems.push(`${file}: ${what} is outside the config-check worker (${workers ?? 'workers'}/); the page thread never checks configs`)
      }
    }
    if (pkg === '') {
      for (const [what, marker] of NOT_MAIN) {
        if (marker.test(text)) problems.push(`${file}: ${what} is in the main package; only the region picker's subpackage may hold it`)
      }
    }
  }

  const mainFiles = files.filter((f) => packageOf(relative(root, f)) === '')
  const mainBytes = mainFiles.reduce((n, f) => n + statSync(f).size, 0)
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
