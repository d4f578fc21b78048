import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { NoDynamicGlobalPlugin } from './no-dynamic-global'
import { checkPolicyKeys } from './policy-keys'
import { PreloadHomePlugin } from './preload-home'
import { PolicyPackagesPlugin } from './policy-packages'
import { policyCheckerId } from './policy-checker'
import devConfig from './dev'
import prodConfig from './prod'

const keyProblems = checkPolicyKeys(process.env)
if (keyProblems.length > 0) {
  throw new Error(`\n✗ Policy signing keys:\n${keyProblems.map((p) => `  - ${p}`).join('\n')}\n`)
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yibao-guide',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // weapp and h5 builds live side by side so one `npm start` can write both;
    // the browser tests build a second H5 copy wired to a test config server (YIBAO_OUTPUT).
    outputRoot: process.env.YIBAO_OUTPUT || `dist/${process.env.TARO_ENV}`,
    plugins: [path.join(__dirname, 'weapp-a11y', 'index.js')],
    defineConstants: {},
    // Read from the shell at build time (see README "Publishing a policy config"); unset = embedded data only.
    env: {
      TARO_APP_POLICY_URL: JSON.stringify(process.env.TARO_APP_POLICY_URL ?? ''),
      TARO_APP_POLICY_PUBLIC_KEY: JSON.stringify(process.env.TARO_APP_POLICY_PUBLIC_KEY ?? ''),
      TARO_APP_POLICY_KEY_ID: JSON.stringify(process.env.TARO_APP_POLICY_KEY_ID ?? ''),
      TARO_APP_POLICY_NEXT_PUBLIC_KEY: JSON.stringify(process.env.TARO_APP_POLICY_NEXT_PUBLIC_KEY ?? ''),
      TARO_APP_POLICY_NEXT_KEY_ID: JSON.stringify(process.env.TARO_APP_POLICY_NEXT_KEY_ID ?? ''),
      TARO_APP_POLICY_CHECKER: JSON.stringify(policyCheckerId())
    },
    // base.wxml (main package, read at every launch) repeats each element's template once per nesting
    // level: 16 levels by default, 68 KB here. The pages nest 4 (home) to 11 deep (every fold open); with 8
    // levels the file is 41 KB, and what nests deeper (folded lists, a source's quotes) continues through
    // Taro's recursive comp component, which renders it the same.
    baseLevel: 8,
    framework: 'react',
    compiler: 'webpack5',
    // WeChat reads code packages as UTF-8: Chinese text kept as is takes 3 bytes a character instead
    // of 6 for a \uXXXX escape (Taro's default, ascii_only), and the main package's size decides how fast a
    // shared card opens.
    ...(process.env.TARO_ENV === 'weapp' ? { terser: { enable: true, config: { output: { ascii_only: false } } } } : {}),
    // webpack's persistent cache: a warm weapp build takes 3 s instead of 13 s with byte-identical
    // output, but in one of three edit trials (2026-12) a warm build came out without the edit.
    // Until that is understood it stays off for `npm test`, CI and releases; YIBAO_BUILD_CACHE=1
    // turns it on for a local inner loop (delete node_modules/.cache/webpack if a build looks stale).
    cache: { enable: process.env.YIBAO_BUILD_CACHE === '1' },
    mini: {
      // Code used only by guide subpackages (policy data, region list, config checks) leaves the
      // main package, which stays small for a fast first screen: into <root>/sub-vendors, or copied into each
      // <root>/sub-common.
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} }
      },
      webpackChain(chain) {
        chain.plugin('no-dynamic-global').use(NoDynamicGlobalPlugin)
        chain.resolve.alias.set('crypto$', path.join(__dirname, 'empty-module.js'))
        // import() chunks and the shipped province data are subpackages of their own (config/policy-packages.ts)
        chain.plugin('policy-packages').use(PolicyPackagesPlugin)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} }
      },
      webpackChain(chain) {
        chain.plugin('preload-home').use(PreloadHomePlugin)
      }
    }
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
