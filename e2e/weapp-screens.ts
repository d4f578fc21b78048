/**
 * Screenshots of the WeChat build (dist/weapp, or WEAPP_DIR) rendered by glass-easel in Debian's chromium, saved
 * next to the H5 ones as e2e/output/weapp-<page>.png. Run: npx tsx e2e/weapp-screens.ts
 *
 * The same harness as the jest tests runs inside the page (bundled with esbuild); node only prepares what needs
 * the file system or WebAssembly: the build's files, the compiled templates, and WXSS converted to CSS.
 * After the per-page shots: the first page with WeChat's font set to 28 px (elder mode), one journey driven
 * with chromium's real mouse (tap the first task card) to show that taps reach the app through the DOM backend,
 * and share cards: the picture the app draws on its offscreen canvas (here a real one), shown under the card's
 * title the way a chat shows a mini-program card (a mock-up of the chat, not WeChat's own drawing):
 * e2e/output/weapp-card-<name>.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
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

    // Share cards: title and picture as the family sees them in the chat, before opening anything.
    for (const [name, url] of [
      ['step', '/pages/family/index?region=440300&path=medical-wallet&step=2'],
      ['balance', '/pages/balance/index?region=350200']
    ] as const) {
      const cardPage = await context.newPage()
      const cardErrors = await openInPage(cardPage, prepared, url)
      const card = await cardPage.evaluate(async () => {
        const w = globalThis as unknown as { weapp: { share(kind: string): Promise<{ title?: string; image?: { dataUrl?: string } }> } }
        const shared = await w.weapp.share('appMessage')
        return { title: shared.title ?? '', dataUrl: shared.image?.dataUrl ?? '' }
      })
      for (const e of cardErrors) problems.push(`card ${name}: ${e}`)
      if (!card.dataUrl.startsWith('data:image/png;base64,')) {
        problems.push(`card ${name}: the app drew no picture`)
        await cardPage.close()
        continue
      }
      writeFileSync(join(OUTPUT_DIR, `weapp-card-${name}-picture.png`), Buffer.from(card.dataUrl.split(',')[1] ?? '', 'base64'))
      await cardPage.setViewportSize({ width: 360, height: 420 })
      await cardPage.setContent(
        `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
          body { margin: 0; background: #ededed; font-family: "Noto Sans CJK SC", sans-serif; }
          .bubble { margin: 24px 24px 24px 72px; width: 250px; background: #fff; border-radius: 6px; padding: 10px 12px 8px; }
          .title { font-size: 15px; line-height: 1.4; color: #111; margin-bottom: 8px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
          img { width: 250px; height: 200px; display: block; }
          .foot { font-size: 11px; color: #999; border-top: 1px solid #eee; margin-top: 8px; padding-top: 6px; }
          .avatar { position: absolute; left: 20px; top: 24px; width: 40px; height: 40px; border-radius: 4px; background: #b9c7d6; }
        </style></head><body><div class="avatar"></div><div class="bubble"><div class="title"></div><img alt=""><div class="foot">小程序 · 医保指南</div></div></body></html>`
      )
      await cardPage.evaluate(
        ({ title, src }) => {
          const t = document.querySelector('.title')
          const img = document.querySelector('img')
          if (t) t.textContent = title
          if (img) img.src = src
        },
        { title: card.title, src: card.dataUrl }
      )
      const file = join(OUTPUT_DIR, `weapp-card-${name}.png`)
      await cardPage.locator('body').screenshot({ path: file })
      console.log(`✓ share card "${card.title}" → ${file}`)
      await cardPage.close()
    }
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
