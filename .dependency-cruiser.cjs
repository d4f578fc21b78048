/**
 * The import rules that keep the app fast and the layers apart, checked on the sources in
 * `npm run test:quick` (before any build): `npm run lint:deps`.
 *
 * The package map (README "Package map"): the main package is what every launch waits for,
 * including a parent opening a link from a family chat; it holds app.tsx and the home page. Each
 * guide is a subpackage holding its page. The policy code and data every guide reads are one
 * page-less subpackage (`policy`: store/policyData.ts and what only it uses), which a page reaches
 * only through store/policy.ts's import(); the config checks run in the worker (src/workers).
 * A static import is what lands in the importer's package, so the rules read the graph without
 * dynamic imports: an import() is the boundary between packages, not a dependency of the page.
 */

/**
 * The policy package and the config-check worker: one copy each, loaded on demand. No page,
 * component, hook or app.tsx may reach them statically, or every guide would carry a copy again.
 */
const POLICY_PACKAGE = [
  '^src/store/(policyData|createPolicyStore|shippedProvinces)([.]weapp)?[.]ts$',
  '^src/domain/policyUpdate/',
  '^src/domain/policy/(bundle|schema|contentRule|allowlist|numbers|vocabulary|wording|citations|evidence|resolve|safetyLayer|embedded)[.]ts$',
  '^src/domain/region/(facts|areas|checkFacts)[.]ts$',
  '^src/domain/search/index[.]ts$',
  '^src/services/(policyWorker|policyUpdateRequest|policyUpdateSource)([.]h5)?[.]ts$',
  '^src/workers/',
  '^src/generated/(policies|region-areas)[.]json$',
  '^src/generated/policy/',
  '(^|/)node_modules/(valibot|tweetnacl)/'
]

/**
 * What the main package may not hold: the region picker's full list, and the home page's search (its words,
 * ranking and replies: the search package, loaded with import() when someone types).
 */
const NOT_MAIN = [
  '^src/domain/region/(fullList|regions|search)[.]ts$',
  '^src/generated/regions[.]json$',
  '^src/domain/search/(engine|index|query|reply|words)[.]ts$'
]

/** Each layer may import only the layers below it: pages → components → hooks → store → services → domain. */
const LAYERS = [
  { name: 'domain', below: [] },
  { name: 'workers', below: ['domain'] },
  { name: 'services', below: ['domain'] },
  { name: 'store', below: ['domain', 'services'] },
  { name: 'hooks', below: ['domain', 'services', 'store'] },
  { name: 'components', below: ['domain', 'services', 'store', 'hooks'] }
]
const ALL_LAYERS = ['domain', 'workers', 'services', 'store', 'hooks', 'components', 'pages']

module.exports = {
  forbidden: [
    {
      name: 'policy-package',
      severity: 'error',
      comment:
        'Pages, components, hooks and app.tsx read policy data only through store/policy (usePolicyState, useResolvedPolicy; export default withPolicy(Page)): the policy store, resolver, config checks and shipped data are one copy in the policy package and the worker.',
      from: { path: '^src/(app[.]tsx$|pages/|components/|hooks/)' },
      to: { path: POLICY_PACKAGE, reachable: true }
    },
    {
      name: 'main-package',
      severity: 'error',
      comment:
        'app.tsx and the home page are the main package: they must not reach the full region list (domain/region/fullList: use domain/region/names) nor the search code (store/searchEntries loads it, and the policy package, with import() when someone searches).',
      from: { path: '^src/(app[.]tsx$|pages/index/)' },
      to: { path: NOT_MAIN, reachable: true }
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
    // import() loads another package (an async subpackage or chunk) on demand: not part of the importer's package
    exclude: { path: '(^|/)__tests__/', dynamic: true },
    // the graph after TypeScript drops type-only imports: what webpack actually bundles
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] }
  }
}
