export default definePageConfig({ navigationBarTitleText: '选择参保地' })
