import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { invalidatePublicPages } from '../lib/publicPages'

/** Published, edited, unpublished or deleted: the public pages showing it are dropped from the cache. */
export const refreshPublicPagesAfterChange: CollectionAfterChangeHook = ({ doc }) => {
  invalidatePublicPages()
  return doc
}

export const refreshPublicPagesAfterDelete: CollectionAfterDeleteHook = ({ doc }) => {
  invalidatePublicPages()
  return doc
}

export const refreshPublicPagesAfterGlobalChange: GlobalAfterChangeHook = ({ doc }) => {
  invalidatePublicPages()
  return doc
}

export const refreshPublicPagesHooks = {
  afterChange: [refreshPublicPagesAfterChange],
  afterDelete: [refreshPublicPagesAfterDelete],
}
