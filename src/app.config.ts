export default defineAppConfig({
  // Routes are a public contract: share links and deep links depend on them. Each guide is a
  // subpackage whose root keeps its route (pages/balance + index = pages/balance/index), so a
  // shared link downloads only the small main package plus one subpackage before its first screen.
  pages: ['pages/index/index'],
  subPackages: [
    { root: 'pages/balance', pages: ['index'] },
    { root: 'pages/family', pages: ['index'] },
    { root: 'pages/withdraw', pages: ['index'] },
    { root: 'pages/yidi', pages: ['index'] },
    { root: 'pages/region', pages: ['index'] },
    { root: 'pages/about', pages: ['index'] }
  ],
  // The policy code and data the guides share are not listed here: config/policy-packages.ts adds
  // each import() chunk as a page-less subpackage (policy, policy-data/<province>) and the
  // config-check worker (workers) to app.json, because they follow from the build.
  // Someone who starts on the home page never waits for a guide: WeChat fetches them once it shows,
  // and the shared policy package with them, and the search (both load on the first keystroke).
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: ['pages/balance', 'pages/family', 'pages/withdraw', 'pages/yidi', 'pages/region', 'pages/about', 'policy', 'search']
    }
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '医保指南',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f8'
  },
  // H5 only: Taro's page-switch animation hides the page you return to when Back is
  // pressed within its 300 ms timer (router hide() timer), leaving a blank screen.
  animation: false,
  // Inject only the components a page uses (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
  // WeChat blocks privacy APIs (clipboard) until the user agrees; app.tsx handles onNeedPrivacyAuthorization.
  __usePrivacyCheck__: true
})
