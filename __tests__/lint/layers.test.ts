/**
 * The layer rules in .eslintrc.cjs, run through ESLint itself: a file in each layer
 * importing what its layer must not import fails lint, and the allowed imports pass.
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

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', '..', filePath) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layer rules', () => {
  it.each([
    ['src/domain/policy/x.ts', "import Taro from '@tarojs/taro'"],
    ['src/domain/policy/x.ts', "import { View } from '@tarojs/components'"],
    ['src/domain/family/x.ts', "import { useState } from 'react'"],
    ['src/domain/family/x.ts', "import { create } from 'zustand'"],
    ['src/domain/share/x.ts', "import { usePolicyStore } from '../../store/policyStore'"],
    ['src/domain/share/x.ts', "import { copyText } from '../../services/clipboard'"],
    ['src/domain/share/x.ts', "import { useCopy } from '../../hooks/useCopy'"],
    ['src/pages/balance/x.tsx', "import Taro from '@tarojs/taro'"],
    ['src/pages/balance/x.tsx', "import { useRouter } from '@tarojs/taro'"],
    ['src/components/Card/x.tsx', "import Taro from '@tarojs/taro'"],
    ['src/hooks/x.ts', "import Taro from '@tarojs/taro'"],
    ['src/workers/policy/x.ts', "import Taro from '@tarojs/taro'"],
    ['src/workers/policy/x.ts', "import { taroStore } from '../../services/storage'"],
    ['src/workers/policy/x.ts', "import { policyStore } from '../../store/policyData'"]
  ])('%s refuses %s', async (file, line) => {
    expect(await restrictedImports(file, `${line}\n`)).not.toEqual([])
  })

  it.each([
    ['src/domain/policy/x.ts', "import * as v from 'valibot'"],
    ['src/domain/policy/x.ts', "import { resolvePolicy } from './resolve'"],
    ['src/pages/balance/x.tsx', "import { View } from '@tarojs/components'"],
    ['src/pages/balance/x.tsx', "import { copyText } from '../../services/clipboard'"],
    ['src/hooks/x.ts', "import { useRouter } from '@tarojs/taro'"],
    ['src/services/x.ts', "import Taro from '@tarojs/taro'"],
    ['src/workers/policy/x.ts', "import { decideRefresh } from '../../domain/policyUpdate/evaluate'"]
  ])('%s allows %s', async (file, line) => {
    expect(await restrictedImports(file, `${line}\n`)).toEqual([])
  })
})
