import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { OUTPUTS, inputsDigest, outputsPresent } from '../../scripts/generated-inputs'

describe('the digest of what src/generated/ is made from', () => {
  let root: string
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), text)
  }
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'inputs-'))
    write('policies/national.json', '{"a":1}')
    write('policies/regions/350200.json', '{"b":1}')
    write('scripts/build-policies.ts', 'build()')
    write('src/domain/search/words.ts', 'export const words = []')
    write('src/pages/index/index.tsx', 'page')
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it.each([
    ['a region file is edited', 'policies/regions/350200.json', '{"b":2}'],
    ['a region file is added', 'policies/regions/110000.json', '{}'],
    ['a generator is edited', 'scripts/build-policies.ts', 'build(2)'],
    ['the search words are edited', 'src/domain/search/words.ts', 'export const words = [1]'],
    ['the policy package generator is added or edited', 'scripts/generate-policy-packages.ts', 'split()'],
    ['the digest of the shipped payload changes', 'src/domain/policyUpdate/cache.ts', 'export const digestOf = 2']
  ])('changes when %s', (_what, file, text) => {
    const before = inputsDigest(root)
    write(file, text)
    expect(inputsDigest(root)).not.toBe(before)
  })

  it('stays the same when only a page changes (pages are not generated from)', () => {
    const before = inputsDigest(root)
    write('src/pages/index/index.tsx', 'page 2')
    expect(inputsDigest(root)).toBe(before)
  })
})

describe('the generated files a checkout must have', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'outputs-'))
    for (const file of OUTPUTS) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), '{}')
    }
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('all there: nothing to regenerate', () => {
    expect(outputsPresent(root)).toBe(true)
  })

  it('the per-province policy data missing (a checkout generated before that generator existed): regenerate', () => {
    rmSync(join(root, 'src/generated/policy'), { recursive: true })
    expect(outputsPresent(root)).toBe(false)
  })
})
