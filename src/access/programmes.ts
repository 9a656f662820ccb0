import type { Access, Where } from 'payload'
import { roleOf } from './roles'

/**
 * The query form of isPlayable (src/broadcast/playableProgramme): a finished file (file name and
 * sha256 recorded). A rebuild mark clears the sha256 (src/radio/rebuildMarks), so a marked programme
 * is left out without naming the mark, a staff-only field residents' queries may not use.
 */
export const PLAYABLE_PROGRAMME_WHERE: Where = {
  and: [{ file: { exists: true } }, { file: { not_equals: '' } }, { sha256: { exists: true } }, { sha256: { not_equals: '' } }],
}

/** The query form of isPublicProgramme: playable and already on air at `now` (the request's moment). */
export function publicProgrammeWhere(now: Date): Where {
  return { and: [PLAYABLE_PROGRAMME_WHERE, { startsAt: { less_than_equal: now.toISOString() } }] }
}

/** Residents see programmes once they have aired; staff see every state, failures included. */
export const finishedOrStaff: Access = ({ req }) => (roleOf(req.user) !== undefined ? true : publicProgrammeWhere(new Date()))
