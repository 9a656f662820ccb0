import type { PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import type { AuditAction, AuditedCollection } from './auditActions'

export type AuditEntry = {
  action: AuditAction
  /** The collection the action was on: 'articles', 'broadcast-slots', 'holidays', … (AUDITED_COLLECTIONS). */
  collection: AuditedCollection
  docId?: string | number | null
  /** The title at the time, so the log still reads after a rename or a delete. */
  docTitle?: string | null
  /** Why (a return's reason) or what (a scheduled time, a changed field list), in Vietnamese. */
  reason?: string | null
}

/**
 * Writes one audit row in the caller's transaction (so a failed save leaves no row behind) and in
 * the caller's name. Only server code writes the log: the collection refuses every write over REST
 * and GraphQL, and this is the one place that bypasses that.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user as { id?: number | string; name?: string; email?: string; collection?: string } | null | undefined
  const isStaffUser = user?.collection === undefined || user.collection === 'users'
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req,
    data: {
      action: entry.action,
      collectionSlug: entry.collection,
      docId: entry.docId === undefined || entry.docId === null ? null : String(entry.docId),
      docTitle: entry.docTitle ?? null,
      reason: entry.reason ?? null,
      user: user?.id !== undefined && isStaffUser ? (user.id as number) : null,
      userName: user ? (user.name ?? user.email ?? null) : 'Hệ thống',
      userRole: roleOf(req.user) ?? null,
    },
  })
}
