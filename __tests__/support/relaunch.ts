/**
 * "WeChat killed the app and the user opened it again": every app module (the
 * zustand stores included) is loaded afresh and rehydrates from what is in
 * fakeStorage. The Taro fake is shared (its storage, router params and API
 * mocks are the phone), and so are React, react-dom and testing-library (the
 * fake's lifecycle hooks use React): render, fireEvent and screen work as usual.
 */

// Instances already in the test's module registry, handed to the fresh app.
const SHARED = [
  '@tarojs/taro',
  'react',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom',
  'react-dom/client',
  'react-dom/test-utils',
  '@testing-library/react'
]
const shared = new Map<string, unknown>(SHARED.map((name) => [name, jest.requireActual<Record<string, unknown>>(name)]))

/** Loads `load`'s modules in a fresh registry, as a newly started app would. */
export function relaunch<T>(load: () => T): T {
  let app: T | undefined
  let loaded = false
  try {
    jest.isolateModules(() => {
      for (const [name, mod] of shared) jest.doMock(name, () => mod)
      app = load()
      loaded = true
    })
  } finally {
    for (const name of SHARED) jest.dontMock(name)
  }
  if (!loaded) throw new Error('relaunch: modules did not load')
  return app as T
}

/** The stores as a relaunched app sees them. Call inside relaunch()'s loader. */
export function loadStores() {
  return {
    ...jest.requireActual<typeof import('../../src/store/progressStore')>('../../src/store/progressStore'),
    ...jest.requireActual<typeof import('../../src/store/regionStore')>('../../src/store/regionStore'),
    ...jest.requireActual<typeof import('../../src/store/settingsStore')>('../../src/store/settingsStore'),
    ...jest.requireActual<typeof import('../../src/store/persistStorage')>('../../src/store/persistStorage')
  }
}
