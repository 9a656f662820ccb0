import type { CollectionBeforeChangeHook, RelationshipField } from 'payload'
import { isStaffFieldLevel } from '../../access/roles'

/**
 * Who created the article: the dashboards' "bài của tôi" for an article that was never submitted
 * (review.submittedBy is empty until then). Set once by recordCreator below; nobody sends it over
 * REST or GraphQL (field access refuses create and update; the document's value is kept), and only
 * staff read it, so visitors never learn staff ids from a published article.
 */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { vi: 'Người tạo', en: 'Created by' },
  access: { create: () => false, update: () => false, read: isStaffFieldLevel },
  admin: { hidden: true },
}

/** On create, the signed-in staff member; later saves keep what the field access left in place. */
export const recordCreator: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && data.createdBy == null) return { ...data, createdBy: req.user.id }
  return data
}
