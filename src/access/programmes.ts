import type { Access, Where } from 'payload'
import { roleOf } from './roles'

/**
 * A programme residents may hear: one with a finished file. The worker records a sha256 only for a
 * complete file, and a rebuild replaces the file only when the new one is complete, so a programme
 * being rebuilt (or whose rebuild failed) still has its earlier file to offer.
 */
export const HAS_FINISHED_FILE: Where = { sha256: { exists: true } }

/** Residents see programmes with a finished file; staff see every state, failures included. */
export const finishedOrStaff: Access = ({ req }) => (roleOf(req.user) !== undefined ? true : HAS_FINISHED_FILE)
