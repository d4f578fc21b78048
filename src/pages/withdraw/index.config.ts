export default definePageConfig({ navigationBarTitleText: '余额能取出来吗' })
