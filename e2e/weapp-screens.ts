/**
 * Screenshots of the WeChat build (dist/weapp, or WEAPP_DIR) rendered by glass-easel in Debian's chromium, saved
 * next to the H5 ones as e2e/output/weapp-<page>.png. Run: npx tsx e2e/weapp-screens.ts
 *
 * The same harness as the jest tests runs inside the page (bundled with esbuild); node only prepares what needs
 * the file system or WebAssembly: the build's files, the compiled templates, and WXSS converted to CSS.
 * After the per-page shots: the first page with WeChat's font set to 28 px (elder mode), and one journey driven
 * with chromium's real mouse (tap the first task card) to show that taps reach the app through the DOM backend.
 */
import { build } from 'esbuild'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { weappDir, readWeappDir } from '../__tests__/weapp/harness/files'
import { allPages, readAppJson } from '../__tests__/weapp/harness/registry'
import { compileTemplates } from '../__tests__/weapp/harness/templates'
import { buildCss } from '../__tests__/weapp/harness/wxss'
import { OUTPUT_DIR, launch, phone } from './support/browser'

const ENTRY = join(__dirname, '..', '__tests__', 'weapp', 'harness', 'browser.ts')

/** 'pages/index/index' → 'index', 'pages/family/index' → 'family', 'sub/pages/x/index' → 'sub-pages-x'. */
function shotName(route: string): string {
  const parts = route.replace(/\/index$/, '').split('/')
  return (parts[0] === 'pages' ? parts.slice(1) : parts).join('-')
}

interface Prepared {
  bundle: string
  css: string
  files: Record<string, string>
  templates: string
  pages: string[]
}

async function prepare(dir: string): Promise<Prepared> {
  const files = readWeappDir(dir)
  const templates = compileTemplates(files)
  if (templates.problems.length > 0) throw new Error(`template compiler:\n${templates.problems.join('\n')}`)
  const pages = allPages(readAppJson(files))
  const out = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'warning'
  })
  const bundle = out.outputFiles[0]?.text
  if (!bundle) throw new Error('esbuild produced no bundle')
  return { bundle, css: buildCss(files, pages), files: Object.fromEntries(files), templates: templates.source, pages }
}

/** Loads the harness into a blank page and cold-starts the app on `url`. Returns the errors the app raised. */
async function openInPage(page: Page, prepared: Prepared, url: string, fontSizeSetting = 17): Promise<string[]> {
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${prepared.css}</style></head><body></body></html>`)
  await page.addScriptTag({ content: prepared.bundle })
  return page.evaluate(
    async ({ files, templates, url, fontSizeSetting }) => {
      const w = globalThis as unknown as {
        weappHarness: { boot(o: unknown): { open(u: string): Promise<void>; errors: unknown[]; settle(): Promise<void> } }
        weapp?: unknown
      }
      const weapp = w.weappHarness.boot({ files, templates, fontSizeSetting })
      w.weapp = weapp
      await weapp.open(url)
      return weapp.errors.map((e) => String(e))
    },
    { files: prepared.files, templates: prepared.templates, url, fontSizeSetting }
  )
}

async function main(): Promise<void> {
  const dir = weappDir()
  const prepared = await prepare(dir)
  mkdirSync(OUTPUT_DIR, { recursive: true })
  const browser = await launch()
  const problems: string[] = []
  try {
    const context = await phone(browser)
    for (const route of prepared.pages) {
      const page = await context.newPage()
      const pageErrors: string[] = []
      page.on('pageerror', (e) => pageErrors.push(e.message))
      const appErrors = await openInPage(page, prepared, `/${route}`)
      const file = join(OUTPUT_DIR, `weapp-${shotName(route)}.png`)
      await page.screenshot({ path: file, fullPage: true })
      console.log(`✓ ${route} → ${file}`)
      for (const e of [...pageErrors, ...appErrors]) problems.push(`${route}: ${e}`)
      await page.close()
    }

    // WeChat set to a very large font: the app's elder mode.
    const elder = await context.newPage()
    const elderErrors = await openInPage(elder, prepared, `/${prepared.pages[0] ?? 'pages/index/index'}`, 28)
    const elderFile = join(OUTPUT_DIR, `weapp-${shotName(prepared.pages[0] ?? 'pages/index/index')}-font28.png`)
    await elder.screenshot({ path: elderFile, fullPage: true })
    console.log(`✓ fontSizeSetting 28 → ${elderFile}`)
    for (const e of elderErrors) problems.push(`font 28: ${e}`)
    await elder.close()

    // A real chromium mouse click on the first task card must navigate, as a tap does in WeChat.
    const page = await context.newPage()
    await openInPage(page, prepared, `/${prepared.pages[0] ?? 'pages/index/index'}`)
    const card = page.locator('wx-view.task').first()
    const title = (await card.locator('wx-text').first().textContent())?.trim() ?? ''
    await card.click()
    await page.evaluate(async () => {
      const w = globalThis as unknown as { weapp: { settle(): Promise<void> } }
      await w.weapp.settle()
    })
    const stack = await page.evaluate(() => (globalThis as unknown as { weapp: { stack(): string[] } }).weapp.stack())
    const file = join(OUTPUT_DIR, 'weapp-journey-first-task.png')
    await page.screenshot({ path: file, fullPage: true })
    if (stack.length !== 2) problems.push(`clicking "${title}" did not open a guide (stack: ${stack.join(' > ')})`)
    else console.log(`✓ click "${title}" → ${stack.join(' > ')} → ${file}`)
    await context.close()
  } finally {
    await browser.close()
  }
  if (problems.length > 0) {
    console.error(problems.map((p) => `✗ ${p}`).join('\n'))
    process.exit(1)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
