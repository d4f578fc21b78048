// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // Keep import() for webpack: in the weapp build each import() chunk becomes an async subpackage
        // (config/policy-packages.ts). The preset's default turns it into a plain require for mini-programs,
        // which would copy the policy package into every guide.
        'dynamic-import-node': false
      }
    ]
  ]
}
