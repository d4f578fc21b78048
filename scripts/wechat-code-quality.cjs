#!/usr/bin/env node
/*
 * Runs WeChat's own code-quality checker (the "代码质量" panel of WeChat
 * DevTools, shipped as `checkCodeQuality` in the miniprogram-ci package) on the
 * weapp build, prints a readable summary and exits non-zero when anything is
 * flagged.
 *
 * Usage (normally via scripts/wechat-code-quality.sh, after `npm run build:weapp`):
 *   node scripts/wechat-code-quality.cjs [projectPath]
 *
 * projectPath defaults to the repo root. It must hold a project.config.json;
 * its `miniprogramRoot` (the root one says "dist/weapp/") points at the build.
 * The project config is also where the compression settings that the checker
 * reads live (setting.minified / minifyWXML / minifyWXSS).
 *
 * miniprogram-ci is loaded from tools/wechat-ci (its own install: hoisted into
 * the main tree it drags in an old @babel/core that breaks babel-jest).
 * Everything here works offline: the appid is `touristappid` and the private
 * key is an empty temp file, since no check talks to WeChat's servers.
 *
 * Exit codes: 0 all checks pass, 1 something flagged, 2 could not run.
 */
'use strict'

const fs = require('fs')
const os = require('os')
const path = require('path')
const { createRequire } = require('module')

const REPO_ROOT = path.resolve(__dirname, '..')
const CI_DIR = path.join(REPO_ROOT, 'tools', 'wechat-ci')

/*
 * Checks whose failure we accept, each with the reason it does not apply.
 * Keep this empty unless a check is genuinely inapplicable; fix the config
 * (project.config.json, src/app.config.ts) instead wherever possible.
 * Format: { CHECK_NAME: 'why it does not apply to this project' }
 */
const IGNORED = {}

