/**
 * Forward-slash path helpers for paths inside a build ('pages/index/index').
 * Written out rather than taken from node:path so the same harness code also runs in chromium.
 */
function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}

function dirname(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'))
}

/** Drops a known extension: 'pages/index/index.wxml' → 'pages/index/index'. */
function stripExt(path: string): string {
  return path.replace(/\.(js|json|wxml|wxs|wxss)$/, '')
}

export const posix = { normalize, dirname, join, stripExt }
