/**
 * Launch figures on the glass-easel harness (bench only, no assertion): a weapp build runs in jsdom the way the
 * weapp tests run it, and this times each cold start from creating the app (injecting the main package) until a
 * text is on the page: the first thing the user sees, and the page's content. A subpackage's package (and, with
 * 分包异步化, the policy package and a province's data) is injected in between, as WeChat does; downloads take no
 * time here. Runs alternate between the cases so that machine load hits them alike; both the wall time and the
 * process's CPU time are reported (on a shared machine the CPU time is the steadier one).
 * Node's V8 with a JIT on a desktop CPU: compare builds by the ratio, not the milliseconds with a phone.
 */
import { JSDOM } from 'jsdom'

export interface LaunchCase {
  label: string
  dir: string
  url: string
  scene: number
  /** texts to time, in the order they appear (e.g. the placeholder's, then the content's) */
  texts: string[]
}

export interface LaunchTiming {
  /** per text: median wall and CPU ms from app creation until it appeared */
  wallMs: number[]
  cpuMs: number[]
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

let installed = false
/** The harness expects a DOM in the global scope, as under jest-environment-jsdom. */
function installDom(): void {
  if (installed) return
  installed = true
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as Record<string, unknown>
  for (const name of [
    'window',
    'document',
    'Node',
    'Element',
    'HTMLElement',
    'Text',
    'Event',
    'MouseEvent',
    'MutationObserver',
    'requestAnimationFrame',
    'cancelAnimationFrame'
  ]) {
    if (!(name in g) || name === 'window' || name === 'document') g[name] = (window as unknown as Record<string, unknown>)[name]
  }
}

const cpuNow = (): number => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}

/** `runs` cold starts of every case, alternating, after one warm-up round; medians per case and text. */
export async function timeLaunches(cases: readonly LaunchCase[], runs: number): Promise<Map<string, LaunchTiming>> {
  installDom()
  // Loaded after the DOM exists: glass-easel looks for it when its modules are evaluated.
  const { createWeapp, loadBuild } = await import('../__tests__/weapp/harness')
  for (const c of cases) loadBuild(c.dir) // read and compile the templates once, outside the timing (WeChat ships them compiled)
  const samples = new Map(cases.map((c) => [c.label, { wall: c.texts.map(() => [] as number[]), cpu: c.texts.map(() => [] as number[]) }]))
  for (let round = 0; round <= runs; round++) {
    for (const c of cases) {
      const host = document.body.appendChild(document.createElement('div'))
      const wall = c.texts.map(() => 0)
      const cpu = c.texts.map(() => 0)
      const t0 = performance.now()
      const c0 = cpuNow()
      const observer = new MutationObserver(() => {
        const text = host.textContent ?? ''
        c.texts.forEach((want, i) => {
          if (!wall[i] && text.includes(want)) {
            wall[i] = performance.now() - t0
            cpu[i] = cpuNow() - c0
          }
        })
      })
      observer.observe(host, { subtree: true, childList: true, characterData: true })
      const weapp = createWeapp({ dir: c.dir, host })
      await weapp.open(c.url, { scene: c.scene })
      observer.disconnect()
      const missing = c.texts.filter((_, i) => !wall[i])
      if (missing.length > 0) throw new Error(`${c.url}: "${missing.join('", "')}" never appeared:\n${weapp.text().slice(0, 300)}`)
      if (weapp.errors.length > 0) throw new Error(`${c.url}: the app threw ${String(weapp.errors[0])}`)
      weapp.destroy()
      if (round === 0) continue // warm-up: the first round also compiles the harness itself
      const s = samples.get(c.label)
      c.texts.forEach((_, i) => {
        s?.wall[i]?.push(wall[i] ?? NaN)
        s?.cpu[i]?.push(cpu[i] ?? NaN)
      })
    }
  }
  return new Map([...samples].map(([label, s]) => [label, { wallMs: s.wall.map(median), cpuMs: s.cpu.map(median) }]))
}

/** Run as a child of npm run bench (a fresh heap: nothing the other benchmarks allocated gets collected during a launch). */
if (require.main === module) {
  const [casesJson = '[]', runs = '15'] = process.argv.slice(2)
  timeLaunches(JSON.parse(casesJson) as LaunchCase[], Number(runs))
    .then((result) => console.log(JSON.stringify([...result])))
    .catch((err: unknown) => {
      console.error(err)
      process.exit(1)
    })
}
