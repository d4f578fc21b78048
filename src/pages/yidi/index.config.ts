export default definePageConfig({
  navigationBarTitleText: '去外地看病',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
