export default defineAppConfig({
  // Routes are a public contract: share links and deep links depend on them.
  pages: [
    'pages/index/index',
    'pages/balance/index',
    'pages/family/index',
    'pages/withdraw/index',
    'pages/region/index',
    'pages/about/index'
  ],
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
