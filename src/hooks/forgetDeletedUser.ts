import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A staff account that leaves must not take the records it signed with it, nor be blocked by them:
 * an emergency it released or stopped stays released or stopped (the air does not change), and only
 * who did it is emptied. On SQLite the release columns were added by ALTER TABLE, which keeps no
 * ON DELETE SET NULL, so without this the user's deletion failed with a foreign-key error; on MongoDB
 * the ids would dangle.
 */
export const forgetDeletedUserInReleases: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const field of ['releasedBy', 'stoppedBy'] as const) {
    await req.payload.update({
      collection: 'announcements',
      where: { [field]: { equals: id } },
      data: { [field]: null },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}
