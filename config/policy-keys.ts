/**
 * A build that fetches a config must be told which key signs it: there is no default, so a
 * forgotten variable cannot ship an app that trusts the test key (its secret is in the
 * repository). Tests pass the test key explicitly (npm run build:h5:cloud-test).
 */
export type KeyEnv = Partial<
  Record<
    | 'TARO_APP_POLICY_URL'
    | 'TARO_APP_POLICY_PUBLIC_KEY'
    | 'TARO_APP_POLICY_KEY_ID'
    | 'TARO_APP_POLICY_NEXT_PUBLIC_KEY'
    | 'TARO_APP_POLICY_NEXT_KEY_ID',
    string
  >
>

export function checkPolicyKeys(env: KeyEnv): string[] {
  const problems: string[] = []
  const pair = (key: string | undefined, id: string | undefined, name: string) => {
    if (!key && !id) return false
    if (!key || !/^[A-Za-z0-9+/]{43}=$/.test(key)) problems.push(`${name}PUBLIC_KEY must be a base64 ed25519 public key (44 characters)`)
    if (!id) problems.push(`${name}KEY_ID must be set with ${name}PUBLIC_KEY`)
    return true
  }
  const current = pair(env.TARO_APP_POLICY_PUBLIC_KEY, env.TARO_APP_POLICY_KEY_ID, 'TARO_APP_POLICY_')
  pair(env.TARO_APP_POLICY_NEXT_PUBLIC_KEY, env.TARO_APP_POLICY_NEXT_KEY_ID, 'TARO_APP_POLICY_NEXT_')
  if (env.TARO_APP_POLICY_URL && !current) {
    problems.push('TARO_APP_POLICY_URL is set but TARO_APP_POLICY_PUBLIC_KEY / TARO_APP_POLICY_KEY_ID are not (keys/README.md)')
  }
  if (env.TARO_APP_POLICY_KEY_ID && env.TARO_APP_POLICY_KEY_ID === env.TARO_APP_POLICY_NEXT_KEY_ID) {
    problems.push('TARO_APP_POLICY_NEXT_KEY_ID must differ from TARO_APP_POLICY_KEY_ID')
  }
  return problems
}
