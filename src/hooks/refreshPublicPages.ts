import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'
import { publicContentChanged } from '../lib/publicPages'

/**
 * Whether a live article is still published. A draft save and an unpublish both report
 * `_status: 'draft'`; only an unpublish changes the live document (a draft save writes a version).
 */
async function liveIsPublished(req: PayloadRequest, id: unknown): Promise<boolean> {
  const live = (await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } }, req })) as { _status?: string } | null
  return live?._status === 'published'
}

/** Published, edited, unpublished or deleted: the public pages showing it are re-rendered (src/site/pageTags). */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (collection.slug === 'articles' && doc._status === 'draft') {
    // A draft of a live article changes nothing residents see.
    if (await liveIsPublished(req, doc.id)) return doc
    // Unpublished (or never public): the pages showing it must not show it again.
    publicContentChanged({ collection: collection.slug, operation, doc })
    return doc
  }
  publicContentChanged({ collection: collection.slug, operation, doc, previousDoc: operation === 'update' ? previousDoc : undefined })
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  publicContentChanged({ collection: collection.slug, operation: 'delete', doc })
  return doc
}

export const refreshPublicPagesAfterGlobalChange: GlobalAfterChangeHook = ({ global, doc }) => {
  publicContentChanged({ collection: global.slug, operation: 'update', doc })
  return doc
}

export const refreshPublicPagesHooks = {
  afterChange: [refreshPublicPagesAfterChange],
  afterDelete: [refreshPublicPagesAfterDelete],
}
