export default definePageConfig({
  navigationBarTitleText: '选择参保地',
  // useShareAppMessage / useShareTimeline only work when the page declares them
  enableShareAppMessage: true,
  // not on Moments: in 单页模式 this page could not open the pages it leads to
  enableShareTimeline: false
})
