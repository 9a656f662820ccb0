import type { Access } from 'payload'
import { roleOf } from './roles'

/**
 * Anonymous readers see published documents only. `() => true` on a drafts-enabled collection would
 * leak drafts through REST and GraphQL, so the constraint is a query, applied by Payload everywhere.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (roleOf(req.user) !== undefined) return true
  return { _status: { equals: 'published' } }
}
