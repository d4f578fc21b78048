/**
 * WeChat's offscreen 2D canvas (wx.createOffscreenCanvas) and wx.canvasToTempFilePath, for the pictures the
 * app draws itself (share cards). What is written on a canvas is recorded; where the environment has a real
 * canvas (chromium, for screenshots) it is also painted there, and the temp file keeps its PNG. jsdom has no
 * canvas, so there text is measured the way a phone's sans-serif roughly is: CJK a full em, the rest ~0.56.
 */
export interface DrawnImage {
  path: string
  width: number
  height: number
  /** every fillText, in order */
  texts: string[]
  /** the px size of each fillText, in order */
  sizes: number[]
  /** the PNG, where a real canvas painted it (chromium) */
  dataUrl?: string
}

type Context = Record<string, unknown> & { font: string }

interface OffscreenCanvas {
  width: number
  height: number
  getContext(type: string): Context | null
  createImage(): never
}

interface CanvasState {
  type: '2d' | 'webgl'
  texts: string[]
  sizes: number[]
  real?: HTMLCanvasElement
  context?: Context
}

const px = (font: string): number => Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 10)

function estimate(text: string, size: number): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’…—]/.test(ch) ? size : size * 0.56
  return w
}

/** The 2D context API, recorded: state as plain fields, drawing calls accepted. */
function recordingContext(state: CanvasState): Context {
  const noop = () => undefined
  const ctx: Context = {
    font: '10px sans-serif',
    fillStyle: '#000000',
    strokeStyle: '#000000',
    textBaseline: 'alphabetic',
    textAlign: 'start',
    lineWidth: 1,
    globalAlpha: 1,
    measureText: (text: unknown) => ({ width: estimate(String(text), px(ctx.font)) }),
    fillText: (text: unknown) => {
      state.texts.push(String(text))
      state.sizes.push(px(ctx.font))
    },
    strokeText: noop,
    fillRect: noop,
    strokeRect: noop,
    clearRect: noop,
    save: noop,
    restore: noop,
    scale: noop,
    translate: noop,
    rotate: noop,
    setTransform: noop,
    beginPath: noop,
    closePath: noop,
    moveTo: noop,
    lineTo: noop,
    arc: noop,
    arcTo: noop,
    rect: noop,
    fill: noop,
    stroke: noop,
    clip: noop,
    drawImage: noop
  }
  return ctx
}

/** A real browser canvas whose fillText is also recorded. */
function paintingContext(state: CanvasState, real: HTMLCanvasElement): Context | null {
  const ctx = real.getContext('2d')
  if (!ctx) return null
  const fillText = ctx.fillText.bind(ctx)
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    state.texts.push(String(text))
    state.sizes.push(px(ctx.font))
    if (maxWidth === undefined) fillText(text, x, y)
    else fillText(text, x, y, maxWidth)
  }
  return ctx as unknown as Context
}

/** jsdom reports canvas as "not implemented" (and logs it): only a real browser gets a real canvas. */
function realCanvasAvailable(doc: Document | undefined): boolean {
  const agent = doc?.defaultView?.navigator?.userAgent ?? ''
  return doc !== undefined && !/jsdom/i.test(agent)
}

export interface CanvasDouble {
  createOffscreenCanvas(arg?: unknown): OffscreenCanvas
  /** the implementation of wx.canvasToTempFilePath's success result */
  toTempFile(opts: Record<string, unknown>): { tempFilePath: string }
  readonly images: ReadonlyMap<string, DrawnImage>
}

/** `fail` makes the error WeChat reports through `fail` (wx.ts's ApiFailure). */
export function createCanvasDouble(
  fail: (reason: string) => Error,
  doc: Document | undefined = typeof document === 'undefined' ? undefined : document
): CanvasDouble {
  const states = new WeakMap<object, CanvasState>()
  const images = new Map<string, DrawnImage>()
  const useReal = realCanvasAvailable(doc)
  let files = 0

  return {
    images,
    createOffscreenCanvas(arg?: unknown) {
      const opts = (arg && typeof arg === 'object' ? arg : {}) as Record<string, unknown>
      // WeChat's default type is webgl; a 2D context must be asked for when the canvas is created.
      const type = opts.type === '2d' ? '2d' : 'webgl'
      const width = typeof opts.width === 'number' ? opts.width : 300
      const height = typeof opts.height === 'number' ? opts.height : 150
      const state: CanvasState = { type, texts: [], sizes: [] }
      const canvas: OffscreenCanvas = {
        width,
        height,
        getContext(contextType: string) {
          // "离屏 Canvas 类型不可混用": a webgl canvas gives no 2D context and the other way round.
          if (contextType !== state.type || contextType !== '2d') return null
          if (!state.context) {
            if (useReal && doc) {
              state.real = doc.createElement('canvas')
              state.real.width = canvas.width
              state.real.height = canvas.height
              state.context = paintingContext(state, state.real) ?? recordingContext(state)
            } else state.context = recordingContext(state)
          }
          return state.context
        },
        createImage() {
          throw new Error('OffscreenCanvas.createImage has no double in the weapp harness: add one to __tests__/weapp/harness/canvas.ts')
        }
      }
      states.set(canvas, state)
      return canvas
    },
    toTempFile(opts) {
      if (typeof opts.canvasId === 'string') throw fail('canvasId: only offscreen canvases are doubled in the weapp harness')
      const canvas = opts.canvas
      const state = canvas && typeof canvas === 'object' ? states.get(canvas) : undefined
      if (!state) throw fail('parameter error: parameter.canvas should be a Canvas;')
      if (state.type !== '2d') throw fail('canvas type webgl is not supported here')
      const { width, height } = canvas as OffscreenCanvas
      const path = `wxfile://tmp_share_${++files}.png`
      images.set(path, {
        path,
        width: typeof opts.destWidth === 'number' ? opts.destWidth : width,
        height: typeof opts.destHeight === 'number' ? opts.destHeight : height,
        texts: [...state.texts],
        sizes: [...state.sizes],
        dataUrl: state.real?.toDataURL('image/png')
      })
      return { tempFilePath: path }
    }
  }
}
