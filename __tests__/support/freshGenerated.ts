/**
 * jest globalSetup: the tests read src/generated/ (the policy bundle, regions, home data). When
 * policies/ or a generator changed since `npm run generate`, regenerate first, so a stale bundle
 * never shows up as a puzzling diff; if generating fails, say so and what to run.
 */
import { execSync } from 'node:child_process'
import { inputsDigest, outputsPresent, recordedDigest } from '../../scripts/generated-inputs'

export default function freshGenerated(): void {
  if (recordedDigest() === inputsDigest() && outputsPresent()) return
  process.stdout.write('\nsrc/generated/ is older than policies/ or its generators: running `npm run generate` first…\n')
  try {
    execSync('npm run generate --silent', { cwd: `${__dirname}/../..`, stdio: 'inherit' })
  } catch {
    throw new Error(
      'src/generated/ is out of date and `npm run generate` failed (see above): fix policies/ or the generator, then run `npm run generate`.'
    )
  }
}
