import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { isStale } from '../../domain/dataAge'
import type { Cited, CitedSource, ResolvedSource } from '../../domain/policy/resolve'
import { oldSourceYear } from '../../domain/policy/sourceAge'
import { effectiveStrength, shownHost } from '../../domain/policy/sourceTrust'
import { shortName } from '../../domain/region/names'
import { hasNativeFeedback } from '../../services/feedback'
import { useSourceDetail } from '../../store/policy'
import { roleOf } from '../a11y'
import { ActionList } from '../ActionList'
import { AppButton } from '../AppButton'
import { useAskLine } from '../AskLine'
import './index.css'

const STRENGTH = { strong: '政府网站或中央媒体', medium: '媒体报道或转载', weak: '网上资料，请向当地医保部门确认' } as const

/**
 * One source as a line: title, where it is, how strong, when published and checked, and its caveat.
 * The host is named only when it is official (else 网上资料) and the strength is what the address allows.
 */
export function sourceText(s: ResolvedSource): string {
  const host = s.url ? ` · ${shownHost(s.url)}` : ''
  const published = s.publishedOn ? `发布于 ${s.publishedOn}，` : '发布日期不详，'
  const note = s.note ? `。${s.note}` : ''
  return `${s.title}${host}（${STRENGTH[effectiveStrength(s)]}，${published}核对于 ${s.checkedOn}）${note}`
}

/** The newest check among the sources a fact cites (what its line says it was checked on). */
function checkedOn(cited: Cited): string {
  return cited.sources.reduce((latest, s) => (s.checkedOn > latest ? s.checkedOn : latest), cited.sources[0]?.checkedOn ?? cited.from.checkedOn)
}

/**
 * "这条不对？": in WeChat, its own feedback page; in a browser, which has none, the place's 医保
 * line and the reminder that the local bureau decides.
 */
function WrongFact() {
  const ask = useAskLine()
  const [open, setOpen] = useState(false)
  if (hasNativeFeedback()) {
    return (
      <AppButton className='btn btn--quiet btn--small source__wrong' openType='feedback'>
        这条不对？告诉我们
      </AppButton>
    )
  }
  return (
    <View>
      <View className='source__more' {...roleOf('button')} aria-expanded={open} onClick={() => setOpen(!open)}>
        这条不对？
      </View>
      {open && (
        <View>
          <Text className='source__item'>请以当地医保部门为准。觉得这条不对，请打 {ask.number} 问当地医保部门。</Text>
          <ActionList actions={[ask]} />
        </View>
      )}
    </View>
  )
}

function Quotes({ source }: { source: CitedSource }) {
  if (source.quotes.length === 0) return <Text className='source__quote'>（这条来源没有摘录原文）</Text>
  return (
    <>
      {source.quotes.map((q) => (
        <Text key={q} className='source__quote' userSelect>
          原文：“{q}”
        </Text>
      ))}
    </>
  )
}

/**
 * Where one card's content comes from: the sources that card cites (not its whole file's), each
 * with the words of it that say this, opening on a tap so the list does not crowd the card. A
 * fact resting on sources more than two years old says their year where it can be seen; under the
 * opened sources, "这条不对？". The titles and quotes of the shipped data come on that tap (they are a
 * third of the data and no first screen shows them): until they are in, the line says so.
 * A source is a citation, not a way out: its title and host, never a link or a full address.
 */
export function SourceLine({ cited }: { cited: Cited }) {
  const [open, setOpen] = useState(false)
  const { from, sources } = cited
  const detail = useSourceDetail(from.code)
  const scope = from.code === 'national' ? '全国通用资料' : `${shortName(from.code) ?? from.code}本地资料`
  const weak = from.code !== 'national' && sources.length > 0 && sources.every((s) => effectiveStrength(s) === 'weak')
  const now = new Date()
  const old = sources.some((s) => isStale(s.checkedOn, now))
  const year = oldSourceYear(sources, now)
  return (
    <View className='source'>
      {year !== null && <Text className='source__old'>这是 {year} 年的资料，现在可能已经变了，办之前请先打电话问清楚。</Text>}
      <Text className='source__line'>
        {scope}，核对于 {checkedOn(cited)}
        {weak ? '（只有网上资料，请向当地医保部门确认）' : ''}
        {old ? '（核对已超过一年，可能已过时）' : ''}
      </Text>
      {sources.length > 0 && (
        <View
          className='source__more'
          {...roleOf('button')}
          aria-expanded={open}
          onClick={() => {
            if (!open) detail.load()
            setOpen(!open)
          }}
        >
          {open ? '收起来源' : `看来源（${sources.length} 条）`}
        </View>
      )}
      {open && detail.status === 'loading' && (
        <Text className='source__item' aria-live='polite'>
          正在打开来源…
        </Text>
      )}
      {open && detail.status === 'failed' && (
        <View>
          <Text className='source__item'>没能打开来源，可能是网络不好。</Text>
          <AppButton className='btn btn--quiet btn--small' onClick={detail.load}>
            再试一次
          </AppButton>
        </View>
      )}
      {open && detail.status === 'ready' && (
        <View>
          {sources.map((s) => (
            <View key={s.id}>
              <Text className='source__item' userSelect>
                · {sourceText(s)}
              </Text>
              <Quotes source={s} />
            </View>
          ))}
          {/* Where the reader has just seen what the fact rests on, a way to say it is wrong. */}
          <WrongFact />
        </View>
      )}
    </View>
  )
}
