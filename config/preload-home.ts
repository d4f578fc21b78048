import type { Compiler } from 'webpack'
import HtmlWebpackPlugin from 'html-webpack-plugin'

/**
 * H5: the home page is a lazily loaded chunk like every page (per-page code splitting), which the router
 * asks for only after app.js has run. Naming it in index.html as a preload lets the browser fetch and
 * compile it while app.js runs, so the first screen is not one round trip and one compile later.
 */
export class PreloadHomePlugin {
  constructor(private readonly page = /[\\/]src[\\/]pages[\\/]index[\\/]index\.tsx(\?|$)/) {}

  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('PreloadHomePlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadHomePlugin', (data) => {
        const { chunkGraph } = compilation
        const base = compilation.outputOptions.publicPath === 'auto' ? '' : String(compilation.outputOptions.publicPath ?? '')
        for (const chunk of compilation.chunks) {
          if (chunk.canBeInitial()) continue
          const modules = Array.from(chunkGraph.getChunkModulesIterable(chunk))
          // production concatenates modules: look inside them too
          const resources = modules.flatMap((m) => {
            const c = m as { resource?: string; modules?: Iterable<{ resource?: string }> }
            return [c.resource ?? '', ...Array.from(c.modules ?? [], (inner) => inner.resource ?? '')]
          })
          if (!resources.some((r) => this.page.test(r))) continue
          for (const file of chunk.files) {
            const as = file.endsWith('.js') ? 'script' : file.endsWith('.css') ? 'style' : null
            if (!as) continue
            data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as, href: `${base}${file}` }))
          }
        }
        return data
      })
    })
  }
}