// Titles for the checks of miniprogram-ci 2.1.42 (its own `text` is phrased
// as the failure message, which reads oddly next to "PASS").
const TITLES = {
  PACKAGE_SIZE_LIMIT: 'Main package and each subpackage under 1.5 MB',
  JS_COMPRESS_OPEN: 'JS compression on upload (setting.minified)',
  WXML_COMPRESS_OPEN: 'WXML compression on upload (setting.minifyWXML)',
  WXSS_COMPRESS_OPEN: 'WXSS compression on upload (setting.minifyWXSS)',
  LAZYCODE_LOADING_OPEN: 'On-demand component injection (app.json lazyCodeLoading)',
  IMAGE_AND_AUDIO_LIMIT: 'Images and audio under 200 KB in total',
  CONTAINS_OTHER_PKG_JS: 'Main package holds no JS used only by subpackages',
  CONTAINS_OTHER_PKG_COMPONENTS: 'Main package holds no components used only by subpackages',
  CONTAINS_UNUSED_PLUGINS: 'No unused plugins',
  CONTAINS_UNUSED_COMPONENTS: 'No unused components',
  CONTAINS_UNUSED_CODES: 'No code files that nothing depends on',
  DEPENDENCY_RESOLUTION: 'Every referenced file resolves (analyseCode)',
  CHECKER_ERRORS: 'The checker itself ran without internal errors'
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function fail(message) {
  console.error(`wechat-code-quality: ${message}`)
  process.exit(2)
}

/** Runs fn while collecting what it writes to console[method] (also still printing it when echo). */
async function capturing(method, fn, echo) {
  const original = console[method]
  const captured = []
  console[method] = (...args) => {
    captured.push(args.map((a) => (a instanceof Error ? String(a) : typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    if (echo) original.apply(console, args)
  }
  try {
    return { value: await fn(), captured }
  } finally {
    console[method] = original
  }
}

/** Human-readable detail lines for one result item (checker-specific shapes). */
function detailLines(item) {
  const d = item.detail
  if (d === undefined || d === null) return []
  switch (item.name) {
    case 'PACKAGE_SIZE_LIMIT':
      return Object.entries(d).map(([pkg, size]) => `${pkg === '__APP__' ? 'main package' : `subpackage ${pkg}`}: ${kb(size)}`)
    case 'CONTAINS_OTHER_PKG_JS':
    case 'CONTAINS_OTHER_PKG_COMPONENTS':
      return (d.files || []).length ? [`${kb(d.size || 0)} in:`, ...d.files.map((f) => `  ${f}`)] : []
    case 'IMAGE_AND_AUDIO_LIMIT':
      return [`total: ${kb((d.files || []).reduce((sum, f) => sum + f.size, 0))}`, ...(d.files || []).map((f) => `${f.path}: ${kb(f.size)}`)]
    default:
      if (Array.isArray(d)) return d.map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      return [JSON.stringify(d)]
  }
}

// miniprogram-ci's file watcher logs this once per analysis; it is noise here.
const log = console.log
console.log = (...args) => {
  if (args.length === 1 && args[0] === 'Initial scan complete. Ready for changes') return
  log.apply(console, args)
}

async function main() {
  const projectPath = path.resolve(process.argv[2] || process.env.WECHAT_CI_PROJECT_PATH || REPO_ROOT)
  const configPath = path.join(projectPath, 'project.config.json')
  if (!fs.existsSync(configPath)) fail(`no project.config.json in ${projectPath}`)
  let projectConfig
  try {
    projectConfig = JSON.parse(fs.readFileSync(configPath, 'utf8'))
  } catch (e) {
    fail(`cannot parse ${configPath}: ${e.message}`)
  }
  if (projectConfig.compileType && projectConfig.compileType !== 'miniprogram') {
    fail(`compileType is "${projectConfig.compileType}"; checkCodeQuality only supports miniprogram`)
  }
  const miniprogramRoot = path.join(projectPath, projectConfig.miniprogramRoot || '')
  if (!fs.existsSync(path.join(miniprogramRoot, 'app.json'))) {
    fail(`no app.json in ${miniprogramRoot} (miniprogramRoot of ${configPath}); run \`npm run build:weapp\` first`)
  }

  let ci
  try {
    ci = createRequire(path.join(CI_DIR, 'package.json'))('miniprogram-ci')
  } catch (e) {
    fail(`miniprogram-ci is not installed in ${path.relative(REPO_ROOT, CI_DIR)}: run \`npm ci --prefix tools/wechat-ci\` (${e.message})`)
  }

  // No check needs a real upload key; the constructor only insists that the file exists.
  const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-ci-key-'))
  const keyPath = path.join(keyDir, 'private.key')
  fs.writeFileSync(keyPath, '')
  try {
    const project = new ci.Project({
      appid: 'touristappid',
      type: 'miniProgram',
      projectPath,
      privateKeyPath: keyPath
    })

    const started = Date.now()
    // checkCodeQuality catches an exception inside any single check, logs it
    // with console.error and then reports that check as PASSED; collect those
    // logs so that a crashing check fails the run instead of passing silently.
    const quality = await capturing('error', () => ci.checkCodeQuality(project), true)
    // analyseCode builds the same dependency graph the checker uses; its
    // logger warns about every reference that does not resolve (a page's
    // usingComponents, a wxml import, a require) — a broken build the checker
    // itself does not report.
    const analysis = await capturing('warn', () => ci.analyseCode(project, { silent: false }), false)
    const elapsed = Date.now() - started

    const results = quality.value.map((r) => ({ ...r }))
    const files = (analysis.value && analysis.value.files) || []

    // The checker reports only pass/fail for the media budget: list the files.
    const mediaExts = [
      '.jpg',
      '.jpeg',
      '.png',
      '.svg',
      '.webp',
      '.gif',
      '.flac',
      '.m4a',
      '.ogg',
      '.ape',
      '.amr',
      '.wma',
      '.wav',
      '.mp3',
      '.mp4',
      '.aac',
      '.aiff',
      '.caf'
    ]
    const media = results.find((r) => r.name === 'IMAGE_AND_AUDIO_LIMIT')
    if (media) {
      media.detail = {
        files: files
          .filter((f) => mediaExts.includes(f.ext))
          .sort((a, b) => b.size - a.size)
          .map((f) => ({ path: f.path, size: f.size }))
      }
    }
    results.push({
      name: 'DEPENDENCY_RESOLUTION',
      success: analysis.captured.length === 0,
      detail: analysis.captured
    })
    results.push({
      name: 'CHECKER_ERRORS',
      success: quality.captured.length === 0,
      detail: quality.captured
    })

    console.log('')
    console.log(
      `WeChat code quality (miniprogram-ci ${require(path.join(CI_DIR, 'node_modules', 'miniprogram-ci', 'package.json')).version} checkCodeQuality + analyseCode)`
    )
    console.log(`project: ${projectPath}  build: ${path.relative(projectPath, miniprogramRoot) || '.'}  (${files.length} files, ${elapsed} ms)`)
    console.log('')

    let flagged = 0
    for (const item of results) {
      const ignoredReason = IGNORED[item.name]
      const status = item.success ? 'PASS' : ignoredReason ? 'IGNORED' : 'FAIL'
      if (status === 'FAIL') flagged++
      console.log(`${status.padEnd(7)} ${item.name} — ${TITLES[item.name] || item.text || ''}`)
      const lines = detailLines(item)
      // Passing checks show their details only when they carry information (sizes, file lists).
      if (!item.success || item.name === 'PACKAGE_SIZE_LIMIT' || item.name === 'IMAGE_AND_AUDIO_LIMIT' || lines.length) {
        if (!item.success && item.text) console.log(`        ${item.text.replace(/[\s:]+$/, '')}`)
        for (const line of lines) console.log(`        ${line}`)
        if (!item.success && item.docURL) console.log(`        see ${item.docURL}`)
        if (status === 'IGNORED') console.log(`        ignored: ${ignoredReason}`)
        if (item.name === 'CONTAINS_UNUSED_CODES' && item.success && lines.length) {
          console.log('        (WeChat passes this unless setting.ignoreUploadUnusedFiles is false: such files are left out of the upload)')
        }
      }
    }

    console.log('')
    console.log(`${results.length - flagged} passed, ${flagged} failed`)
    return flagged === 0 ? 0 : 1
  } finally {
    fs.rmSync(keyDir, { recursive: true, force: true })
  }
}

main().then(
  // miniprogram-ci leaves a chokidar watcher on the build folder open, so exit explicitly.
  (code) => process.exit(code),
  (err) => {
    console.error('wechat-code-quality: the checker crashed:')
    console.error(err && err.stack ? err.stack : err)
    process.exit(2)
  }
)
