import { carried, linkView } from '../../src/domain/share/view'

describe('whose guide a shared link shows', () => {
  it.each([
    // link region, own region, choice → region shown, banner (foreign), link's way/step still count
    ['120000', '350200', 'link', '120000', '120000', true],
    ['120000', '120000', 'link', '120000', null, true],
    ['120000', null, 'link', '120000', null, true],
    [undefined, '350200', 'link', '350200', null, true],
    ['120000', '350200', 'own', '350200', null, true],
    ['120000', '350200', 'ended', '350200', null, false]
  ] as const)('link %s, own %s, %s → shows %s, banner %s, link counts %s', (link, own, choice, region, foreign, active) => {
    expect(linkView(link, own, choice)).toEqual({ region, foreign, linkActive: active })
  })

  it('the link\'s way carries over only where the region shown has it', () => {
    const ways = [{ id: 'national-app' }, { id: 'counter' }]
    expect(carried('national-app', ways)).toEqual({ id: 'national-app' })
    expect(carried('tianjin-online', ways)).toBeUndefined()
    expect(carried(undefined, ways)).toBeUndefined()
  })
})
