import type { Compilation, Compiler } from 'webpack'

const NAME = 'NoDynamicGlobalPlugin'

/**
 * webpack's runtime finds the global object with `new Function('return this')`
 * as a fallback. WeChat forbids dynamic code (and code review flags it), so the
 * weapp build gets the same lookup without that fallback.
 *
 * The runtime module is found by its webpack name ('global'), and a build in which
 * nothing was replaced fails: a webpack upgrade that renames the module must not
 * silently put `new Function` back into the mini-program.
 */
export class NoDynamicGlobalPlugin {
  apply(compiler: Compiler): void {
    // thisCompilation: the main build only, not child compilers (CSS extraction and the like)
    compiler.hooks.thisCompilation.tap(NAME, (compilation: Compilation) => {
      let replaced = 0
      compilation.hooks.runtimeModule.tap(NAME, (module) => {
        if (module.name !== 'global') return
        replaced += 1
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
      compilation.hooks.afterSeal.tap(NAME, () => {
        if (replaced === 0) {
          compilation.errors.push(
            new compiler.webpack.WebpackError(
              `${NAME}: webpack's 'global' runtime module was not found, so its new Function fallback may be in the build. Check config/no-dynamic-global.ts against this webpack version.`
            )
          )
        }
      })
    })
  }
}
