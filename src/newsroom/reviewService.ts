/**
 * The approval actions against Payload (Local API): the only code that changes an article's
 * review state on purpose. Used by the endpoints (src/collections/Articles/reviewEndpoints) and the
 * demo seed. Each action writes a new version carrying the new review group, with
 * `req.context.reviewAction` set so the keepReviewUnlessAction hook lets it through.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { formatVietnameseDateTime } from '../lib/viDate'
import { loadStationSettings } from '../radio/station'
import { looksLikeDocumentId } from '../lib/relationId'
import { refreshOutdatedReadOut } from '../speech/readOutService'
import {
  type Actor,
  checkPublishAt,
  checkReturnReason,
  type Refusal,
  refuseAction,
  refuseRole,
  REVIEW_MESSAGES,
  type Review,
  type ReviewAction,
  reviewAfterAction,
  reviewOf,
} from './reviewTransitions'

export const REVIEW_ACTION_CONTEXT = 'reviewAction'

export type ActionResult = { status: number; body: { message: string; doc?: { id: number | string; _status: string; review: Review } } }

const refused = (refusal: Refusal): ActionResult => ({ status: refusal.status, body: { message: refusal.message } })

export function actorOf(user: PayloadRequest['user']): Actor | null {
  if (!user) return null
  const named = user as { id: number | string; name?: unknown; email?: unknown }
  const name = typeof named.name === 'string' && named.name.trim() ? named.name.trim() : String(named.email ?? named.id)
  return { id: named.id, role: roleOf(user), name }
}

/** The newest version of an article as the caller may read it, or null (unknown id or no access). */
async function newestVersion(req: PayloadRequest, id: string | number) {
  if (!looksLikeDocumentId(id)) return null
  try {
    return await req.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
  } catch {
    return null
  }
}

/**
 * Runs one action for the signed-in user. Order of refusals: 401 anonymous, 403 role, 400 body,
 * 404 article, 403 not the submitter (withdraw), 409 state.
 */
export async function runReviewAction(req: PayloadRequest, id: string | number, action: ReviewAction, body: Record<string, unknown>, now = new Date()): Promise<ActionResult> {
  const actor = actorOf(req.user)
  const byRole = refuseRole(action, actor?.role)
  if (byRole || !actor) return refused(byRole ?? { status: 401, message: REVIEW_MESSAGES.signIn })

  let reason: string | undefined
  let publishAt: Date | null = null
  if (action === 'return') {
    const checked = checkReturnReason(body.reason)
    if ('status' in checked) return refused(checked)
    reason = checked.reason
  }
  if (action === 'approve') {
    const checked = checkPublishAt(body.publishAt, now)
    if ('status' in checked) return refused(checked)
    publishAt = checked.publishAt
  }

  const newest = await newestVersion(req, id)
  if (!newest) return { status: 404, body: { message: REVIEW_MESSAGES.notFound } }
  const current = reviewOf(newest.review)
  const refusal = refuseAction(action, actor, { state: current.state, newestIsPublished: newest._status === 'published', submittedBy: current.submittedBy })
  if (refusal) return refused(refusal)

  // An approved text goes live with a read-out that says it (src/speech/readOutService).
  const readOutNote = action === 'approve' ? await refreshOutdatedReadOut(req, newest) : null
  const review = reviewAfterAction(action, current, actor, now, { reason, publishAt })
  const publishNow = action === 'approve' && !publishAt
  // The publishing time is said on the station's clock (the one the scheduler and the site use).
  const timeZone = publishAt ? (await loadStationSettings(req.payload, { req })).timeZone : null
  // One save; where transactions are on, it lands whole or not at all.
  const shouldCommit = await initTransaction(req)
  req.context[REVIEW_ACTION_CONTEXT] = action
  try {
    const updated = await req.payload.update({
      collection: 'articles',
      id: newest.id,
      data: { ...(publishNow ? { _status: 'published' as const } : {}), review: review as never },
      draft: !publishNow,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { status: 200, body: { message: [successMessage(action, publishAt, timeZone), readOutNote].filter(Boolean).join(' '), doc: { id: updated.id, _status: String(updated._status), review: reviewOf(updated.review) } } }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  } finally {
    delete req.context[REVIEW_ACTION_CONTEXT]
  }
}

function successMessage(action: ReviewAction, publishAt: Date | null, timeZone: string | null): string {
  switch (action) {
    case 'submit':
      return 'Đã gửi duyệt. Bài viết đang chờ lãnh đạo duyệt.'
    case 'withdraw':
      return 'Đã rút lại. Bài viết trở về bản nháp.'
    case 'return':
      return 'Đã trả lại bài viết kèm lý do cho người viết.'
    case 'approve':
      return publishAt && timeZone ? `Đã duyệt. Bài viết sẽ tự xuất bản lúc ${formatVietnameseDateTime(publishAt, timeZone)}.` : 'Đã duyệt và xuất bản.'
  }
}

