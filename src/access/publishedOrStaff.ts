import type { Access, Where } from 'payload'
import { roleOf } from './roles'

/**
 * What the public may read of a drafts-enabled collection: the published documents. The access rule
 * below returns it (a new object each time: Payload may rewrite a where in place), and the public
 * site's reads apply the very same filter, including those that go straight to the database adapter
 * (the link lists of src/site/articles).
 */
export const publishedOnly = (): Where => ({ _status: { equals: 'published' } })

/**
 * Anonymous readers see published documents only. `() => true` on a drafts-enabled collection would
 * leak drafts through REST and GraphQL, so the constraint is a query, applied by Payload everywhere.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (roleOf(req.user) !== undefined) return true
  return publishedOnly()
}
