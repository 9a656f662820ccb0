import type { PayloadRequest, SanitizedConfig } from 'payload'
import { PUBLISHER_ROLES, userHasRole } from '../access/roles'
import { reviewOf } from './reviewTransitions'

/** `req.context.reviewAction` of the publish a scheduled job makes (an approval already given). */
export const SCHEDULED_PUBLISH_ACTION = 'scheduledPublish'

type JobInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo?: string; value?: string | number }
  user?: { relationTo?: string; value?: string | number } | string | number | null
}

/**
 * Payload's schedulePublish job publishes whatever it is given, in the name of whoever queued it, and
 * any signed-in user can queue one through the admin's "schedule publish" server function. For
 * articles it may only complete an approval: the job must name an approver or admin, and the
 * article's newest version must still be "Hẹn giờ xuất bản" when the job runs (a return, an editor's
 * edit or an unpublish in between means it does nothing). Other collections keep Payload's handler.
 */
export function withReviewedScheduledPublish(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs?.tasks?.find((candidate) => candidate.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return config
  const payloadHandler = task.handler
  task.handler = async (args) => {
    const input = args.input as JobInput
    if (input?.doc?.relationTo !== 'articles') return payloadHandler(args)
    const skip = (why: string) => {
      args.req.payload.logger.info(`Bỏ qua lịch xuất bản bài viết ${input.doc?.value}: ${why}`)
      return { output: {} }
    }
    const user = await schedulingUser(args.req, input.user)
    if (!user || !userHasRole(user, ...PUBLISHER_ROLES)) return skip('người hẹn giờ không phải lãnh đạo duyệt tin hoặc quản trị.')
    if (input.type === 'unpublish') return payloadHandler(args)
    const id = Number(input.doc.value)
    const newest = await args.req.payload
      .findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
      .catch(() => null)
    if (!newest) return skip('không còn bài viết.')
    const review = reviewOf(newest.review)
    if (review.state !== 'scheduled') return skip('bài viết không còn ở trạng thái đã duyệt, hẹn giờ xuất bản.')
    // Never before the time the approver chose (src/newsroom/publishDueApprovals publishes it then).
    if (!review.publishAt || new Date(review.publishAt).getTime() > Date.now()) return skip('chưa đến giờ xuất bản lãnh đạo đã duyệt.')
    await args.req.payload.update({
      collection: 'articles',
      id,
      data: { _status: 'published' },
      depth: 0,
      overrideAccess: false,
      user,
      context: { reviewAction: SCHEDULED_PUBLISH_ACTION },
    })
    return { output: {} }
  }
  return config
}

async function schedulingUser(req: PayloadRequest, ref: JobInput['user']) {
  if (!ref || typeof ref !== 'object' || ref.value === undefined || !ref.relationTo) return null
  const user = await req.payload.findByID({ collection: ref.relationTo as 'users', id: ref.value, depth: 0, overrideAccess: true }).catch(() => null)
  return user ? { ...user, collection: ref.relationTo as 'users' } : null
}
