/**
 * WeChat's screen reader reads aria-role / aria-label / aria-checked on the
 * rendered nodes. Taro 4.2.1 drops them unless config/weapp-a11y extends the
 * templates; this checks they reach the real weapp build's nodes.
 */
import { closeAll, launch } from './harness/journeys'
import { rawAttribute } from './harness/dom'

afterEach(() => closeAll())

describe('accessibility attributes in the weapp build', () => {
  it('headings carry aria-role="heading" and their level', async () => {
    const weapp = await launch()
    const heading = weapp.currentPage().element.querySelector('.heading')
    expect(heading?.getAttribute('aria-role')).toBe('heading')
    expect(heading?.getAttribute('aria-level')).toBe('1')
    // and the H5-only attribute is not sent to WeChat
    expect(heading?.hasAttribute('role')).toBe(false)
  })

  it('task cards are links and the region question is a labelled region', async () => {
    const weapp = await launch()
    const links = weapp.currentPage().element.querySelectorAll('[aria-role="link"]')
    expect(links.length).toBeGreaterThanOrEqual(3)
    const ask = weapp.currentPage().element.querySelector('.ask')
    expect(ask?.getAttribute('aria-label')).toBe('选择参保地')
  })

  it('a ticked checklist row says so', async () => {
    const weapp = await launch('/pages/withdraw/index?region=420100&situation=death')
    const rows = () => Array.from(weapp.currentPage().element.querySelectorAll('[aria-role="checkbox"]'))
    expect(rows().length).toBeGreaterThan(0)
    const first = rows()[0]
    if (!first) throw new Error('no checklist row')
    await weapp.tap(first)
    // glass-easel writes boolean attributes as "" in the DOM: read the value WeChat receives
    const checked = (i: number) => {
      const row = rows()[i]
      return row ? rawAttribute(row, 'aria-checked') : undefined
    }
    expect(checked(0)).toBe(true)
    expect(checked(1)).toBe(false)
  })
})
