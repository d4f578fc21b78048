import type { Compiler } from 'webpack'

/**
 * webpack's runtime finds the global object with `new Function('return this')`
 * as a fallback. WeChat forbids dynamic code (and code review flags it), so the
 * weapp build gets the same lookup without that fallback.
 */
export class NoDynamicGlobalPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('NoDynamicGlobalPlugin', (compilation) => {
      compilation.hooks.runtimeModule.tap('NoDynamicGlobalPlugin', (module) => {
        if (module.constructor.name !== 'GlobalRuntimeModule') return
        module.generate = () =>
          [
            '__webpack_require__.g = (function() {',
            "  if (typeof globalThis === 'object') return globalThis;",
            "  if (typeof global === 'object') return global;",
            "  if (typeof window === 'object') return window;",
            '  return {};',
            '})();'
          ].join('\n')
      })
    })
  }
}
