export default definePageConfig({
  navigationBarTitleText: '关于',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
