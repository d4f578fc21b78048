/**
 * The import rules that keep the app fast and the layers apart, checked on the sources in
 * `npm run test:quick` (before any build): `npm run lint:deps`.
 *
 * The main package is what every launch waits for, including a parent opening a link from a
 * family chat. It holds app.tsx and the home page; whatever they import lands in it. The guide
 * subpackages carry the policy data and checks, so nothing reachable from the main package may
 * import them (docs/architecture.md, "The package rule").
 */

/** Modules that belong to the guides, never to the main package. */
const GUIDE_ONLY = [
  '^src/store/policy[.]ts$',
  '^src/domain/region/index[.]ts$',
  '^src/domain/config/',
  '^src/domain/policy/bundle[.]ts$',
  '^src/generated/(policies|regions)[.]json$'
]

/** Each layer may import only the layers below it: pages → components → hooks → store → services → domain. */
const LAYERS = [
  { name: 'domain', below: [] },
  { name: 'services', below: ['domain'] },
  { name: 'store', below: ['domain', 'services'] },
  { name: 'hooks', below: ['domain', 'services', 'store'] },
  { name: 'components', below: ['domain', 'services', 'store', 'hooks'] }
]
const ALL_LAYERS = ['domain', 'services', 'store', 'hooks', 'components', 'pages']

module.exports = {
  forbidden: [
    {
      name: 'main-package',
      severity: 'error',
      comment:
        'app.tsx and the home page are the main package: they must not reach the policy store, the full region list, the config checks or the policy bundle (use domain/region/names, store/searchEntries, store/policyNotice).',
      from: { path: '^src/(app[.]tsx$|pages/index/)' },
      to: { path: GUIDE_ONLY, reachable: true }
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and splits badly across packages.',
      from: { path: '^src/' },
      to: { circular: true }
    },
    ...LAYERS.map(({ name, below }) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name} may import only ${below.length ? below.map((b) => `src/${b}`).join(', ') : 'itself and generated data'}.`,
      from: { path: `^src/${name}/` },
      to: { path: `^src/(${ALL_LAYERS.filter((l) => l !== name && !below.includes(l)).join('|')})/` }
    })),
    {
      name: 'page-to-page',
      severity: 'error',
      comment: 'A page is a route in its own package: share code through components, hooks or domain.',
      from: { path: '^src/pages/([^/]+)/' },
      to: { path: '^src/pages/', pathNot: '^src/pages/$1/' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)__tests__/' },
    // the graph after TypeScript drops type-only imports: what webpack actually bundles
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] }
  }
}
