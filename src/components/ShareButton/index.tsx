import { useCopy } from '../../hooks/useCopy'
import { webLink } from '../../services/webLink'
import { AppButton } from '../AppButton'
import { ManualCopy } from '../ManualCopy'

interface Props {
  label: string
  /** the page and query the link opens (sharePath of the page's target) */
  path: string
  /** the card's title, which says the answer: in a browser it goes into the chat with the link */
  title: string
  /** 'quiet' where sending it on is not what the reader is here for */
  look?: 'secondary' | 'quiet'
}

/**
 * 「发给家人」: WeChat's share sheet in the mini-program (the page's card: title and picture carry the
 * answer); in a browser, where that button would do nothing, the card's title and the page's own link
 * are copied to paste into a chat, so the family reads the answer before opening anything.
 */
export function ShareButton({ label, path, title, look = 'secondary' }: Props) {
  const { copy, manualText, dismiss } = useCopy()
  const link = webLink(path)
  const className = `btn btn--${look}${look === 'quiet' ? ' btn--small' : ''} share-button`
  if (link === null) {
    return (
      <AppButton className={className} openType='share'>
        {label}
      </AppButton>
    )
  }
  return (
    <>
      <AppButton className={className} onClick={() => copy(`${title}\n${link}`)}>
        {label.replace('发给家人', '复制链接发给家人')}
      </AppButton>
      {manualText !== null && <ManualCopy text={manualText} onClose={dismiss} />}
    </>
  )
}
