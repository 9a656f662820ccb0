import { userFacingError } from '../../../lib/errors'
import type { CollectionBeforeChangeHook } from 'payload'
import { findOverlaps, validateSlot } from '../../../broadcast/planDay'
import { slotFromDoc, WHOLE_SCHEDULE_CHECKED } from '../../../radio/slotMapping'

/**
 * A slot is saved only when it is well-formed and no other slot airs at the same time on a shared
 * day; the technician gets every conflict in one Vietnamese message.
 */
export const refuseOverlappingSlots: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  const candidate = slotFromDoc({ ...originalDoc, ...data })
  const problems = validateSlot(candidate)
  if (problems.length > 0) throw userFacingError(problems.join(' '))
  // schedule:import checked the whole future grid before writing; half-way states may overlap.
  // (context is set only by server-side Local API calls, never by a REST or GraphQL client.)
  if (context?.[WHOLE_SCHEDULE_CHECKED]) return data
  const others = await req.payload.find({
    collection: 'broadcast-slots',
    where: originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {},
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const overlaps = findOverlaps([candidate, ...others.docs.map(slotFromDoc)]).filter(
    (overlap) => overlap.a === candidate.slug || overlap.b === candidate.slug,
  )
  if (overlaps.length > 0) throw userFacingError(overlaps.map((overlap) => overlap.message).join(' '))
  return data
}
