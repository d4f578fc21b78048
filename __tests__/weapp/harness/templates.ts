/**
 * Compiles every .wxml and .wxs of a build with glass-easel's own template compiler (WebAssembly).
 *
 * The result is JavaScript source text (the compiler's "gen object groups"), not live objects: the same text can
 * be evaluated in jest (registry.ts) or shipped into chromium for screenshots, where the compiler is not loaded.
 */
import { TmplGroup } from 'glass-easel-template-compiler'
import { posix } from './path'
import type { SourceFiles } from './loader'

export interface CompiledTemplates {
  /** An expression that evaluates to { [path]: ProcGenGroup } for every template path in the build. */
  source: string
  /** Template paths without extension ('base', 'comp', 'pages/index/index'). */
  paths: string[]
  /** What the compiler reported. WeChat's own compiler would refuse the upload on errors. */
  problems: string[]
}

function describeProblem(path: string, raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>
    const where = typeof r.startLine === 'number' ? `:${r.startLine + 1}:${Number(r.startCol ?? 0) + 1}` : ''
    const text = typeof r.message === 'string' ? r.message : JSON.stringify(raw)
    return `${path}.wxml${where}: ${text}`
  }
  return `${path}.wxml: ${String(raw)}`
}

export function compileTemplates(files: SourceFiles): CompiledTemplates {
  const group = new TmplGroup()
  const paths: string[] = []
  const problems: string[] = []
  try {
    // Scripts first: a template's <wxs src> must find its module when the template is added.
    for (const [file, text] of files) {
      if (file.endsWith('.wxs')) group.addScript(posix.stripExt(file), text)
    }
    for (const [file, text] of files) {
      if (!file.endsWith('.wxml')) continue
      const path = posix.stripExt(file)
      const reported: unknown = group.addTmpl(path, text)
      if (Array.isArray(reported)) for (const r of reported) problems.push(describeProblem(path, r))
      paths.push(path)
    }
    return { source: group.getTmplGenObjectGroups(), paths, problems }
  } finally {
    // The group lives in WebAssembly memory; free it or every createWeapp() leaks a few MB.
    group.free()
  }
}
