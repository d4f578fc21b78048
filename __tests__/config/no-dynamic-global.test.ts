/**
 * @jest-environment node
 *
 * The weapp build's guard against webpack's `new Function('return this')` fallback,
 * run through real webpack on tiny entries.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import webpack from 'webpack'
import { NoDynamicGlobalPlugin } from '../../config/no-dynamic-global'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ndg-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function build(source: string): Promise<{ errors: string[]; output: string }> {
  writeFileSync(join(dir, 'entry.js'), source)
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    context: dir,
    entry: './entry.js',
    output: { path: join(dir, 'out'), filename: 'main.js' },
    plugins: [new NoDynamicGlobalPlugin()]
  })
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      if (err || !stats) return reject(err ?? new Error('no stats'))
      const errors = stats.compilation.errors.map((e) => e.message)
      const output = errors.length ? '' : readFileSync(join(dir, 'out', 'main.js'), 'utf8')
      compiler.close(() => resolve({ errors, output }))
    })
  })
}

it('replaces the global lookup so the bundle has no new Function', async () => {
  const { errors, output } = await build('module.exports = typeof global')
  expect(errors).toEqual([])
  expect(output).toContain("typeof globalThis === 'object'")
  expect(output).not.toMatch(/new Function/)
})

it('fails the build when there is nothing to replace, instead of passing silently', async () => {
  const { errors } = await build('module.exports = 1')
  expect(errors.join('\n')).toMatch(/NoDynamicGlobalPlugin/)
})
