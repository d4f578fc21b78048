import Taro from '@tarojs/taro'
import type { ShareImage } from '../domain/share/card'
import { fontOf, layoutShareImage, type ImageSize } from '../domain/share/layout'

/** Canvas pixels per layout pixel: sharp on a phone, still a small file. */
const SCALE = 2

/** The part of a 2D context the card needs (WeChat's offscreen canvas and the browser's share it). */
interface Context2D {
  font: string
  fillStyle: string
  textBaseline: string
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
}

/**
 * Draws a share card's picture on WeChat's offscreen canvas (base library 2.16.1+) and returns its temp
 * file path. Null when that cannot be done (an old base library, any failure): the card then shows
 * WeChat's default picture, and its title still carries the answer.
 */
export async function drawShareImage(image: ShareImage, size: ImageSize): Promise<string | null> {
  try {
    if (typeof Taro.createOffscreenCanvas !== 'function') return null
    const width = size.width * SCALE
    const height = size.height * SCALE
    const canvas = Taro.createOffscreenCanvas({ type: '2d', width, height })
    const ctx = canvas.getContext('2d') as unknown as Context2D | null
    if (!ctx) return null
    ctx.textBaseline = 'top'
    const measure = (text: string, px: number, bold: boolean) => {
      ctx.font = fontOf(px, bold)
      return ctx.measureText(text).width
    }
    for (const op of layoutShareImage(image, { width, height }, measure)) {
      ctx.fillStyle = op.color
      if (op.kind === 'rect') ctx.fillRect(op.x, op.y, op.w, op.h)
      else {
        ctx.font = fontOf(op.size, op.bold)
        ctx.fillText(op.text, op.x, op.y)
      }
    }
    const option = { canvas, fileType: 'png', destWidth: width, destHeight: height } as unknown as Taro.canvasToTempFilePath.Option
    const { tempFilePath } = await Taro.canvasToTempFilePath(option)
    return tempFilePath || null
  } catch {
    return null
  }
}
