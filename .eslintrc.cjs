module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended'
  ],
  settings: { react: { version: '18.3' } },
  env: { es2022: true, node: true, browser: true, jest: true },
  rules: {
    '@typescript-eslint/no-explicit-any': 'error',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    // WeChat forbids dynamic code at run time
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
    // Taro uses single quotes in JSX attributes; keep the codebase consistent
    'jsx-quotes': ['error', 'prefer-single'],
    // one order everywhere, so a diff shows what was added, not where someone put it
    'import/order': ['error', { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'] }]
  },
  overrides: [
    {
      // A promise nobody awaits fails silently (a copy that never happened, a refresh whose error is lost).
      // Type-aware, so only for the TypeScript the compiler checks. Not e2e/: node:test's describe and it
      // return promises the runner itself awaits.
      files: ['src/**/*.{ts,tsx}', 'config/**/*.ts', 'scripts/**/*.ts', '__tests__/**/*.{ts,tsx}'],
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: __dirname },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error'
      }
    },
    {
      files: ['__tests__/**', 'e2e/**', 'scripts/**'],
      rules: { 'react/display-name': 'off' }
    },
    {
      // Taro loads local plugins with require(): these files are CommonJS by necessity.
      files: ['config/**/*.js'],
      rules: { '@typescript-eslint/no-var-requires': 'off' }
    },
    {
      // The domain is plain TypeScript, tested without a mini-program host: no framework, no state, no I/O.
      files: ['src/domain/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['@tarojs/*'], message: 'src/domain stays free of Taro: put the API behind src/services.' },
              { group: ['react', 'react-dom', 'react/*'], message: 'src/domain holds no UI: render it from src/pages or src/components.' },
              { group: ['zustand', 'zustand/*'], message: 'src/domain holds no state: stores live in src/store.' },
              {
                group: ['**/store', '**/store/*', '**/services', '**/services/*', '**/hooks/*', '**/components/*', '**/pages/*'],
                message: 'src/domain is the bottom layer: it must not import stores, services, hooks, components or pages.'
              }
            ]
          }
        ]
      }
    },
    {
      // The config-check worker runs where WeChat offers no wx API and no page: plain TypeScript over the domain.
      files: ['src/workers/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['@tarojs/*'], message: 'src/workers runs in a worker thread, where WeChat has no wx/Taro API.' },
              { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'src/workers holds no UI and no state.' },
              {
                group: ['**/store', '**/store/*', '**/services', '**/services/*', '**/hooks/*', '**/components/*', '**/pages/*'],
                message: 'src/workers may import the domain only: the page thread talks to it through services/policyWorker.'
              }
            ]
          }
        ]
      }
    },
    {
      // Pages, components and hooks reach Taro's APIs only through one thin module each in src/services,
      // so tests fake exactly what they use. Taro's lifecycle hooks (useRouter, useReady, useShare…) are
      // React adapters, not APIs, and stay importable by name in hooks.
      files: ['src/pages/**', 'src/components/**'],
      rules: {
        'no-restricted-imports': ['error', { paths: [{ name: '@tarojs/taro', message: 'Call Taro through src/services (or a hook in src/hooks).' }] }]
      }
    },
    {
      // Pages render; their state lives in hooks beside them and their cards in components beside them.
      // A page function past this is doing more than one page's rendering: split it.
      files: ['src/pages/**'],
      rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] }
    },
    {
      files: ['src/hooks/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              {
                name: '@tarojs/taro',
                importNames: ['default'],
                message: "Hooks may use Taro's lifecycle hooks by name; API calls go through src/services."
              }
            ]
          }
        ]
      }
    }
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'src/generated/', 'tools/']
}
