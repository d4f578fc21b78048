import { useEffect } from 'react'
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import type { ShareCard, ShareImage } from '../domain/share/card'
import { CHAT_IMAGE, MOMENTS_IMAGE, type ImageSize } from '../domain/share/imageSize'
import { shareQuery, sharePath, type ShareTarget } from '../domain/share/link'

type DrawShareImage = typeof import('../services/shareImage').drawShareImage
let drawing: Promise<DrawShareImage> | undefined
/**
 * The drawing code (layout, canvas) is a package of its own (WeChat: require.async), fetched when a picture is
 * first drawn, after the reader has stayed on a screen: every guide would otherwise carry its own copy.
 * A failed load is tried again next time.
 */
function loadDrawing(): Promise<DrawShareImage> {
  drawing ??= import(/* webpackChunkName: "share-image/index" */ '../services/shareImage').then(
    (m) => m.drawShareImage,
    (error: unknown) => {
      drawing = undefined
      throw error
    }
  )
  return drawing
}

interface Picture {
  promise: Promise<string | null>
  /** undefined until drawn; null when it could not be drawn */
  done?: string | null
}

/** Pictures drawn this session, by content and size: going back to a step does not draw it again. */
const pictures = new Map<string, Picture>()
const KEEP = 12

function picture(image: ShareImage, size: ImageSize): Picture {
  const key = `${size.width}x${size.height}:${JSON.stringify(image)}`
  const known = pictures.get(key)
  if (known) return known
  const entry: Picture = {
    promise: loadDrawing()
      .then((draw) => draw(image, size))
      .catch(() => null)
  }
  entry.promise = entry.promise.then((path) => (entry.done = path))
  pictures.set(key, entry)
  for (const old of pictures.keys()) if (pictures.size > KEEP) pictures.delete(old)
  return entry
}

/**
 * Drawn once the reader has stayed on a screen a moment (not on every quick 下一步), so both pictures are
 * usually ready when the menu is opened; a chat share that comes sooner waits for its picture (WeChat
 * waits up to 3 s for `promise`), Moments (which cannot wait) then shows WeChat's own picture.
 */
const DRAW_AFTER_MS = 1200

/** The page's share card: a title that says the answer and a picture that shows it (domain/share/card). */
export function useShareCard(target: ShareTarget, card: ShareCard): void {
  const { title, image } = card
  const key = image ? JSON.stringify(image) : ''
  useEffect(() => {
    if (!image) return
    const timer = setTimeout(() => {
      picture(image, CHAT_IMAGE)
      picture(image, MOMENTS_IMAGE)
    }, DRAW_AFTER_MS)
    return () => clearTimeout(timer)
    // the content, not the object's identity, decides whether there is something new to draw
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  useShareAppMessage(() => {
    const plain = { title, path: sharePath(target) }
    if (!image) return plain
    const chat = picture(image, CHAT_IMAGE)
    if (chat.done !== undefined) return chat.done ? { ...plain, imageUrl: chat.done } : plain
    return { ...plain, promise: chat.promise.then((imageUrl) => (imageUrl ? { ...plain, imageUrl } : plain)) }
  })
  useShareTimeline(() => {
    const square = image ? picture(image, MOMENTS_IMAGE).done : undefined
    return { title, query: shareQuery(target), ...(square ? { imageUrl: square } : {}) }
  })
}
