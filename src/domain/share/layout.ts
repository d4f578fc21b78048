/**
 * Where the text of a share card's image goes: a coloured band with what and where, the answer in the
 * largest type, what to do under it, and the disclaimer at the foot. Pure: the caller measures text
 * (the canvas's measureText on the phone, estimateWidth in tests) and draws the returned operations.
 */
import type { ShareImage } from './card'
import type { ImageSize } from './imageSize'

export type { ImageSize } from './imageSize'

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: string }

/** Width of `text` drawn at `size` px. */
export type Measure = (text: string, size: number, bold: boolean) => number

export const COLORS = { band: '#0b5cad', onBand: '#ffffff', page: '#ffffff', text: '#1f2328', quiet: '#4a5561' } as const

/** The canvas font for a size: the phone's own sans-serif (PingFang, Noto, …). */
export const fontOf = (size: number, bold: boolean): string => `${bold ? 'bold ' : ''}${size}px sans-serif`

/** A stand-in for measureText where there is no canvas: CJK characters a full em, others a little over half. */
export function estimateWidth(text: string, size: number): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/.test(ch) ? size : size * 0.56
  return w
}

/** Never at the start of a line (they close what came before). */
const CLOSING = new Set([...'，。、；：？！）》」』”’…·,.;:?!)%'])
/** Never at the end of a line (they open what comes after). */
const OPENING = new Set([...'（《「『“‘('])

/** Units that move to the next line whole: a run of Latin letters or digits (0592-12393, APP), or one character, with its punctuation. */
function tokens(text: string): string[] {
  const raw = text.match(/[A-Za-z0-9][A-Za-z0-9.\-+/:]*|\s+|[\s\S]/gu) ?? []
  const out: string[] = []
  let open = ''
  for (const t of raw) {
    if (OPENING.has(t)) open += t
    else if (CLOSING.has(t) && out.length > 0 && open === '') out[out.length - 1] += t
    else {
      out.push(open + t)
      open = ''
    }
  }
  if (open) out.push(open)
  return out
}

/** Breaks text into lines no wider than `max` (a unit wider than a whole line is broken by character). */
export function wrapText(text: string, max: number, width: (s: string) => number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    const put = (piece: string) => {
      if (line === '' && /^\s+$/.test(piece)) return
      if (line === '' || width(line + piece) <= max) line += piece
      else if (CLOSING.has([...piece][0] ?? '') && [...line].length > 1) {
        // a closing mark never starts a line: it takes the character before it along
        const chars = [...line]
        const carried = chars.pop() ?? ''
        lines.push(chars.join('').trimEnd())
        line = carried + piece
      } else {
        lines.push(line.trimEnd())
        line = /^\s+$/.test(piece) ? '' : piece
      }
    }
    for (const token of tokens(paragraph)) {
      if (width(token) <= max) put(token)
      else for (const ch of token) put(ch)
    }
    if (line.trim()) lines.push(line.trimEnd())
  }
  return lines
}

/** At most `count` lines; what does not fit ends the last one with an ellipsis that still fits the width. */
export function fitLines(lines: readonly string[], count: number, max: number, width: (s: string) => number): string[] {
  if (lines.length <= count) return [...lines]
  if (count <= 0) return []
  const kept = lines.slice(0, count)
  let last = [...(kept[count - 1] ?? '')]
  const ended = () => `${last.join('').replace(/[，、；：,;:\s]+$/u, '')}…`
  while (last.length > 0 && width(ended()) > max) last = last.slice(0, -1)
  kept[count - 1] = ended()
  return kept
}

/** The drawing for one card image at `size`, in the canvas's own px. */
export function layoutShareImage(image: ShareImage, size: ImageSize, measure: Measure): DrawOp[] {
  const { width: W, height: H } = size
  const u = W / 500
  const pad = Math.round(24 * u)
  const inner = W - 2 * pad
  const band = Math.round(64 * u)
  const kicker = Math.round(26 * u)
  const headline = Math.round(42 * u)
  const body = Math.round(30 * u)
  const footer = Math.round(20 * u)
  const footerTop = H - Math.round(footer * 2.2)
  const ops: DrawOp[] = [
    { kind: 'rect', x: 0, y: 0, w: W, h: H, color: COLORS.page },
    { kind: 'rect', x: 0, y: 0, w: W, h: band, color: COLORS.band }
  ]
  const text = (t: string, x: number, y: number, px: number, bold: boolean, color: string) =>
    ops.push({ kind: 'text', text: t, x, y, size: px, bold, color })

  const kickerWidth = (s: string) => measure(s, kicker, true)
  const [kickerLine] = fitLines(wrapText(image.kicker, inner, kickerWidth), 1, inner, kickerWidth)
  if (kickerLine) text(kickerLine, pad, Math.round((band - kicker) / 2), kicker, true, COLORS.onBand)

  let y = band + Math.round(22 * u)
  const headWidth = (s: string) => measure(s, headline, true)
  for (const line of fitLines(wrapText(image.headline, inner, headWidth), 2, inner, headWidth)) {
    text(line, pad, y, headline, true, COLORS.text)
    y += Math.round(headline * 1.25)
  }

  y += Math.round(10 * u)
  const bodyLine = Math.round(body * 1.45)
  const room = Math.max(0, Math.floor((footerTop - Math.round(8 * u) - y) / bodyLine))
  const bodyWidth = (s: string) => measure(s, body, false)
  for (const line of fitLines(wrapText(image.body, inner, bodyWidth), room, inner, bodyWidth)) {
    text(line, pad, y, body, false, COLORS.text)
    y += bodyLine
  }

  const footWidth = (s: string) => measure(s, footer, false)
  const [footLine] = fitLines(wrapText(image.footer, inner, footWidth), 1, inner, footWidth)
  if (footLine) text(footLine, pad, footerTop + Math.round(footer * 0.6), footer, false, COLORS.quiet)
  return ops
}
