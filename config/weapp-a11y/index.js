/**
 * A local Taro plugin: lets View/Text/Button carry aria-role, aria-label and the
 * states (aria-pressed, aria-checked…) into WeChat's templates, where Taro 4.2.1
 * drops them, so WeChat's screen reader hears headings, buttons and ticks.
 * (Same mechanism as @tarojs/plugin-inject, which has no 4.2.x release.)
 *
 * When to delete it: once Taro's own weapp templates bind aria-role/aria-label and the
 * states (or @tarojs/plugin-inject ships for the Taro version in package.json). To check
 * after a Taro upgrade, drop this plugin from `plugins` in config/index.ts and run
 * `npm run test:weapp`: if __tests__/weapp/a11y.test.ts still passes, this folder can go.
 */
const path = require('node:path')
const attributes = require('./attributes')

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (!platform.template) return // H5: the DOM keeps every attribute already
      platform.template.mergeComponents(ctx, attributes)
      const runtime = path.join(__dirname, 'runtime.js')
      platform.runtimePath = [].concat(platform.runtimePath, runtime)
    }
  })
}
