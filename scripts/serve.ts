/** Serves the H5 build on 127.0.0.1 (npm start). PORT=… to change the port. */
import { join } from 'node:path'
import { existsSync } from 'node:fs'
import { serveStatic } from '../e2e/support/server'

const root = join(__dirname, '..', 'dist', 'h5')
if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/h5 is missing: run `npm run build:h5` first')
  process.exit(1)
}

void serveStatic(root, undefined, Number(process.env.PORT ?? 10086)).then(({ url }) => {
  console.log(`医保指南 (H5): ${url}/`)
  console.log('WeChat build: dist/weapp — open the repository folder (project.config.json) in WeChat DevTools')
})
