module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks'],
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
    'jsx-quotes': ['error', 'prefer-single']
  },
  overrides: [
    {
      files: ['__tests__/**', 'e2e/**', 'scripts/**'],
      rules: { 'react/display-name': 'off' }
    }
  ],
  ignorePatterns: ['dist/', 'node_modules/', 'src/generated/', 'tools/']
}
