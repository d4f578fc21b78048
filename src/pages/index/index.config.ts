export default definePageConfig({
  navigationBarTitleText: '医保指南',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
