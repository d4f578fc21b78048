/**
 * npm run policies:diff — what the bundle built from policies/ changes for users,
 * per region, compared with the live config (default), an archived version
 * (-- --against 7) or a local file (-- --against path/to/policies.json; a signed
 * file or a bare bundle). Prints it and writes dist/policies/diff-v<a>-v<b>.html.
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadPolicies } from './policy-files'
import { flagValue, regionName, run, storeFromEnv, writeDiffPage } from './policy-release/cli'
import { diffBundles, formatDiffText } from './policy-release/diff'
import { archiveKey, readLive, readPublished } from './policy-release/release'
import { ReleaseError } from './policy-release/store'

const TOOL = 'policies:diff'

async function baseline(against: string | undefined): Promise<unknown> {
  if (against && existsSync(against)) {
    const text = readFileSync(against, 'utf8')
    const json = JSON.parse(text) as Record<string, unknown>
    return 'payload' in json ? readPublished(text, against).bundle : json
  }
  if (against !== undefined && against !== 'live' && !/^\d+$/.test(against)) {
    throw new ReleaseError(`--against takes "live", a version number or a file; got ${against}`)
  }
  const store = storeFromEnv()
  try {
    if (against === undefined || against === 'live') return (await readLive(store))?.bundle ?? null
    const stored = await store.get(archiveKey(Number(against)))
    if (!stored) throw new ReleaseError(`${archiveKey(Number(against))} does not exist`)
    return readPublished(stored.text, archiveKey(Number(against))).bundle
  } finally {
    store.close()
  }
}

run(TOOL, async () => {
  const { bundle, problems } = loadPolicies()
  if (!bundle) {
    for (const p of problems) console.error(`  ✗ ${p}`)
    throw new ReleaseError(`${problems.length} problem(s) in policies/`)
  }
  const diff = diffBundles(await baseline(flagValue('--against')), bundle, regionName)
  console.log(formatDiffText(diff))
  console.log(`\nReviewer's page: ${writeDiffPage(diff)}`)
})
