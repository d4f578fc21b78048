export default definePageConfig({
  navigationBarTitleText: '医保余额怎么查',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
