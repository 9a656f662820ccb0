import type { Payload } from 'payload'
import { PUBLISHER_ROLES, userHasRole } from '../access/roles'
import { SCHEDULED_PUBLISH_ACTION } from './scheduledPublishJob'
import { relationId } from '../lib/relationId'

type ScheduledArticle = { id: number | string; title?: string | null; review?: { publishAt?: string | null; decidedBy?: unknown } | null }

/**
 * "Hẹn giờ xuất bản" without a job queue: an approval for a later time is just the article's newest
 * version in state "scheduled" with `review.publishAt`. This sweep (every 10 s in the server process)
 * publishes those whose time has come, in the approver's name. A return, an editor's edit or a new
 * approval changes the state or the time, so nothing has to be cancelled and nothing can publish a
 * story whose approval ended. (Payload's job rows, which this replaced, were deleted and re-used by
 * id on SQLite in ways that left a stale job or lost a due one on a busy machine.)
 */
export async function publishDueApprovals(payload: Payload, now: Date): Promise<number> {
  const { docs } = await payload.find({
    collection: 'articles',
    draft: true,
    where: { and: [{ 'review.state': { equals: 'scheduled' } }, { 'review.publishAt': { less_than_equal: now.toISOString() } }] },
    limit: 50,
    depth: 0,
    overrideAccess: true,
    select: { title: true, review: { publishAt: true, decidedBy: true, state: true } } as never,
  })
  let published = 0
  for (const article of docs as unknown as ScheduledArticle[]) {
    try {
      const approverId = relationId(article.review?.decidedBy)
      const approver = approverId === null ? null : await payload.findByID({ collection: 'users', id: approverId, depth: 0, overrideAccess: true }).catch(() => null)
      // An approval whose approver has since lost the right (or the account) does not publish.
      if (!approver || !userHasRole(approver, ...PUBLISHER_ROLES)) {
        payload.logger.warn(`Không xuất bản theo giờ hẹn bài "${article.title}" (${article.id}): người duyệt không còn quyền duyệt tin.`)
        continue
      }
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { _status: 'published' },
        depth: 0,
        overrideAccess: true,
        user: { ...approver, collection: 'users' },
        context: { reviewAction: SCHEDULED_PUBLISH_ACTION },
      })
      published += 1
      payload.logger.info(`Đã xuất bản theo giờ hẹn: "${article.title}" (${article.id}).`)
    } catch (error) {
      payload.logger.error(`Không xuất bản được theo giờ hẹn bài ${article.id}: ${(error as Error).message}`)
    }
  }
  return published
}

/** Runs the sweep every `everyMs` (never two at once); returns a stop function. */
export function schedulePublishDueApprovals(payload: Payload, everyMs = 10_000): () => void {
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    publishDueApprovals(payload, new Date())
      .catch((error) => payload.logger.error(`Lỗi khi xuất bản theo giờ hẹn: ${(error as Error).message}`))
      .finally(() => (running = false))
  }, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}

