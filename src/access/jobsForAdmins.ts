import type { RunJobAccess } from 'payload'
import { userHasRole } from './roles'

/**
 * Payload's job queue runs scheduled publishes, with no access check when a job names no user. By
 * default any signed-in user may run, queue or cancel jobs (/api/payload-jobs/run, the Local API);
 * the server runs the queue itself every 10 s (with access overridden), so only admins may do it by
 * hand. The admin's "schedule publish" queues through Payload's own server function, which is not
 * affected, and the job publishes as the user who scheduled it, so an editor's schedule cannot publish.
 */
export const jobsForAdmins: RunJobAccess = ({ req }) => userHasRole(req.user, 'admin')
