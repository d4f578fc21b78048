import { useCopy } from '../../hooks/useCopy'
import { webLink } from '../../services/webLink'
import { AppButton } from '../AppButton'
import { ManualCopy } from '../ManualCopy'

/**
 * 「发给家人」: WeChat's share sheet in the mini-program; in a browser, where that
 * button would do nothing, the page's own link is copied to paste into a chat.
 * `path` is the page and query the link opens (sharePath of the page's target).
 */
export function ShareButton({ label, path }: { label: string; path: string }) {
  const { copy, manualText, dismiss } = useCopy()
  const link = webLink(path)
  if (link === null) {
    return (
      <AppButton className='btn btn--secondary' openType='share'>
        {label}
      </AppButton>
    )
  }
  return (
    <>
      <AppButton className='btn btn--secondary' onClick={() => void copy(link)}>
        {label.replace('发给家人', '复制链接发给家人')}
      </AppButton>
      {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
    </>
  )
}
