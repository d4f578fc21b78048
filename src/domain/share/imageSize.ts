/** The share pictures' sizes: apart from the layout, so a page knows them without loading the drawing code. */
export interface ImageSize {
  width: number
  height: number
}

/** WeChat shows a chat card's picture at 5:4. */
export const CHAT_IMAGE: ImageSize = { width: 500, height: 400 }
/** Moments shows the picture square. */
export const MOMENTS_IMAGE: ImageSize = { width: 400, height: 400 }
