/**
 * A file's citations: every cited source in its own list, every listed source cited. A file is first read
 * without the paths a problem is named by (a config has thousands of regions); a file with a problem is
 * read again with them.
 */
import { citationProblems } from '../../../src/domain/policy/citations'
import { copy, realBundle } from '../../support/policies'

const bundle = realBundle()

describe('citations without their paths first', () => {
  it('a file whose citations are all known and whose sources are all cited: nothing; otherwise the same problems as ever', () => {
    const file = copy(bundle.regions['350200'])
    if (!file) throw new Error('fixture')
    expect(citationProblems(file)).toEqual([])
    const unknown = copy(file)
    unknown.notes?.[0]?.sources.push('nowhere')
    expect(citationProblems(unknown)).toEqual([expect.stringMatching(/nowhere 不在本文件的 sources 里/)])
    const uncited = copy(file)
    uncited.sources.push({ id: 'unused', title: '没被引用的来源', strength: 'weak' })
    expect(citationProblems(uncited)).toEqual([expect.stringMatching(/来源 unused 没有被任何内容引用/)])
  })
})
