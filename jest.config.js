/** Unit and component tests. Taro's runtime is ESM-only and needs a mini-program host, so
 *  `@tarojs/taro` and `@tarojs/components` are mapped to small fakes in __tests__/fakes.
 *  Two projects: `unit` (the inner loop, `npm run test:unit`) and `integration` (real HTTP servers,
 *  child processes and the real bundle end to end, `npm run test:integration`); `npx jest <file>` runs either.
 *  The scripts pick one with JEST_PROJECT rather than --selectProjects, which would swallow the file
 *  names in `npm run test:unit -- <file>`. */
const shared = {
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.[jt]sx?$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [
          ['@babel/preset-env', { targets: { node: 'current' } }],
          '@babel/preset-typescript',
          ['@babel/preset-react', { runtime: 'automatic' }]
        ]
      }
    ]
  },
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/__tests__/fakes/taro.ts',
    '^@tarojs/components$': '<rootDir>/__tests__/fakes/components.tsx',
    '\\.css$': '<rootDir>/__tests__/fakes/style.ts'
  },
  // regenerates src/generated/ when policies/ or a generator changed since the last `npm run generate`
  globalSetup: '<rootDir>/__tests__/support/freshGenerated.ts',
  setupFilesAfterEnv: ['<rootDir>/__tests__/fakes/setup.ts'],
  clearMocks: true
}

const projects = [
  {
    ...shared,
    displayName: 'unit',
    testMatch: ['<rootDir>/__tests__/**/*.test.ts?(x)', '<rootDir>/src/**/__tests__/**/*.test.ts?(x)'],
    // the weapp harness tests run on the real build with their own config (jest.weapp.config.js)
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/weapp/', '<rootDir>/__tests__/integration/']
  },
  {
    ...shared,
    displayName: 'integration',
    testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts?(x)']
  }
]

const chosen = process.env.JEST_PROJECT ? projects.filter((p) => p.displayName === process.env.JEST_PROJECT) : projects
if (chosen.length === 0) throw new Error(`JEST_PROJECT=${process.env.JEST_PROJECT}: no such project (unit, integration)`)

module.exports = {
  // jest leaves one core free by default; on a 2-core machine that halves the run
  maxWorkers: '100%',
  projects: chosen
}
