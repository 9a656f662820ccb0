/**
 * The rows of an article's "Lịch sử" panel as the editor reads them: the action and role in
 * Vietnamese, the time on the station's clock. Pure, so the wording is unit-tested.
 */
import { ROLE_LABELS, type Role } from '../access/roles'
import { AUDIT_ACTION_WORDS, type AuditAction } from './auditActions'
import { formatAuditTime } from './describe'

export type StoredAuditRow = {
  id: number | string
  action: string
  userName?: string | null
  userRole?: string | null
  reason?: string | null
  createdAt: string
}

export type HistoryLine = { id: string; action: string; who: string; role: string; time: string; dateTime: string; reason: string }

export function historyLines(rows: StoredAuditRow[], timeZone: string): HistoryLine[] {
  return rows.map((row) => ({
    id: String(row.id),
    action: AUDIT_ACTION_WORDS[row.action as AuditAction]?.vi ?? row.action,
    who: row.userName || 'Hệ thống',
    role: ROLE_LABELS[row.userRole as Role]?.vi ?? '',
    time: formatAuditTime(row.createdAt, timeZone),
    dateTime: row.createdAt,
    reason: row.reason ?? '',
  }))
}
