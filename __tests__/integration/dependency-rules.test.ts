/**
 * The import rules in .dependency-cruiser.cjs, run by dependency-cruiser itself on small trees
 * shaped like src/: each rule refuses the import it is for, and the same tree without it passes.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const repo = join(__dirname, '..', '..')
const depcruise = join(repo, 'node_modules', '.bin', 'depcruise')

type Tree = Record<string, string>

/**
 * The parts of src/ the rules speak of, importing nothing they should not: the home page and a guide
 * page, a component and hook they share, the policy gate (store/policy.ts) that loads the policy package
 * (store/policyData.ts, with the config checks and the full region data behind it) with import().
 */
const CLEAN: Tree = {
  'src/app.tsx': "import { useElderMode } from './hooks/useElderMode'\nexport default useElderMode\n",
  'src/pages/index/index.tsx':
    "import { ElderSwitch } from '../../components/ElderSwitch'\nimport { shortName } from '../../domain/region/names'\nimport { loadPolicy } from '../../store/policy'\nexport default [ElderSwitch, shortName, loadPolicy]\n",
  'src/components/ElderSwitch/index.tsx': "import { useElderMode } from '../../hooks/useElderMode'\nexport const ElderSwitch = useElderMode\n",
  'src/hooks/useElderMode.ts': "import { elder } from '../store/settingsStore'\nexport const useElderMode = elder\n",
  'src/store/settingsStore.ts': "import { get } from '../services/storage'\nexport const elder = get\n",
  'src/store/policy.ts': "export const loadPolicy = () => import('./policyData')\n",
  'src/store/policyData.ts':
    "import { check } from '../domain/policyUpdate/evaluate'\nimport { resolve } from '../domain/policy/resolve'\nexport const policy = [check, resolve]\n",
  'src/services/storage.ts': 'export const get = 1\n',
  'src/domain/policyUpdate/evaluate.ts': 'export const check = 1\n',
  'src/domain/policy/resolve.ts': 'export const resolve = 1\n',
  'src/domain/region/fullList.ts': "import { shortName } from './names'\nexport const regionList = { getRegion: shortName }\n",
  'src/domain/region/names.ts': 'export const shortName = 1\n',
  'src/domain/search/words.ts': 'export const KEYWORDS = 1\n',
  'src/pages/family/index.tsx':
    "import { loadPolicy } from '../../store/policy'\nimport { ElderSwitch } from '../../components/ElderSwitch'\nexport default [loadPolicy, ElderSwitch]\n",
  'src/pages/region/index.tsx': "import { regionList } from '../../domain/region/fullList'\nexport default regionList\n",
  'tsconfig.json': '{ "compilerOptions": { "jsx": "react-jsx", "esModuleInterop": true, "module": "es2020" } }\n'
}

interface Violation {
  rule: { name: string }
  from: string
  to: string
}

