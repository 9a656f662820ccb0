import type { CollectionBeforeOperationHook } from 'payload'
import { userFacingError } from '../lib/errors'
import { PUBLISHER_ROLES, userHasRole } from './roles'

/**
 * Editors write drafts; only approvers and admins change what residents read. In Payload a save
 * without `draft: true` writes the main (live) document, so an editor's PATCH of a published article
 * would change or unpublish it at once. For writers who may not publish, every create and update
 * (REST, GraphQL, bulk, the admin, a scheduled job run in their name) is turned into a draft save:
 * Payload then stores only a new draft version and leaves the published document untouched until an
 * approver publishes. Restoring a version writes the main document unless it is restored as a draft,
 * and Payload reads that choice before this hook runs, so an editor must ask for it explicitly.
 * Trusted server code (overrideAccess) is left alone.
 */
export const editorsSaveDrafts: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (overrideAccess === true || !req.user || userHasRole(req.user, ...PUBLISHER_ROLES)) return args
  if (operation === 'create' || operation === 'update') {
    const status = (args.data as { _status?: unknown } | undefined)?._status
    if (status === 'published') throw userFacingError(PUBLISH_REFUSED, 403)
    return { ...args, draft: true }
  }
  if (operation === 'restoreVersion' && !args.draft) throw userFacingError(RESTORE_REFUSED, 403)
  return args
}

const PUBLISH_REFUSED = 'Biên tập viên chỉ lưu bản nháp; bài viết được xuất bản khi lãnh đạo duyệt.'
const RESTORE_REFUSED = 'Biên tập viên chỉ khôi phục được phiên bản cũ thành bản nháp (chọn "Khôi phục thành bản nháp").'
