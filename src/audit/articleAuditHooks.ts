import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { formatAuditTime } from './describe'
import type { AuditAction } from './auditActions'
import { recordAudit } from './recordAudit'
import { stationTimeZoneFor } from './stationTimeZone'

/**
 * The article's audit rows ("Lịch sử"), read off each save: the action endpoints (workflow) move
 * `review.state`, Payload moves `_status`, and these hooks compare the newest version before the
 * save (`previousDoc`) with the one saved. Rows are written in the save's transaction and in the
 * caller's name (recordAudit), so a refused save leaves no row and the scheduled job is "Hệ thống".
 */

/** req.context key: the live (main) document's _status before this save, by article id. */
const LIVE_BEFORE = 'auditLiveStatusBefore'

type ArticleLike = {
  id: number | string
  title?: string | null
  _status?: 'draft' | 'published' | null
  review?: { state?: string | null; returnReason?: string | null; publishAt?: string | null } | null
}

async function liveStatus(req: PayloadRequest, id: number | string): Promise<string | undefined> {
  const main = (await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } }, req })) as { _status?: string } | null
  return main?._status ?? undefined
}

/**
 * A draft save and an unpublish both save `_status: 'draft'`; only an unpublish changes the live
 * document (a draft save writes a version only). So remember the live status before such a save and
 * compare it after.
 */
export const rememberLiveStatusForAudit: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || data?._status !== 'draft') return data
  const remembered = (req.context[LIVE_BEFORE] ??= {}) as Record<string, string | undefined>
  remembered[String(originalDoc.id)] = await liveStatus(req, originalDoc.id)
  return data
}

type Row = { action: AuditAction; reason?: string | null }

async function rowsForUpdate(doc: ArticleLike, previous: ArticleLike | undefined, req: PayloadRequest): Promise<Row[]> {
  const rows: Row[] = []
  const was = previous?.review?.state ?? 'draft'
  const now = doc.review?.state ?? 'draft'
  if (now !== was) {
    if (now === 'pending') rows.push({ action: 'submitted' })
    else if (now === 'returned') rows.push({ action: 'returned', reason: doc.review?.returnReason || null })
    else if (now === 'scheduled') {
      const at = doc.review?.publishAt
      rows.push({ action: 'scheduled', reason: at ? `Duyệt, hẹn xuất bản lúc ${formatAuditTime(at, await stationTimeZoneFor(req))}` : null })
    } else if (now === 'draft' && was === 'pending') rows.push({ action: 'withdrawn' })
    // An edit of a scheduled article ends its approval (workflow): the timed publication is off.
    else if (now === 'draft' && was === 'scheduled') rows.push({ action: 'withdrawn', reason: 'Bài đã hẹn giờ được sửa: hủy hẹn giờ xuất bản, bài trở về nháp.' })
    else if (now === 'published' && (req.context.reviewAction === 'approve' || was === 'pending')) rows.push({ action: 'approved' })
  }
  if (doc._status === 'published') {
    // Saving a live article straight away (no draft in between) also changes what residents read.
    const direct = previous?._status === 'published' && was === now
    rows.push({ action: 'published', reason: direct ? 'Lưu thay đổi thẳng lên bài đang xuất bản' : null })
  } else if (doc._status === 'draft') {
    const remembered = req.context[LIVE_BEFORE] as Record<string, string | undefined> | undefined
    if (remembered?.[String(doc.id)] === 'published') {
      delete remembered[String(doc.id)]
      if ((await liveStatus(req, doc.id)) === 'draft') rows.push({ action: 'unpublished' })
    }
  }
  return rows
}

export const auditArticleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const article = doc as ArticleLike
  const rows: Row[] =
    operation === 'create'
      ? [{ action: 'created' }, ...(article._status === 'published' ? [{ action: 'published' as const }] : [])]
      : await rowsForUpdate(article, previousDoc as ArticleLike | undefined, req)
  for (const row of rows) {
    await recordAudit(req, { ...row, collection: 'articles', docId: article.id, docTitle: article.title ?? null })
  }
  return doc
}

export const auditArticleDelete: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  await recordAudit(req, { action: 'deleted', collection: 'articles', docId: id ?? doc?.id, docTitle: (doc as ArticleLike | undefined)?.title ?? null })
  return doc
}
