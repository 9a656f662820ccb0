import type { Access, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { roleOf } from './roles'

/**
 * `payload-locked-documents` rows say who is editing a document; the admin shows that name and stops
 * others from saving. Payload lets any signed-in user write any row, so a staff member could lock
 * documents in a colleague's name. The admin itself writes rows only in the user's own name (new
 * locks through its server functions, "take over" as a PATCH naming the user, leaving as a DELETE of
 * the user's own lock), so that is all that is allowed.
 */
type LockOwner = { relationTo?: unknown; value?: unknown } | string | number | null | undefined

function namesCaller(req: PayloadRequest, owner: LockOwner): boolean {
  if (!req.user) return false
  const value = typeof owner === 'object' && owner !== null ? owner.value : owner
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  const collection = typeof owner === 'object' && owner !== null ? owner.relationTo : req.user.collection
  return collection === req.user.collection && id !== undefined && id !== null && String(id) === String(req.user.id)
}

/** Create and update: the row must name the caller. Without data the admin only asks what it may do. */
export const lockInOwnName: Access = ({ req, data }) => {
  if (roleOf(req.user) === undefined) return false
  if (data === undefined) return true
  return namesCaller(req, (data as { user?: LockOwner }).user)
}

/** Delete: only one's own locks (stale ones are cleared by Payload itself, without access checks). */
export const ownLocksOnly: Access = ({ req }) => {
  if (roleOf(req.user) === undefined || !req.user) return false
  const own: Where[] = [{ 'user.relationTo': { equals: req.user.collection } }, { 'user.value': { equals: req.user.id } }]
  return { and: own }
}

/** Payload builds this collection itself (no override option), so its access is replaced once built. */
export function withLockRowsInOwnName(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) Object.assign(locks.access, { create: lockInOwnName, update: lockInOwnName, delete: ownLocksOnly })
  return config
}
