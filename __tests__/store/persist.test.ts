/**
 * What a phone has stored from an earlier run (or a corrupt write) when the app
 * starts: each store loads it, cleans it, or starts over on its own.
 * Every test loads the stores afresh (relaunch) after putting entries in fakeStorage.
 */
import { createElement } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { fakeStorage } from '../fakes/taro'
import { loadStores, relaunch } from '../support/relaunch'

const PROGRESS = 'yibao-progress'
const REGION = 'yibao-region'
const SETTINGS = 'yibao-settings'

const stored = (state: unknown, version = 1) => JSON.stringify({ state, version })
const validRegion = stored({ region: '350200', recent: ['350200', '110000'], asked: true })
const validProgress = stored({
  walkthrough: { '120000:national-app': 3 },
  ticks: { '350200:death': ['death-certificate', 'heir-id'] },
  chosenPath: { '120000': 'national-app' },
  chosenSituation: { '350200': 'death' }
})

/** Start the app with exactly these entries in storage. */
function startWith(entries: Record<string, string>) {
  fakeStorage.clear()
  for (const [k, v] of Object.entries(entries)) fakeStorage.set(k, v)
  return relaunch(loadStores)
}

const emptyProgress = { walkthrough: {}, ticks: {}, chosenPath: {}, chosenSituation: {} }
const progressData = (app: ReturnType<typeof startWith>) => {
  const { walkthrough, ticks, chosenPath, chosenSituation } = app.useProgressStore.getState()
  return { walkthrough, ticks, chosenPath, chosenSituation }
}
const regionData = (app: ReturnType<typeof startWith>) => {
  const { region, recent, asked } = app.useRegionStore.getState()
  return { region, recent, asked }
}

