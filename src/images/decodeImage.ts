import { MAX_IMAGE_PIXELS, judgeImage } from './imageFormats'
import { loadSharp } from './sharp'

export class ImageUploadError extends Error {
  constructor(message: string, readonly detail: string) {
    super(message)
    this.name = 'ImageUploadError'
  }
}

/**
 * Proves an upload is an image Loa keeps, before Payload stores it: the header is read first, so a
 * decompression bomb (a 31 KB PNG of 16000×16000) is refused in milliseconds on its stated size,
 * then every pixel is decoded, so a truncated or corrupt file is refused too (Payload only decodes
 * what it resizes, and keeps the original as uploaded). Returns the detected extension and type.
 */
export async function decodeImage(input: Buffer | string): Promise<{ ext: string; mimeType: string }> {
  const sharp = loadSharp()
  let info
  try {
    // The header only; the limit is applied below with a message that says the size.
    info = await sharp(input, { limitInputPixels: false, animated: true }).metadata()
  } catch (error) {
    throw new ImageUploadError('Tệp không phải ảnh hợp lệ (không đọc được). Hãy tải lên ảnh JPEG, PNG, WebP, GIF hoặc AVIF.', String(error))
  }
  const verdict = judgeImage(info)
  if (!verdict.ok) throw new ImageUploadError(verdict.message, `format ${info.format}, ${info.width}×${info.height}, ${info.pages ?? 1} page(s)`)
  try {
    // stats() streams every pixel through libvips without holding the image; 'truncated' refuses cut
    // and corrupt data but tolerates harmless warnings (extra bytes after the end, as phones write).
    await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated', animated: true }).stats()
  } catch (error) {
    throw new ImageUploadError('Ảnh bị hỏng hoặc tải lên chưa hết (không giải mã được toàn bộ ảnh). Hãy tải lại tệp gốc.', String(error))
  }
  return { ext: verdict.ext, mimeType: verdict.mimeType }
}
