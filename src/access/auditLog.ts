import type { Access } from 'payload'
import { userHasRole } from './roles'

/**
 * The audit log (who did what) is read in full by admins only. Other staff see an article's history
 * on the article itself, through the server-side history panel, never by querying the log.
 */
export const canReadAuditLog: Access = ({ req }) => userHasRole(req.user, 'admin')

/** Nobody writes, edits or deletes audit rows over REST, GraphQL or the admin: only recordAudit does. */
export const noAuditWrites: Access = () => false
