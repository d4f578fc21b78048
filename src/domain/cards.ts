/**
 * Element ids that links, search hits and scrolling point at, in one place so a
 * page and whatever points into it cannot drift apart.
 */
export const CARD = {
  /** balance: "本程序看不到您的余额" and the easiest way */
  balanceAnswer: 'balance-answer',
  accounts: 'accounts',
  eligibility: 'eligibility',
  /** family: the eligibility answer, scrolled to when it appears */
  verdict: 'verdict',
  binding: 'binding',
  /** family: the walkthrough's header, kept on screen on every step change */
  walkHead: 'walk-head',
  uses: 'uses',
  rules: 'rules',
  crossProvince: 'cross-province',
  situations: 'situations',
  checklist: 'checklist',
  notWithdrawable: 'not-withdrawable',
  myths: 'myths',
  /** yidi: 去外地看病，医保能用吗 */
  yidiAnswer: 'yidi-answer',
  /** yidi: which 备案 fits, and its answer */
  filingCheck: 'filing-check',
  filingVerdict: 'filing-verdict',
  /** yidi: the ways to file and the walkthrough */
  filing: 'filing',
  /** yidi: 来不及备案 (补办) */
  lateFiling: 'late-filing',
  onTheDay: 'on-the-day',
  /** yidi: the claim materials checklist */
  claim: 'claim',
  /** yidi: the kinds of 备案 side by side */
  filingKinds: 'filing-kinds'
} as const

export const channelCard = (id: string): string => `channel-${id}`
export const situationCard = (id: string): string => `situation-${id}`
export const mythCard = (id: string): string => `myth-${id}`