function violations(tree: Tree): Violation[] {
  const root = mkdtempSync(join(tmpdir(), 'deps-'))
  try {
    for (const [file, text] of Object.entries(tree)) {
      mkdirSync(dirname(join(root, file)), { recursive: true })
      writeFileSync(join(root, file), text)
    }
    let out: string
    try {
      out = execFileSync(depcruise, ['src', '--config', join(repo, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
        cwd: root,
        encoding: 'utf8'
      })
    } catch (err) {
      // depcruise exits non-zero when it finds errors; its report is still on stdout
      out = String((err as { stdout?: string }).stdout ?? '')
    }
    return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}

const ruleNames = (tree: Tree) => violations(tree).map((v) => v.rule.name)

describe('dependency rules', () => {
  it('a tree that keeps the rules passes', () => {
    expect(violations(CLEAN)).toEqual([])
  })

  it.each<[string, string, string, string]>([
    [
      'main-package',
      'a component the home page shows imports the full region list',
      'src/components/ElderSwitch/index.tsx',
      "import { useElderMode } from '../../hooks/useElderMode'\nimport { regionList } from '../../domain/region/fullList'\nexport const ElderSwitch = [useElderMode, regionList]\n"
    ],
    [
      'main-package',
      'the home page imports the search words instead of loading the search with import()',
      'src/pages/index/index.tsx',
      "import { ElderSwitch } from '../../components/ElderSwitch'\nimport { shortName } from '../../domain/region/names'\nimport { KEYWORDS } from '../../domain/search/words'\nexport default [ElderSwitch, shortName, KEYWORDS]\n"
    ],
    [
      'policy-package',
      'app.tsx reaches the policy package through a hook',
      'src/hooks/useElderMode.ts',
      "import { elder } from '../store/settingsStore'\nimport { policy } from '../store/policyData'\nexport const useElderMode = [elder, policy]\n"
    ],
    [
      'policy-package',
      'a guide page imports the policy store itself instead of going through store/policy',
      'src/pages/family/index.tsx',
      "import { policy } from '../../store/policyData'\nexport default policy\n"
    ],
    [
      'policy-package',
      'a component imports the resolver (it would be copied into every guide that shows it)',
      'src/components/ElderSwitch/index.tsx',
      "import { useElderMode } from '../../hooks/useElderMode'\nimport { resolve } from '../../domain/policy/resolve'\nexport const ElderSwitch = [useElderMode, resolve]\n"
    ],
    [
      'policy-package',
      'a hook imports the config update checks (they run in the worker and the policy package only)',
      'src/hooks/useElderMode.ts',
      "import { elder } from '../store/settingsStore'\nimport { check } from '../domain/policyUpdate/evaluate'\nexport const useElderMode = [elder, check]\n"
    ],
    [
      'policy-package',
      'the gate loads the policy package statically instead of with import()',
      'src/store/policy.ts',
      "import { policy } from './policyData'\nexport const loadPolicy = () => policy\n"
    ],
    [
      'layer-domain',
      'the domain imports a store',
      'src/domain/region/names.ts',
      "import { elder } from '../../store/settingsStore'\nexport const shortName = elder\n"
    ],
    [
      'layer-services',
      'a service imports a store',
      'src/services/storage.ts',
      "import { elder } from '../store/settingsStore'\nexport const get = elder\n"
    ],
    [
      'layer-components',
      'a component imports a page',
      'src/components/ElderSwitch/index.tsx',
      "import family from '../../pages/family/index'\nexport const ElderSwitch = family\n"
    ],
    [
      'no-circular',
      'two domain modules import each other',
      'src/domain/region/names.ts',
      "import { regionList } from './fullList'\nexport const shortName = regionList\n"
    ],
    [
      'page-to-page',
      'the home page imports a guide page',
      'src/pages/index/index.tsx',
      "import family from '../family/index'\nexport default family\n"
    ]
  ])('%s: refused when %s', (rule, _what, file, text) => {
    expect(ruleNames({ ...CLEAN, [file]: text })).toContain(rule)
  })

  it('a type-only import of a policy-package module does not count: it is gone after compiling', () => {
    const tree = {
      ...CLEAN,
      'src/domain/policyUpdate/evaluate.ts': 'export const check = 1\nexport interface Store { get(): string }\n',
      'src/store/settingsStore.ts':
        "import { get } from '../services/storage'\nimport type { Store } from '../domain/policyUpdate/evaluate'\nexport const elder: Store | number = get\n"
    }
    expect(violations(tree)).toEqual([])
  })

  it('the full region list: the region picker’s subpackage may hold it, the home page may not', () => {
    expect(violations(CLEAN)).toEqual([])
    const home = { ...CLEAN, 'src/pages/index/index.tsx': CLEAN['src/pages/region/index.tsx'] ?? '' }
    expect(violations(home).map((v) => `${v.rule.name} ${v.from}`)).toEqual(['main-package src/pages/index/index.tsx'])
  })
})
