export default definePageConfig({ navigationBarTitleText: '医保余额怎么查' })
