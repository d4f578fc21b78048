export default definePageConfig({ navigationBarTitleText: '医保指南' })
