/**
 * H5 build of services/shareImage.ts (Taro picks `*.h5.ts` for H5): a browser has no WeChat share card to
 * put a picture on (发给家人 copies the title and the link instead), and Taro's H5 has no offscreen canvas.
 */
import type { ShareImage } from '../domain/share/card'
import type { ImageSize } from '../domain/share/layout'

export async function drawShareImage(_image: ShareImage, _size: ImageSize): Promise<string | null> {
  return null
}
