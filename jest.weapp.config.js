/** The weapp harness tests: the REAL WeChat build (dist/weapp, or WEAPP_DIR) run on glass-easel in jsdom.
 *  Unlike jest.config.js there are no @tarojs fakes here: the app's own compiled code runs. */
module.exports = {
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/__tests__/weapp/**/*.test.ts'],
  // same TypeScript/JSX transform as the unit tests
  transform: require('./jest.config.js').projects[0].transform,
  // Booting the app compiles ~55 KB of templates with WebAssembly and runs React; give slow CI machines room.
  testTimeout: 30000,
  clearMocks: true
}
