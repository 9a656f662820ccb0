import type { Access, Where } from 'payload'
import { roleOf } from './roles'

/**
 * A programme with a finished file. The worker records a sha256 only for a complete file, and a
 * rebuild replaces the file only when the new one is complete, so a programme being rebuilt (or
 * whose rebuild failed) still has its earlier file to offer.
 */
export const HAS_FINISHED_FILE: Where = { sha256: { exists: true } }

/**
 * A programme residents may hear (listen again, podcast, home player, its clips): finished and
 * already on air. Programmes are built up to an hour ahead; publishing one before its slot would
 * put tomorrow's news in the podcast tonight. `now` is the caller's: the request's moment.
 */
export function publicProgrammeWhere(now: Date): Where {
  return { and: [HAS_FINISHED_FILE, { startsAt: { less_than_equal: now.toISOString() } }] }
}

/** Residents see programmes once they have aired; staff see every state, failures included. */
export const finishedOrStaff: Access = ({ req }) => (roleOf(req.user) !== undefined ? true : publicProgrammeWhere(new Date()))
