import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first publish stamps publishedAt when the editor left it empty, so lists and feeds can sort
 * by it. A date the editor chose (back-dating an item) is kept.
 */
export const setPublishedAtOnPublish: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
