/**
 * Reads a weapp build folder into memory (node only). The rest of the harness works on this map, so the same
 * code runs in chromium with the map shipped inside the page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { SourceFiles } from './loader'

/** The build folder jest and the screenshot script use unless WEAPP_DIR says otherwise. */
export const DEFAULT_WEAPP_DIR = resolve(__dirname, '..', '..', '..', 'dist', 'weapp')

export function weappDir(): string {
  return process.env.WEAPP_DIR ? resolve(process.env.WEAPP_DIR) : DEFAULT_WEAPP_DIR
}

/** Only the files WeChat itself reads; images and licence files are not needed to run the app. */
const TEXT_FILES = /\.(js|json|wxml|wxs|wxss)$/

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

/** Fails loudly: a missing or half-written build must never let the weapp tests pass. */
export function readWeappDir(dir: string): SourceFiles {
  if (!existsSync(join(dir, 'app.json')) || !existsSync(join(dir, 'app.js'))) {
    throw new Error(`No weapp build at ${dir} (app.json/app.js missing): run npm run build:weapp first`)
  }
  const files = new Map<string, string>()
  for (const full of walk(dir)) {
    if (!TEXT_FILES.test(full)) continue
    files.set(relative(dir, full).split(sep).join('/'), readFileSync(full, 'utf8'))
  }
  return files
}
