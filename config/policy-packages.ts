import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { Chunk, Compilation, Compiler } from 'webpack'

const NAME = 'PolicyPackagesPlugin'

/** The config-check worker: built on its own into WeChat's worker root (services/policyWorker.ts). */
export const WORKER_ROOT = 'workers'
const WORKER_ENTRY = path.join(__dirname, '..', 'src', 'workers', 'policy', 'index.ts')
const WORKER_OUTPUT = `${WORKER_ROOT}/policy/index.js`

/**
 * The shipped data's parts (scripts/generate-policy-packages.ts), each a page-less subpackage policy-data/<part>:
 * regions/<code>.json → <code>, sources/<part>.json → sources-<part>, sections/<section>.json → <section>.
 */
const GENERATED_POLICY = path.join(__dirname, '..', 'src', 'generated', 'policy')
export const PROVINCE_ROOT = 'policy-data'
/** The policy package's file: src/generated/policy/partFiles.ts holds paths relative to it. */
const POLICY_CHUNK = 'policy/index'

/** Each part's file and the directory it is written to under policy-data/. */
function shippedParts(): Array<{ file: string; part: string }> {
  const inDir = (dir: string, prefix: string) =>
    readdirSync(path.join(GENERATED_POLICY, dir))
      .filter((f) => /^(\d{6}|[a-z]+)\.json$/.test(f))
      .map((f) => ({ file: path.join(GENERATED_POLICY, dir, f), part: `${prefix}${f.replace(/\.json$/, '')}` }))
  return [...inDir('regions', ''), ...inDir('sources', 'sources-'), ...inDir('sections', '')]
}

/** A CommonJS file WeChat can require: JSON.parse of a single-quoted string (cheaper to parse than an object literal). */
function jsonModule(text: string): string {
  const quoted = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return `module.exports=JSON.parse('${quoted}')`
}

interface AppJson {
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
  workers?: unknown
}

/**
 * The weapp build's packaging of the policy code and data (README "Package map"):
 *  - every chunk made by import() (store/policy.ts → policy/index.js) is a subpackage of its own,
 *    listed in app.json with no pages, and webpack loads it with WeChat's require.async (分包异步化)
 *    instead of a <script> tag: one literal path per chunk, so WeChat's code analysis sees every file;
 *  - each part of the shipped data (a province's overrides, a national section, what a file's source
 *    lines show on a tap) becomes policy-data/<part>/index.js, a page-less subpackage of its own that
 *    the policy package loads with require.async when a page needs it (store/shippedFiles.weapp.ts);
 *  - the config-check worker (src/workers/policy) is bundled alone with esbuild (no webpack runtime:
 *    a worker thread can only require files of its own root) into workers/policy/index.js, and app.json
 *    names that root as a worker subpackage, downloaded only when a check is due.
 * A build in which nothing was loaded through require.async fails: then import() was compiled away
 * (babel's dynamic-import-node) and every guide would carry its own copy again.
 */
