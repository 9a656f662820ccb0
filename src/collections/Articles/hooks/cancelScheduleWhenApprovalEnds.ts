import type { CollectionAfterChangeHook } from 'payload'
import { cancelScheduledPublish } from '../../../newsroom/reviewService'

/**
 * A scheduled publish belongs to an approval. When the article leaves "Hẹn giờ xuất bản" by any save
 * (an editor's edit, a publish, an unpublish), the waiting job is dropped so it cannot publish later.
 * The job that is publishing it right now is already running and is not touched.
 */
export const cancelScheduleWhenApprovalEnds: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (previousDoc?.review?.state === 'scheduled' && doc?.review?.state !== 'scheduled') await cancelScheduledPublish(req, doc.id)
  return doc
}
