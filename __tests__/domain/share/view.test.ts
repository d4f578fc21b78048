import { carried, linkPartValue, linkView, linkedStep, screenToShow } from '../../../src/domain/share/view'

describe('whose guide a shared link shows', () => {
  it.each([
    // link region, own region, choice → region shown, the sender's region as sent (the quiet line), link's way/step still count
    ['120000', '350200', 'link', '120000', '120000', true],
    ['120000', '120000', 'link', '120000', null, true],
    // a reader with no region of her own yet still reads it as the sender's
    ['120000', null, 'link', '120000', '120000', true],
    [undefined, '350200', 'link', '350200', null, true],
    ['120000', '350200', 'own', '350200', null, true],
    ['120000', '350200', 'ended', '350200', null, false]
  ] as const)('link %s, own %s, %s → shows %s, sent %s, link counts %s', (link, own, choice, region, sent, active) => {
    expect(linkView(link, own, choice)).toEqual({ region, sent, linkActive: active })
  })

  it("the link's way carries over only where the region shown has it", () => {
    const ways = [{ id: 'national-app' }, { id: 'counter' }]
    expect(carried('national-app', ways)).toEqual({ id: 'national-app' })
    expect(carried('tianjin-online', ways)).toBeUndefined()
    expect(carried(undefined, ways)).toBeUndefined()
  })
})

describe('linkPartValue: one part of a page a link set', () => {
  it.each([
    ['the link counts and the reader has not acted', { value: 'counter', acted: false }, true, 'counter'],
    ['the reader acted on that part', { value: 'counter', acted: true }, true, undefined],
    ['the link no longer counts (the reader changed region)', { value: 'counter', acted: false }, false, undefined],
    ['the link set nothing for that part', { value: undefined, acted: false }, true, undefined]
  ] as const)('%s', (_what, part, linkActive, expected) => {
    expect(linkPartValue(part, linkActive)).toBe(expected)
  })
})

describe('which step a walkthrough shows', () => {
  it.each<[string, { path?: string; step?: number; badStep?: boolean }, number | undefined]>([
    ['a link to a way and a step', { path: 'counter', step: 3 }, 3],
    ['a link to a way whose step could not be read', { path: 'counter', badStep: true }, 0],
    ['a link to a way without a step (a search hit)', { path: 'counter' }, undefined],
    ['a step without a way says nothing about a walkthrough', { step: 3 }, undefined]
  ])('%s', (_what, link, step) => {
    expect(linkedStep(link)).toBe(step)
  })

  it.each<[string, Parameters<typeof screenToShow>[0], number]>([
    ['the link’s step, on the way it named', { linkStep: 2, linkedWayShown: true, stored: 4, screens: 7 }, 2],
    ['the reader’s own step once the link’s way is not the one shown', { linkStep: 2, linkedWayShown: false, stored: 4, screens: 7 }, 4],
    ['the start with neither', { linkStep: undefined, linkedWayShown: false, stored: undefined, screens: 7 }, 0],
    [
      'a link past the end of a way that has grown shorter: its last screen',
      { linkStep: 12, linkedWayShown: true, stored: undefined, screens: 7 },
      6
    ],
    ['a saved step past the end: the last screen', { linkStep: undefined, linkedWayShown: false, stored: 9, screens: 5 }, 4],
    ['a negative or fractional step', { linkStep: -1.5, linkedWayShown: true, stored: undefined, screens: 5 }, 0],
    ['no way chosen (no screens)', { linkStep: 3, linkedWayShown: true, stored: 2, screens: 0 }, 0]
  ])('%s', (_what, input, screen) => {
    expect(screenToShow(input)).toBe(screen)
  })
})
