import type { CollectionBeforeOperationHook } from 'payload'
import { decodeImage, ImageUploadError } from '../../../images/decodeImage'
import { userFacingError } from '../../../lib/errors'
import { storedUploadName } from '../../../lib/uploadNames'

/**
 * Runs before Payload checks and stores an uploaded image (beforeOperation comes before Payload's
 * own type check and naming): the file must decode completely as JPEG, PNG, WebP, GIF or AVIF within
 * the pixel limit, and it is stored under a safe name ending in the extension of the detected format.
 * Payload names the file from req.file.name, so a PNG uploaded as "x.html" is kept as "x.png" and
 * can never be served as a web page.
 */
export const decodeImageUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const input = file.data?.length ? file.data : file.tempFilePath
  if (!input) throw userFacingError('Tệp không phải ảnh hợp lệ (tệp rỗng).')
  try {
    const { ext, mimeType } = await decodeImage(input)
    file.name = storedUploadName(file.name, ext, 'anh')
    file.mimetype = mimeType
    return args
  } catch (error) {
    if (error instanceof ImageUploadError) {
      req.payload.logger.warn({ msg: 'image upload refused', file: file.name, detail: error.detail })
      throw userFacingError(error.message)
    }
    throw error
  }
}
