/**
 * npm run policies:rollback -- --to <version> --upload
 * Republishes archived version <version> as the live version + 1, dated today and
 * signed anew, so phones holding the bad version accept it. Without --upload it
 * only shows what the rollback would change. Same settings as policies:publish.
 */
import { regionList } from '../src/domain/region/fullList'
import { flagValue, hasFlag, regionName, run, secondsSinceStart, signerFromEnv, storeFromEnv, writeDiffPage } from './policy-release/cli'
import { diffBundles, formatDiffText } from './policy-release/diff'
import { archiveKey, readLive, readPublished, rollbackTo, todayInChina } from './policy-release/release'
import { ReleaseError, type ObjectStore } from './policy-release/store'

const { areaCodesOf, isKnownRegion } = regionList

const TOOL = 'policies:rollback'

run(TOOL, async () => {
  const to = flagValue('--to')
  if (!to || !/^\d+$/.test(to)) throw new ReleaseError('usage: npm run policies:rollback -- --to <version> [--upload]')
  const target = Number(to)
  const store = storeFromEnv()
  try {
    await rollback(store, target)
  } finally {
    store.close()
  }
})

async function rollback(store: ObjectStore, target: number): Promise<void> {
  if (!hasFlag('--upload')) {
    const live = await readLive(store)
    const stored = await store.get(archiveKey(target))
    if (!stored) throw new ReleaseError(`${archiveKey(target)} does not exist`)
    const diff = diffBundles(live?.bundle ?? null, readPublished(stored.text, archiveKey(target)).bundle, regionName)
    console.log(`${formatDiffText(diff)}\nReviewer's page: ${writeDiffPage(diff)}`)
    console.log(`\nNothing written. Add --upload to publish it as version ${(live?.bundle.version ?? 0) + 1}.`)
    return
  }
  const started = Date.now()
  const result = await rollbackTo(store, target, {
    signer: signerFromEnv(TOOL),
    appPublicKey: process.env.TARO_APP_POLICY_PUBLIC_KEY || undefined,
    today: todayInChina(),
    facts: { areaCodesOf, isKnownRegion },
    regionName,
    onDiff: (diff) => console.log(`\n${formatDiffText(diff)}\nReviewer's page: ${writeDiffPage(diff)}\n`),
    log: (line) => console.log(`${TOOL}: ${line}`)
  })
  console.log(
    `${TOOL}: version ${result.version} (content of v${target}) is live; ${secondsSinceStart()} s from command to verified live object (storage part ${((Date.now() - started) / 1000).toFixed(2)} s).`
  )
  console.log(`Next: fix policies/, then set "version" in policies/release.json to ${result.version + 1} or more before publishing again.`)
}
