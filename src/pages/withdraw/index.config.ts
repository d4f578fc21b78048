export default definePageConfig({
  navigationBarTitleText: '余额能取出来吗',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  enableShareTimeline: true
})
