/**
 * The approval actions against Payload (Local API): the only code that changes an article's
 * review state on purpose. Used by the endpoints (src/collections/Articles/reviewEndpoints) and the
 * demo seed. Each action writes a new version carrying the new review group, with
 * `req.context.reviewAction` set so the keepReviewUnlessAction hook lets it through.
 */
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { formatVietnameseDateTime, STATION_TIME_ZONE } from '../lib/viDate'
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
  if (!/^\d+$/.test(String(id))) return null
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

  const review = reviewAfterAction(action, current, actor, now, { reason, publishAt })
  const publishNow = action === 'approve' && !publishAt
  // The new version and the job commit together: no "scheduled" without its job.
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
    // Any earlier schedule is replaced or void: a return, a new time, or publishing now.
    if (action === 'return' || action === 'approve') await cancelScheduledPublish(req, newest.id)
    if (publishAt) await queueScheduledPublish(req, newest.id, actor, publishAt)
    if (shouldCommit) await commitTransaction(req)
    return { status: 200, body: { message: successMessage(action, publishAt), doc: { id: updated.id, _status: String(updated._status), review: reviewOf(updated.review) } } }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  } finally {
    delete req.context[REVIEW_ACTION_CONTEXT]
  }
}

function successMessage(action: ReviewAction, publishAt: Date | null): string {
  switch (action) {
    case 'submit':
      return 'Đã gửi duyệt. Bài viết đang chờ lãnh đạo duyệt.'
    case 'withdraw':
      return 'Đã rút lại. Bài viết trở về bản nháp.'
    case 'return':
      return 'Đã trả lại bài viết kèm lý do cho người viết.'
    case 'approve':
      return publishAt ? `Đã duyệt. Bài viết sẽ tự xuất bản lúc ${formatVietnameseDateTime(publishAt)}.` : 'Đã duyệt và xuất bản.'
  }
}

/**
 * Queues Payload's own schedulePublish job (the admin's "schedule publish"), in the approver's name.
 * The server's job runner picks it up within 10 s of its time; src/newsroom/scheduledPublishJob checks
 * that the article is still approved before publishing.
 */
async function queueScheduledPublish(req: PayloadRequest, id: number | string, actor: Actor, publishAt: Date) {
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    waitUntil: publishAt,
    input: { type: 'publish', doc: { relationTo: 'articles', value: String(id) }, user: { relationTo: 'users', value: actor.id }, timezone: STATION_TIME_ZONE } as never,
    req,
  })
}

/**
 * Drops scheduled publishes of this article that have not started (as Payload does when a document is
 * deleted). The job's input is matched here rather than in the query: a filter on the JSON column
 * (`input.doc.value`) matched nothing on SQLite.
 */
export async function cancelScheduledPublish(req: PayloadRequest, id: number | string) {
  const waiting = await req.payload.db.find({
    collection: 'payload-jobs',
    req,
    limit: 0,
    pagination: false,
    where: { and: [{ completedAt: { exists: false } }, { processing: { equals: false } }, { taskSlug: { equals: 'schedulePublish' } }] },
  })
  const ids = waiting.docs
    .filter((job) => {
      const raw = (job as { input?: unknown }).input
      const input = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { doc?: { relationTo?: string; value?: unknown } } | undefined
      const doc = input?.doc
      return doc?.relationTo === 'articles' && String(doc.value) === String(id)
    })
    .map((job) => job.id)
  if (ids.length > 0) await req.payload.db.deleteMany({ collection: 'payload-jobs', req, where: { id: { in: ids } } })
}
