import { choiceCard, situationShown } from '../../../src/domain/withdraw/situation'
import { NOT_WITHDRAWABLE } from '../../../src/domain/withdraw/checklist'
import { CARD, situationCard } from '../../../src/domain/cards'

type Input = Parameters<typeof situationShown>[0]
const base: Input = { link: undefined, linkNow: undefined, remembered: undefined, situations: ['death', 'abroad'], switchedToOwn: false }

describe('which withdrawal situation shows', () => {
  it('a link’s situation shows, and whose guide it is goes above its list', () => {
    expect(situationShown({ ...base, link: 'abroad', linkNow: 'abroad', remembered: 'death' })).toEqual({
      chosen: 'abroad',
      linkedList: true,
      linkedCard: situationCard('abroad'),
      linkMissing: false
    })
  })

  it('once the reader has chosen (the link no longer counts), her own choice shows and the banner goes back to the top', () => {
    const shown = situationShown({ ...base, link: 'abroad', linkNow: undefined, remembered: 'death' })
    expect(shown.chosen).toBe('death')
    expect(shown.linkedList).toBe(false)
    // the page still opened at the link's situation: that scroll happened on arrival
    expect(shown.linkedCard).toBe(situationCard('abroad'))
  })

  it('a link to 都不是 shows that answer, with no list to put the banner over', () => {
    expect(situationShown({ ...base, link: NOT_WITHDRAWABLE, linkNow: NOT_WITHDRAWABLE })).toEqual({
      chosen: NOT_WITHDRAWABLE,
      linkedList: false,
      linkedCard: CARD.notWithdrawable,
      linkMissing: false
    })
  })

  it('a situation the region lacks: the reader’s own choice shows, and the link is said to name something not here', () => {
    expect(situationShown({ ...base, link: 'retired', linkNow: 'retired', remembered: 'death' })).toEqual({
      chosen: 'death',
      linkedList: false,
      linkedCard: undefined,
      linkMissing: true
    })
  })

  it('having switched to her own region, a situation it lacks is dropped quietly', () => {
    expect(situationShown({ ...base, link: 'retired', linkNow: 'retired', switchedToOwn: true }).linkMissing).toBe(false)
  })

  it('a remembered situation the region no longer has shows nothing chosen', () => {
    expect(situationShown({ ...base, remembered: 'retired' }).chosen).toBeUndefined()
  })

  it('the answer to a choice is its materials, or what to do instead', () => {
    expect(choiceCard('death')).toBe(situationCard('death'))
    expect(choiceCard(NOT_WITHDRAWABLE)).toBe(CARD.notWithdrawable)
  })
})
