import { questionsShown, type EligibilityAnswers } from '../../../src/domain/family/eligibility'
import type { Relative } from '../../../src/domain/policy/schema'

const relatives: Relative[] = ['spouse', 'parent', 'child']

describe('the family check asks one question at a time', () => {
  it.each<[string, EligibilityAnswers, { relative: boolean; whereabouts: boolean }]>([
    ['nothing answered: only the first', {}, { relative: false, whereabouts: false }],
    ['城乡居民医保 cannot share: no more questions', { insurance: 'resident' }, { relative: false, whereabouts: false }],
    ['不清楚: no more questions', { insurance: 'unsure' }, { relative: false, whereabouts: false }],
    ['职工医保: who to share with', { insurance: 'employee' }, { relative: true, whereabouts: false }],
    ['a relative the region lets share: where their 医保 is', { insurance: 'employee', relative: 'parent' }, { relative: true, whereabouts: true }],
    [
      'a relative the region does not let share: no third question',
      { insurance: 'employee', relative: 'sibling' },
      { relative: true, whereabouts: false }
    ],
    ['其他人: no third question', { insurance: 'employee', relative: 'other' }, { relative: true, whereabouts: false }],
    [
      'an earlier answer changed to 居民医保 hides the later ones',
      { insurance: 'resident', relative: 'parent' },
      { relative: false, whereabouts: false }
    ]
  ])('%s', (_what, answers, shown) => {
    expect(questionsShown(answers, relatives)).toEqual(shown)
  })
})
