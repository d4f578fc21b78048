/**
 * A minimal WXSS → CSS conversion for screenshots (node only). There is no WXSS compiler among glass-easel's
 * packages, so this does just enough for a faithful-looking page, and no test asserts layout through it:
 * - @import of other .wxss files is inlined;
 * - rpx becomes vw (750rpx is the screen width in WeChat);
 * - tag selectors for WeChat's built-in components (page, view, text …) target the wx-TAG elements dom.ts creates.
 * Style isolation between pages is not modelled: only one page is visible in a screenshot.
 */
import postcss from 'postcss'
import type { SourceFiles } from './loader'
import { posix } from './path'

const BUILT_IN_TAGS = [
  'page',
  'view',
  'text',
  'button',
  'image',
  'input',
  'textarea',
  'scroll-view',
  'swiper',
  'swiper-item',
  'navigator',
  'icon',
  'rich-text',
  'checkbox',
  'checkbox-group',
  'radio',
  'radio-group',
  'switch',
  'label',
  'form',
  'picker',
  'slider',
  'progress'
]

const TAG_RE = new RegExp(`(^|[\\s>+~,(])(${BUILT_IN_TAGS.join('|')})(?=$|[\\s>+~,.:#\\[)])`, 'g')

/** What WeChat's own renderer styles its components with, reduced to what matters for a screenshot. */
export const BASE_CSS = `
html, body { margin: 0; padding: 0; }
body { font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", sans-serif; -webkit-text-size-adjust: none; }
div[data-weapp-route][hidden] { display: none !important; }
wx-input[placeholder][value='']::before, wx-input[placeholder]:not([value])::before { content: attr(placeholder); color: #888; }
wx-input[value]:not([value=''])::before { content: attr(value); }
wx-page { display: block; min-height: 100vh; }
wx-view { display: block; }
wx-text { display: inline; white-space: pre-wrap; }
wx-image { display: inline-block; width: 320px; height: 240px; overflow: hidden; }
wx-button { display: block; position: relative; margin: 0 auto; padding: 0 14px; box-sizing: border-box;
  font-size: 18px; text-align: center; line-height: 2.55555556; border-radius: 5px; color: #000; background: #f8f8f8; }
wx-input { display: block; height: 1.4rem; min-height: 1.4rem; overflow: hidden; }
wx-scroll-view { display: block; overflow: auto; }
`

function rpxToVw(value: string): string {
  return value.replace(/(-?\d*\.?\d+)rpx\b/g, (_m, n: string) => `${+(Number(n) / 7.5).toFixed(4)}vw`)
}

function inlineImports(files: SourceFiles, path: string, seen: Set<string>): string {
  const text = files.get(path)
  if (text === undefined || seen.has(path)) return ''
  seen.add(path)
  return text.replace(/@import\s+(?:url\()?["']([^"']+)["']\)?\s*;/g, (_m, ref: string) =>
    inlineImports(files, posix.join(posix.dirname(path), ref), seen)
  )
}

/** One WXSS file (with its imports) as browser CSS. */
export function wxssToCss(files: SourceFiles, path: string): string {
  const root = postcss.parse(inlineImports(files, path, new Set()))
  root.walkRules((rule) => {
    // Keyframe selectors (from/to/50%) are not element selectors.
    if (rule.parent && rule.parent.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return
    rule.selector = rule.selector.replace(TAG_RE, (_m, before: string, tag: string) => `${before}wx-${tag}`)
  })
  root.walkDecls((decl) => {
    if (decl.value.includes('rpx')) decl.value = rpxToVw(decl.value)
  })
  return root.toString()
}

/** Base styles, app.wxss, every component's and every page's WXSS, in that order (later wins, as in WeChat). */
export function buildCss(files: SourceFiles, pages: readonly string[]): string {
  const parts = [BASE_CSS]
  if (files.has('app.wxss')) parts.push(wxssToCss(files, 'app.wxss'))
  for (const file of files.keys()) {
    if (file.endsWith('.wxss') && file !== 'app.wxss' && !pages.some((p) => `${p}.wxss` === file) && files.has(file.replace(/\.wxss$/, '.wxml'))) {
      parts.push(wxssToCss(files, file))
    }
  }
  for (const page of pages) if (files.has(`${page}.wxss`)) parts.push(wxssToCss(files, `${page}.wxss`))
  return parts.join('\n')
}
