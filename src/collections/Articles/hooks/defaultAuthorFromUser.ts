import type { CollectionBeforeChangeHook } from 'payload'

/** A new article without a byline is signed with the name of the staff member who wrote it. */
export const defaultAuthorFromUser: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  const name = (req.user as { name?: string } | null)?.name
  if (operation === 'create' && !data.author && name) return { ...data, author: name }
  return data
}
