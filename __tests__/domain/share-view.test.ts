import { carried, linkPartValue, linkView } from '../../src/domain/share/view'

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

  it('the link\'s way carries over only where the region shown has it', () => {
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
