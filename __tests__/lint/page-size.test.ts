/**
 * Pages render; their state lives in hooks beside them. The size rule in .eslintrc.cjs, run through
 * ESLint itself: a page function over 100 lines of code fails lint, blank lines and comments do not count,
 * and the rule is the pages' (a long domain table or hook is judged by review, not by this count).
 */
import { join } from 'node:path'
import { ESLint } from 'eslint'

// The files linted here exist only in memory, outside tsconfig's program: the one type-aware rule is off.
const eslint = new ESLint({
  cwd: join(__dirname, '..', '..'),
  // eslint 8 reads eslintrc-style options here; the types it ships describe the flat config
  overrideConfig: {
    parserOptions: { project: null },
    rules: { '@typescript-eslint/no-floating-promises': 'off' }
  } as unknown as ESLint.Options['overrideConfig']
})

async function sizeMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', '..', filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'max-lines-per-function').map((m) => m.message)
}

/** A function `lines` lines long from its first line to its closing brace, with `extra` lines of blank or comment between. */
function pageOf(lines: number, extra = ''): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  n += ${i}${extra}`)
  return ['export function Page() {', '  let n = 0', ...body, '  return n', '}', ''].join('\n')
}

describe('page size rule', () => {
  it('a page function of 100 lines passes; one of 101 fails', async () => {
    expect(await sizeMessages('src/pages/family/x.tsx', pageOf(100))).toEqual([])
    expect(await sizeMessages('src/pages/family/x.tsx', pageOf(101))).toEqual([expect.stringMatching(/Page.*101/)])
  })

  it.each([
    ['blank lines', '\n'],
    ['comments', '\n  // why this line is here']
  ])('%s do not count', async (_what, extra) => {
    expect(await sizeMessages('src/pages/withdraw/x.tsx', pageOf(90, extra))).toEqual([])
  })

  it('applies to pages only', async () => {
    expect(await sizeMessages('src/pages/yidi/useX.ts', pageOf(101))).not.toEqual([])
    expect(await sizeMessages('src/domain/yidi/x.ts', pageOf(101))).toEqual([])
  })
})
