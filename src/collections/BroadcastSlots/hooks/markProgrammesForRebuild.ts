import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { markProgrammesForSlotChange } from '../../../radio/rebuildMarks'
import { slotFromDoc } from '../../../radio/slotMapping'

/**
 * A slot's times, kind, source, music or days changed: its programmes that have not aired yet were
 * built (or planned) for the old slot and are marked for rebuild with the reason. Runs in the save's
 * transaction (req), so a failed save marks nothing.
 */
export const markProgrammesAfterSlotChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  await markProgrammesForSlotChange(req.payload, slotFromDoc(previousDoc), slotFromDoc(doc), new Date(), req)
  return doc
}

/** A slot deleted: its programmes that have not aired yet are marked, and never played. */
export const markProgrammesAfterSlotDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await markProgrammesForSlotChange(req.payload, slotFromDoc(doc), null, new Date(), req)
  return doc
}
