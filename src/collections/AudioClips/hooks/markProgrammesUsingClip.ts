import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { markProgrammesUsingClip } from '../../../radio/rebuildMarks'

/**
 * A clip whose file was replaced: the programmes built with the old recording that have not aired
 * yet are marked for rebuild (the new file may be longer, or say something else).
 */
export const markProgrammesAfterClipReplaced: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc || doc.filename === previousDoc.filename) return doc
  await markProgrammesUsingClip(req.payload, { id: doc.id, title: doc.title ?? '' }, 'replaced', new Date(), req)
  return doc
}

/** A clip deleted: the programmes that have not aired yet and play it are marked for rebuild. */
export const markProgrammesAfterClipDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await markProgrammesUsingClip(req.payload, { id: doc.id, title: doc.title ?? '' }, 'deleted', new Date(), req)
  return doc
}
