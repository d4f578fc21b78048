import { choiceToShow } from '../../../src/domain/share/view'

describe('which choice a page shows: the link’s, else the reader’s own', () => {
  const has = (id: string) => ['death', 'abroad', 'none'].includes(id)

  it.each<[string, string | undefined, string | undefined, string | undefined, boolean]>([
    ['the link’s choice, where the region shown has it', 'abroad', 'death', 'abroad', true],
    ['the reader’s own when the link named one the region lacks', 'retired', 'death', 'death', false],
    ['the reader’s own once the link no longer counts', undefined, 'death', 'death', false],
    ['nothing when her own is not in the region shown either', 'retired', 'moved', undefined, false],
    ['nothing with neither', undefined, undefined, undefined, false]
  ])('%s', (_what, link, remembered, chosen, fromLink) => {
    expect(choiceToShow({ link, remembered, has })).toEqual({ chosen, fromLink })
  })
})
