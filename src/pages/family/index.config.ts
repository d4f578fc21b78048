export default definePageConfig({
  navigationBarTitleText: '家庭共济',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
