/**
 * Launch figures on the glass-easel harness (bench only, no assertion): a weapp build runs in jsdom the way
 * the weapp tests run it, and this times, per cold start,
 *  - inject: running the main package's code (app.js, its chunks, the main pages), before App.onLaunch;
 *  - launch → render: from App.onLaunch until the page's first text is in the DOM (a subpackage page's
 *    package is injected in between, as WeChat does).
 * Node's V8 with a JIT on a desktop CPU: compare builds by the ratio, not the milliseconds with a phone.
 */
import { JSDOM } from 'jsdom'

export interface LaunchTiming {
  injectMs: number
  renderMs: number
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

let installed = false
/** The harness expects a DOM in the global scope, as under jest-environment-jsdom. */
function installDom(): void {
  if (installed) return
  installed = true
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as Record<string, unknown>
  for (const name of ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Text', 'Event', 'MouseEvent', 'MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame']) {
    if (!(name in g) || name === 'window' || name === 'document') g[name] = (window as unknown as Record<string, unknown>)[name]
  }
}

/** Cold starts on `url` (scene: 1001 from the list, 1007 from a chat card); medians over `runs` after one warm-up. */
export async function timeLaunch(dir: string, url: string, expectText: string, scene: number, runs: number): Promise<LaunchTiming> {
  installDom()
  // Loaded after the DOM exists: glass-easel looks for it when its modules are evaluated.
  const { createWeapp, loadBuild } = await import('../__tests__/weapp/harness')
  loadBuild(dir) // read and compile the templates once, outside the timing (WeChat ships them compiled)
  const inject: number[] = []
  const render: number[] = []
  for (let i = 0; i <= runs; i++) {
    const host = document.body.appendChild(document.createElement('div'))
    const t0 = performance.now()
    const weapp = createWeapp({ dir, host })
    const launched = performance.now()
    let rendered = 0
    const observer = new MutationObserver(() => {
      if (!rendered && (host.textContent ?? '').includes(expectText)) rendered = performance.now()
    })
    observer.observe(host, { subtree: true, childList: true, characterData: true })
    await weapp.open(url, { scene })
    observer.disconnect()
    if (!rendered) throw new Error(`${url}: "${expectText}" never appeared:\n${weapp.text().slice(0, 300)}`)
    if (weapp.errors.length > 0) throw new Error(`${url}: the app threw ${String(weapp.errors[0])}`)
    weapp.destroy()
    if (i === 0) continue // warm-up: the first run also compiles the harness itself
    inject.push(launched - t0)
    render.push(rendered - launched)
  }
  return { injectMs: median(inject), renderMs: median(render) }
}
