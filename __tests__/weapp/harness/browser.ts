/**
 * Entry point of the harness bundle that e2e/weapp-screens.ts loads into chromium. Only the environment-agnostic
 * core is bundled: the build's files and the compiled templates are prepared in node and passed in, so neither
 * the file system nor the WebAssembly template compiler is needed in the page.
 */
import { bootWeapp, type Weapp } from './weapp'
import type { PrivacyMode } from './wx'

export interface BrowserBootOptions {
  files: Record<string, string>
  templates: string
  fontSizeSetting?: number
  privacy?: PrivacyMode
}

export interface BrowserHarness {
  boot(options: BrowserBootOptions): Weapp
}

/**
 * Taro writes inline styles as text, and WeChat understands rpx there; chromium drops such declarations.
 * Rewrite them as vw (750rpx = screen width) whenever the app sets a style attribute.
 */
function convertInlineRpx(): void {
  const fix = (el: Element): void => {
    const style = el.getAttribute('style')
    if (style && style.includes('rpx')) {
      el.setAttribute(
        'style',
        style.replace(/(-?\d*\.?\d+)rpx\b/g, (_m, n: string) => `${+(Number(n) / 7.5).toFixed(4)}vw`)
      )
    }
  }
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target instanceof Element) fix(r.target)
      for (const node of Array.from(r.addedNodes)) {
        if (node instanceof Element) [node, ...Array.from(node.querySelectorAll('[style]'))].forEach(fix)
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] })
}

const harness: BrowserHarness = {
  boot: (options) => {
    convertInlineRpx()
    return bootWeapp({
      files: new Map(Object.entries(options.files)),
      templates: options.templates,
      fontSizeSetting: options.fontSizeSetting,
      privacy: options.privacy
    })
  }
}

const page = globalThis as unknown as { weappHarness: BrowserHarness }
page.weappHarness = harness
