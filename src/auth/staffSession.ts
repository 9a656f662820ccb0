import type { Request } from 'express'
import type { Payload } from 'payload'
import { roleOf } from '../access/roles'

/** Whether a request carries any credentials at all (a session cookie, an Authorization header). */
export const hasStaffCredentials = (req: Request): boolean => /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '') || Boolean(req.headers.authorization)

/**
 * Whether an Express request carries a valid staff session (the admin's cookie, a JWT header or an
 * API key), checked by Payload's own auth strategies. A forged or expired token is anonymous.
 * Requests with no credentials at all are answered without touching the database.
 */
export function staffSessionCheck(payload: Payload) {
  return async (req: Request): Promise<boolean> => {
    if (!hasStaffCredentials(req)) return false
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
      else if (Array.isArray(value)) headers.set(name, value.join(', '))
    }
    try {
      const { user } = await payload.auth({ headers })
      return roleOf(user) !== undefined
    } catch {
      return false
    }
  }
}
