import { type CollectionAfterChangeHook, type CollectionAfterDeleteHook, createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { WHOLE_SCHEDULE_CHECKED } from '../radio/slotMapping'
import { describeHolidayChange, describeScheduleImport, describeSlot, describeSlotChange, type HolidayLike, type ImportSummary, type SlotLike } from './describe'
import { recordAudit } from './recordAudit'

/**
 * The radio's audit rows: a broadcast slot or a holiday changed in the admin or over the API, a
 * programme rebuild asked for, an emergency announcement put on air or stopped. schedule:import
 * writes one row for the whole file (src/radio/scheduleFile), so the per-slot hooks stay quiet for it.
 */
const fromImport = (context: Record<string, unknown>) => Boolean(context?.[WHOLE_SCHEDULE_CHECKED])
type Named = { id: number | string; name?: string | null; title?: string | null }

export const auditSlotChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (fromImport(context)) return doc
  const reason = operation === 'create' ? `Tạo khung giờ: ${describeSlot(doc as SlotLike)}` : describeSlotChange(previousDoc as SlotLike, doc as SlotLike)
  if (reason) await recordAudit(req, { action: 'slot-changed', collection: 'broadcast-slots', docId: doc.id, docTitle: (doc as Named).name ?? null, reason })
  return doc
}

export const auditSlotDelete: CollectionAfterDeleteHook = async ({ doc, id, req, context }) => {
  if (fromImport(context)) return doc
  await recordAudit(req, { action: 'slot-deleted', collection: 'broadcast-slots', docId: id, docTitle: (doc as Named).name ?? null, reason: describeSlot(doc as SlotLike) })
  return doc
}

export const auditHolidayChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (fromImport(context)) return doc
  const reason = describeHolidayChange(operation === 'create' ? null : (previousDoc as HolidayLike), doc as HolidayLike)
  if (reason) await recordAudit(req, { action: 'schedule-changed', collection: 'holidays', docId: doc.id, docTitle: (doc as Named).name ?? null, reason })
  return doc
}

export const auditHolidayDelete: CollectionAfterDeleteHook = async ({ doc, id, req, context }) => {
  if (fromImport(context)) return doc
  await recordAudit(req, { action: 'schedule-changed', collection: 'holidays', docId: id, docTitle: (doc as Named).name ?? null, reason: describeHolidayChange(doc as HolidayLike, null) })
  return doc
}

/** "Dựng lại" pressed on a programme (src/collections/Programmes/requestRebuild). */
export const auditRebuildRequested = (req: PayloadRequest, programme: Named) =>
  recordAudit(req, { action: 'rebuild-requested', collection: 'programmes', docId: programme.id, docTitle: programme.title ?? null })

/** "Phát ngay" / "Dừng phát" on an emergency announcement (src/collections/announcementRelease). */
export const auditAnnouncement = (req: PayloadRequest, action: 'announcement-released' | 'announcement-stopped', announcement: Named) =>
  recordAudit(req, { action, collection: 'announcements', docId: announcement.id, docTitle: announcement.title ?? null })

/** schedule:import wrote a file: one row, in the import's transaction, in the name of "Hệ thống" (a command, not a login). */
export async function auditScheduleImport(payload: Payload, transactionID: number | string | null | undefined, summary: ImportSummary) {
  const req = await createLocalReq({ req: transactionID ? { transactionID } : {} }, payload)
  await recordAudit(req, { action: 'schedule-changed', collection: 'broadcast-slots', reason: describeScheduleImport(summary) })
}
