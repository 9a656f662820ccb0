import type { FieldHook } from 'payload'
import { roleOf } from '../../access/roles'
import { segmentsWithoutPaths } from '../../broadcast/programmeClips'

/**
 * Each segment keeps the absolute path of its clip on the server (for staff diagnosing a build);
 * residents reading /api/programmes, GraphQL or the site's own queries get the segments without it.
 * Trusted server code (overrideAccess) reads them whole.
 */
export const segmentsWithoutServerPaths: FieldHook = ({ value, req, overrideAccess }) =>
  overrideAccess || roleOf(req.user) !== undefined ? value : segmentsWithoutPaths(value)