export class PolicyPackagesPlugin {
  apply(compiler: Compiler): void {
    const { RuntimeGlobals, RuntimeModule, Compilation: CompilationClass, sources, WebpackError } = compiler.webpack

    class RequireAsyncLoader extends RuntimeModule {
      constructor() {
        super('load chunks with require.async', RuntimeModule.STAGE_ATTACH)
      }

      generate(): string {
        const compilation = this.compilation as Compilation
        const table = asyncChunks(compilation).map((chunk) => {
          // the runtime is runtime.js at the root of the main package: paths are relative to it
          const file = chunkFile(compilation, chunk)
          return `${JSON.stringify(chunk.id)}: function () { return require.async(${JSON.stringify(`./${file}`)}); }`
        })
        return [
          `var loaders = {${table.join(',\n')}};`,
          `${RuntimeGlobals.loadScript} = function (url, done, key, chunkId) {`,
          '  var load = loaders[chunkId];',
          '  var end = function (type) { done({ type: type, target: { src: url } }); };',
          "  if (!load) return end('missing');",
          "  load().then(function () { end('load'); }, function () { end('error'); });",
          '};'
        ].join('\n')
      }
    }

    compiler.hooks.thisCompilation.tap(NAME, (compilation: Compilation) => {
      let loaderAdded = false
      // Before webpack's own loadScript (a <script> tag, which WeChat does not have): bail with ours.
      compilation.hooks.runtimeRequirementInTree.for(RuntimeGlobals.loadScript).tap({ name: NAME, stage: -10 }, (chunk: Chunk) => {
        compilation.addRuntimeModule(chunk, new RequireAsyncLoader())
        loaderAdded = true
        return true
      })

      compilation.hooks.processAssets.tapPromise({ name: NAME, stage: CompilationClass.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, async () => {
        const worker = await build({
          entryPoints: [WORKER_ENTRY],
          bundle: true,
          write: false,
          format: 'iife',
          // the browser field: tweetnacl's optional node crypto becomes an empty module
          platform: 'browser',
          target: 'es2017',
          minify: true,
          legalComments: 'none',
          charset: 'utf8',
          metafile: true,
          define: { 'process.env.NODE_ENV': '"production"' }
        })
        const [output] = worker.outputFiles
        if (!output) throw new Error(`${NAME}: esbuild wrote no worker`)
        compilation.emitAsset(WORKER_OUTPUT, new sources.RawSource(Buffer.from(output.contents)))
        for (const input of Object.keys(worker.metafile.inputs)) compilation.fileDependencies.add(path.resolve(input))

        const parts = shippedParts()
        for (const { file, part } of parts) {
          compilation.emitAsset(`${PROVINCE_ROOT}/${part}/index.js`, new sources.RawSource(jsonModule(readFileSync(file, 'utf8'))))
          compilation.fileDependencies.add(file)
        }
        // The loaders' relative paths hold only from the policy package's own file.
        const loaders = compilation
          .getAssets()
          .filter((a) => a.name.endsWith('.js') && new RegExp(`require\\.async\\(["']\\.\\./${PROVINCE_ROOT}/`).test(a.source.source().toString()))
          .map((a) => a.name)
        if (parts.length > 0 && loaders.join() !== `${POLICY_CHUNK}.js`) {
          compilation.errors.push(
            new WebpackError(
              `${NAME}: the province loaders must be in ${POLICY_CHUNK}.js alone (their paths are relative to it); found in [${loaders.join(', ')}]`
            )
          )
        }

        const chunkRoots = asyncChunks(compilation).map((chunk) => path.posix.dirname(chunkFile(compilation, chunk)))
        const roots = [...new Set([...chunkRoots, ...parts.map(({ part }) => `${PROVINCE_ROOT}/${part}`)])]
        if (chunkRoots.includes('.')) {
          compilation.errors.push(
            new WebpackError(`${NAME}: an import() chunk has no directory of its own: name it with webpackChunkName "<dir>/<file>"`)
          )
        }
        if (!loaderAdded && chunkRoots.length > 0) {
          compilation.errors.push(new WebpackError(`${NAME}: async chunks exist but webpack's loadScript was not replaced`))
        }
        if (chunkRoots.length === 0) {
          compilation.errors.push(
            new WebpackError(
              `${NAME}: no import() chunk in the build: the policy package would be copied into every guide (check babel's dynamic-import-node)`
            )
          )
        }
        const asset = compilation.getAsset('app.json')
        if (!asset) return
        const app = JSON.parse(asset.source.source().toString()) as AppJson
        const subPackages = app.subPackages ?? app.subpackages ?? []
        const listed = new Set(subPackages.map((s) => s.root.replace(/\/$/, '')))
        app.subPackages = [
          ...subPackages,
          ...roots
            .filter((root) => !listed.has(root))
            .sort()
            .map((root) => ({ root, pages: [] }))
        ]
        delete app.subpackages
        app.workers = { path: WORKER_ROOT, isSubpackage: true }
        compilation.updateAsset('app.json', new sources.RawSource(JSON.stringify(app)))
      })
    })
  }
}

/** Chunks that only import() reaches: each is loaded on demand, never at launch. */
function asyncChunks(compilation: Compilation): Chunk[] {
  return [...compilation.chunks].filter((chunk) => !chunk.canBeInitial()).sort((a, b) => String(a.id).localeCompare(String(b.id)))
}

/** Taro names every chunk file '[name].js': a chunk named "<dir>/<file>" gets a directory (a subpackage) of its own. */
function chunkFile(compilation: Compilation, chunk: Chunk): string {
  return compilation.getPath(compilation.outputOptions.chunkFilename ?? '[name].js', { chunk, contentHashType: 'javascript' })
}