describe('persisted stores on start-up', () => {
  it('valid entries come back as they were', () => {
    const app = startWith({ [REGION]: validRegion, [PROGRESS]: validProgress })
    expect(regionData(app)).toEqual({ region: '350200', recent: ['350200', '110000'], asked: true })
    expect(progressData(app)).toEqual(JSON.parse(validProgress).state)
    expect(app.storageNotices.getState().reset).toEqual([])
  })

  it.each([
    ['not JSON', '{not json'],
    ['truncated JSON', validProgress.slice(0, 30)],
    ['JSON null', 'null'],
    ['a bare string', '"hello"'],
    ['a number', '42'],
    ['no state', JSON.stringify({ version: 1 })],
    ['state null', JSON.stringify({ state: null, version: 1 })],
    ['state a string', JSON.stringify({ state: 'x', version: 1 })]
  ])(
    'a corrupt progress entry (%s): progress starts empty, the key is removed, the notice names it, and the region store keeps its data',
    (_what, raw) => {
      const app = startWith({ [REGION]: validRegion, [PROGRESS]: raw })
      expect(progressData(app)).toEqual(emptyProgress)
      expect(fakeStorage.has(PROGRESS)).toBe(false)
      expect(app.storageNotices.getState().reset).toEqual([PROGRESS])
      expect(regionData(app)).toEqual({ region: '350200', recent: ['350200', '110000'], asked: true })
      expect(fakeStorage.get(REGION)).toBe(validRegion)
    }
  )

  it.each([
    ['big letters on', { elder: 'on' }, 'on'],
    ['big letters off', { elder: 'off' }, 'off'],
    ['following WeChat', { elder: 'auto' }, 'auto'],
    ['a value this app never wrote', { elder: 'huge' }, 'auto'],
    ['no setting in the state', {}, 'auto'],
    ['an older version with another shape', ['on'], 'auto']
  ])('the 大字 setting (%s) comes back cleaned, whatever was stored', (_what, state, elder) => {
    const app = startWith({ [SETTINGS]: stored(state, Array.isArray(state) ? 0 : 1) })
    expect(app.useSettingsStore.getState().elder).toBe(elder)
    expect(app.storageNotices.getState().reset).toEqual([])
  })

  it('the situation chosen on the withdraw page is saved and comes back after a restart', () => {
    const first = startWith({})
    first.useProgressStore.getState().chooseSituation('420100', 'emigrate')
    const saved = String(fakeStorage.get(PROGRESS))
    const again = startWith({ [PROGRESS]: saved })
    expect(progressData(again).chosenSituation).toEqual({ '420100': 'emigrate' })
  })

  it('after a reset the store works and saves again', () => {
    const app = startWith({ [PROGRESS]: '{not json' })
    app.useProgressStore.getState().toggleTick('national:death', 'heir-id')
    expect(JSON.parse(String(fakeStorage.get(PROGRESS))).state.ticks).toEqual({ 'national:death': ['heir-id'] })
  })

  it('a corrupt region entry resets only the region store', () => {
    const app = startWith({ [REGION]: '{"state":', [PROGRESS]: validProgress })
    expect(regionData(app)).toEqual({ region: null, recent: [], asked: false })
    expect(fakeStorage.has(REGION)).toBe(false)
    expect(app.storageNotices.getState().reset).toEqual([REGION])
    expect(progressData(app)).toEqual(JSON.parse(validProgress).state)
  })

  it('the user sees one quiet notice, and a tap dismisses it', () => {
    fakeStorage.set(PROGRESS, '{not json')
    fakeStorage.set(REGION, 'garbage')
    const app = relaunch(() => ({
      ...loadStores(),
      PageFrame: jest.requireActual<typeof import('../../src/components/PageFrame')>('../../src/components/PageFrame').PageFrame
    }))
    expect(app.storageNotices.getState().reset).toEqual([PROGRESS, REGION])
    render(createElement(app.PageFrame, null, 'content'))
    const notice = screen.getByText(/手机上保存的部分进度读不出来，已重新开始/)
    fireEvent.click(notice)
    expect(screen.queryByText(/手机上保存的部分进度读不出来/)).toBeNull()
    expect(app.storageNotices.getState().reset).toEqual([])
  })

  it.each([
    ['walkthrough is a string', { ...JSON.parse(validProgress).state, walkthrough: 'x' }, { walkthrough: {} }],
    ['a step is negative', { ...JSON.parse(validProgress).state, walkthrough: { 'national:counter': -1 } }, { walkthrough: {} }],
    ['a step is not a number', { ...JSON.parse(validProgress).state, walkthrough: { 'national:counter': '2' } }, { walkthrough: {} }],
    ['a step is absurdly large', { ...JSON.parse(validProgress).state, walkthrough: { 'national:counter': 1e9 } }, { walkthrough: {} }],
    ['ticks is an array', { ...JSON.parse(validProgress).state, ticks: ['a'] }, { ticks: {} }],
    ['a tick list holds numbers', { ...JSON.parse(validProgress).state, ticks: { 'national:death': [1, 2] } }, { ticks: {} }],
    ['chosenPath is null', { ...JSON.parse(validProgress).state, chosenPath: null }, { chosenPath: {} }],
    ['a chosen situation is not an id', { ...JSON.parse(validProgress).state, chosenSituation: { '350200': 7 } }, { chosenSituation: {} }],
    ['chosenSituation is a list', { ...JSON.parse(validProgress).state, chosenSituation: ['death'] }, { chosenSituation: {} }],
    ['a later guide’s choice is not an id', { ...JSON.parse(validProgress).state, chosenPath: { 'yidi@350200': 3 } }, { chosenPath: {} }],
    ['a field is missing', { walkthrough: { '120000:national-app': 3 } }, { ticks: {}, chosenPath: {}, chosenSituation: {} }]
  ])('progress with the wrong shape (%s): that part is cleaned, the rest kept', (_what, state, cleaned) => {
    const app = startWith({ [PROGRESS]: stored(state) })
    expect(progressData(app)).toEqual({ ...JSON.parse(validProgress).state, ...state, ...cleaned })
    // not corrupt, just cleaned: no notice, nothing removed
    expect(app.storageNotices.getState().reset).toEqual([])
  })

  it('progress from an older version (0) is migrated through the same cleaning', () => {
    const state = { ...JSON.parse(validProgress).state, walkthrough: 'x' }
    const app = startWith({ [PROGRESS]: stored(state, 0) })
    expect(progressData(app)).toEqual({ ...state, walkthrough: {} })
    // the migrated data is written back at the current version
    expect(JSON.parse(String(fakeStorage.get(PROGRESS)))).toMatchObject({ version: 1, state: { walkthrough: {} } })
  })

  it.each([
    ['an unknown saved region', { region: '999999', recent: ['999999', '350200'], asked: true }, { region: null, recent: ['350200'], asked: true }],
    ['an unknown region, never asked', { region: '999999', recent: [], asked: false }, { region: null, recent: [], asked: false }],
    [
      'unknown codes only in recent',
      { region: '110000', recent: ['000000', '110000', 'abc', 12] },
      { region: '110000', recent: ['110000'], asked: true }
    ],
    ['a known region without asked', { region: '620100', recent: ['620100'] }, { region: '620100', recent: ['620100'], asked: true }],
    ['recent not a list', { region: null, recent: 'x', asked: true }, { region: null, recent: [], asked: true }]
  ])('region store drops unknown region codes (%s)', (_what, state, expected) => {
    const app = startWith({ [REGION]: stored(state) })
    expect(regionData(app)).toEqual(expected)
    expect(app.storageNotices.getState().reset).toEqual([])
  })

  // Regression (cleanRegionData): repeated codes in a stored `recent`
  // are kept, so the region page lists 厦门 twice under 最近选过 and React warns about duplicate keys.
  it('repeated codes in a stored recent list are kept once', () => {
    const app = startWith({ [REGION]: stored({ region: '350200', recent: ['350200', '350200', '110000'], asked: true }) })
    expect(regionData(app).recent).toEqual(['350200', '110000'])
  })

  it('a stored region from an older version (0) is cleaned too', () => {
    const app = startWith({ [REGION]: stored({ region: '999999', recent: ['999999', '420100'], asked: true }, 0) })
    expect(regionData(app)).toEqual({ region: null, recent: ['420100'], asked: true })
  })
})
