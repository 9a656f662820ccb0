/**
 * Which decoded images Loa keeps and under which extension. Pure: works on what sharp's metadata
 * says, so it is table-tested without images.
 */

/** The largest image accepted, in pixels (all frames of an animation counted). A 40 MP photo is larger than any phone's. */
export const MAX_IMAGE_PIXELS = 40_000_000

export type ImageInfo = { format?: string; compression?: string; width?: number; height?: number; pages?: number }

export type ImageVerdict =
  | { ok: true; ext: string; mimeType: string }
  | { ok: false; message: string }

const ACCEPTED = 'Hãy tải lên ảnh JPEG, PNG, WebP, GIF hoặc AVIF.'

const FORMATS: Record<string, { ext: string; mimeType: string }> = {
  jpeg: { ext: 'jpg', mimeType: 'image/jpeg' },
  png: { ext: 'png', mimeType: 'image/png' },
  webp: { ext: 'webp', mimeType: 'image/webp' },
  gif: { ext: 'gif', mimeType: 'image/gif' },
  // sharp reports AVIF as HEIF with AV1 compression; HEIC (HEVC) is not decoded by sharp's libvips.
  avif: { ext: 'avif', mimeType: 'image/avif' },
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** Accepts a decodable format on the list within the pixel limit; SVG (which can carry script), TIFF and the rest are refused. */
export function judgeImage(info: ImageInfo, maxPixels = MAX_IMAGE_PIXELS): ImageVerdict {
  const format = info.format === 'heif' && info.compression === 'av1' ? 'avif' : info.format
  const known = format && Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined
  if (!known) {
    return { ok: false, message: `Tệp không phải ảnh hợp lệ (định dạng ${format ?? 'không rõ'} không được nhận). ${ACCEPTED}` }
  }
  const width = info.width ?? 0
  const height = info.height ?? 0
  if (width <= 0 || height <= 0) return { ok: false, message: `Tệp không phải ảnh hợp lệ (không đọc được kích thước). ${ACCEPTED}` }
  const pixels = width * height * Math.max(1, info.pages ?? 1)
  if (pixels > maxPixels) {
    return {
      ok: false,
      message: `Ảnh quá lớn: ${viNumber.format(pixels / 1e6)} megapixel, tối đa ${viNumber.format(maxPixels / 1e6)} megapixel. Hãy thu nhỏ ảnh rồi tải lên lại.`,
    }
  }
  return { ok: true, ...known }
}
