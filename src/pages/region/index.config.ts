export default definePageConfig({
  navigationBarTitleText: '选择参保地',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
