import type { CollectionBeforeChangeHook } from 'payload'
import { userFacingError } from '../../../lib/errors'
import { isSafeHttpUrl, UNSAFE_LINK_MESSAGE, unsafeLinksIn } from '../../../lib/safeUrl'

/**
 * Field validation does not run when a draft is saved (Payload skips it for drafts), and editors only
 * save drafts: this hook refuses a javascript:/data: link in the body or the source line on every
 * save, draft or published, from the admin, REST, GraphQL or a script.
 */
export const refuseUnsafeLinks: CollectionBeforeChangeHook = ({ data }) => {
  const unsafe = unsafeLinksIn(data.content)
  if (unsafe.length > 0) throw userFacingError(`${UNSAFE_LINK_MESSAGE} Liên kết bị từ chối: ${unsafe.map((url) => JSON.stringify(url)).join(', ')}`)
  const sourceUrl = data.source?.url
  if (sourceUrl !== undefined && sourceUrl !== null && sourceUrl !== '' && !isSafeHttpUrl(sourceUrl)) {
    throw userFacingError('Liên kết nguồn tin phải là địa chỉ http:// hoặc https://, không chứa khoảng trắng hay ký tự điều khiển.')
  }
  return data
}
