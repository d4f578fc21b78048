import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '../../../../__tests__/fakes/taro'
import { GuideSearch } from '..'
import type { SearchEntry } from '../../../domain/search/query'
import { GUIDE_ANSWERS } from '../../../domain/search/words'
import * as engine from '../../../domain/search/engine'

/** A small index in the real entries' shape: the 统筹 card says what pays for 住院 (the nearest answer to it). */
const ENTRIES: SearchEntry[] = [
  {
    title: '个人账户和统筹账户的区别',
    text: '统筹基金 住院、门诊统筹等按比例报销的费用',
    target: { page: 'balance', card: 'accounts' },
    section: '余额查询'
  },
  { title: '能不能共济：回答三个问题', text: '家人 家庭共济 配偶', target: { page: 'family', card: 'eligibility' }, section: '家庭共济' },
  { title: '余额提取：参保人去世', text: '去世 提取', target: { page: 'withdraw', situation: 'death' }, section: '余额提取' }
]
const XIAMEN = { number: '0592-12393', place: '厦门' }
const READY = { engine, region: '350200', entries: ENTRIES }

const type = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: '搜索指南内容' }), { target: { value: text } })
const search = () => within(screen.getByRole('search'))

describe('GuideSearch', () => {
  it('a hit opens its page and card; a query the hits answer shows no reply', () => {
    render(<GuideSearch search={READY} hotline={XIAMEN} />)
    type('老伴能用吗')
    fireEvent.click(search().getByRole('link', { name: /能不能共济/ }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/family/index?card=eligibility' })
    expect(search().queryByRole('button', { name: /拨打/ })).toBeNull()
  })

  it('nothing found: says so, lists what the app covers, and one tap calls the place’s own line', () => {
    render(<GuideSearch search={READY} hotline={XIAMEN} />)
    type('火星签证')
    expect(search().queryAllByRole('link')).toHaveLength(0)
    expect(search().getByText('没有找到“火星签证”。')).toBeInTheDocument()
    for (const line of Object.values(GUIDE_ANSWERS)) expect(search().getByText(line)).toBeInTheDocument()
    expect(search().getByText(/别的医保问题，请打厦门医保服务热线 0592-12393/)).toBeInTheDocument()
    fireEvent.click(search().getByRole('button', { name: '拨打 0592-12393' }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '059212393' })
  })

  it('住院: the nearest answer first, then plainly what the app does not cover, and the call', () => {
    render(<GuideSearch search={READY} hotline={{ number: '12393', place: null }} />)
    type('住院')
    const [first] = search().getAllByRole('link')
    expect(first).toHaveTextContent('个人账户和统筹账户的区别')
    expect(search().getByText('住院怎么报销、能报多少，本程序没有讲。')).toBeInTheDocument()
    expect(search().queryByText(/没有找到/)).toBeNull()
    expect(search().getByText(/先拨参保地的区号/)).toBeInTheDocument()
    fireEvent.click(search().getByRole('button', { name: '拨打 12393' }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12393' })
  })

  it('an empty box shows nothing below it', () => {
    render(<GuideSearch search={READY} hotline={XIAMEN} />)
    type('   ')
    expect(search().queryByText(/没有找到|本程序/)).toBeNull()
  })

  it('before the search has loaded, typing starts loading it and says so; nothing is claimed not found', () => {
    const onSearch = jest.fn()
    render(<GuideSearch search={null} hotline={XIAMEN} onSearch={onSearch} />)
    type('火星签证')
    expect(onSearch).toHaveBeenCalledTimes(1)
    expect(search().getByText('正在准备搜索…')).toBeInTheDocument()
    expect(search().queryByText(/没有找到/)).toBeNull()
  })

  it('a search that could not load (offline) still offers the place’s own line, and the next keystroke tries again', () => {
    const onSearch = jest.fn()
    render(<GuideSearch search={null} failed hotline={XIAMEN} onSearch={onSearch} />)
    type('家人')
    expect(search().queryByText('正在准备搜索…')).toBeNull()
    expect(search().getByText(/搜索没能打开/)).toBeInTheDocument()
    fireEvent.click(search().getByRole('button', { name: '拨打 0592-12393' }))
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '059212393' })
    type('家人用')
    expect(onSearch).toHaveBeenCalledTimes(2)
  })
})
