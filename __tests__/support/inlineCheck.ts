/**
 * The config checks as the app runs them, minus the thread: the same handler the worker runs
 * (src/workers/policy/check.ts), with request and reply copied as a worker message is, and the reply
 * a turn of the event loop later.
 */
import { handleCheck } from '../../src/workers/policy/check'
import type { CheckReply, CheckRequest } from '../../src/workers/policy/protocol'
import { regionFacts } from '../../src/domain/region/facts'
import type { PolicyDeps } from '../../src/store/createPolicyStore'

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export function inlineCheck(request: CheckRequest): Promise<CheckReply> {
  return new Promise((resolve) => setTimeout(() => resolve(copy(handleCheck(copy(request)))), 0))
}

/** What a test store needs besides its data, storage and network: the checks and the region facts. */
export const checks: Pick<PolicyDeps, 'check' | 'provinceOf' | 'checkerId'> = {
  check: inlineCheck,
  provinceOf: regionFacts.provinceOf,
  checkerId: 'these-checks'
}
