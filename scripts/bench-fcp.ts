/**
 * H5 first contentful paint (bench only, no assertion): each build is served on 127.0.0.1 and opened in a
 * fresh phone-sized Debian chromium context with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
 * and the browser's own `first-contentful-paint` entry is read. Runs alternate between the builds so that
 * machine load hits both alike; medians are reported.
 */
import { launch, phone } from '../e2e/support/browser'
import { serveStatic } from '../e2e/support/server'

export const CPU_SLOWDOWN = 4

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

export async function firstContentfulPaint(roots: Record<string, string>, runs: number): Promise<Record<string, number>> {
  const servers = await Promise.all(Object.entries(roots).map(async ([name, root]) => ({ name, server: await serveStatic(root) })))
  const browser = await launch()
  const samples: Record<string, number[]> = {}
  try {
    for (let i = 0; i <= runs; i++) {
      for (const { name, server } of servers) {
        const ctx = await phone(browser)
        const page = await ctx.newPage()
        const cdp = await ctx.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
        await page.goto(`${server.url}/`, { waitUntil: 'load' })
        const fcp = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint')
                if (entry) resolve(entry.startTime)
              }).observe({ type: 'paint', buffered: true })
            })
        )
        await ctx.close()
        if (i > 0) (samples[name] ??= []).push(fcp) // the first round warms the disk cache and the browser
      }
    }
  } finally {
    await browser.close()
    await Promise.all(servers.map(({ server }) => server.close()))
  }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]))
}
