import type { Access } from 'payload'
import { PUBLISHER_ROLES, userHasRole, WRITER_ROLES } from './roles'

/**
 * Editors write and save drafts; only approvers and admins publish. Publishing in Payload is a
 * create or update whose data carries `_status: 'published'`, so that is what is refused here. When
 * the admin asks for permissions there is no data yet, and editing stays allowed.
 */
export const writeWithoutPublishing: Access = ({ req, data }) => {
  if (userHasRole(req.user, ...PUBLISHER_ROLES)) return true
  if (!userHasRole(req.user, ...WRITER_ROLES)) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}
