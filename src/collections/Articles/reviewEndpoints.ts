import type { Endpoint, PayloadHandler } from 'payload'
import { jsonObjectBody } from '../../lib/jsonObjectBody'
import { runReviewAction } from '../../newsroom/reviewService'
import { REVIEW_ACTIONS, type ReviewAction } from '../../newsroom/reviewTransitions'

/**
 * POST /api/articles/:id/review/{submit,withdraw,return,approve}: the approval flow's actions
 * (rules in src/newsroom/reviewTransitions, writes in src/newsroom/reviewService). JSON bodies:
 * return `{ "reason": "…" }`, approve `{ "publishAt"?: ISO instant }`. 401 anonymous, 403 wrong
 * role, 404 unknown id, 409 wrong state, 400 bad body; every message in Vietnamese.
 */
function handlerFor(action: ReviewAction): PayloadHandler {
  return async (req) => {
    const body = await jsonObjectBody(req)
    if (body === null) return Response.json({ message: 'Nội dung yêu cầu phải là JSON.' }, { status: 400 })
    const result = await runReviewAction(req, String(req.routeParams?.id ?? ''), action, body)
    return Response.json(result.body, { status: result.status })
  }
}

export const reviewEndpoints: Endpoint[] = REVIEW_ACTIONS.map((action) => ({ path: `/:id/review/${action}`, method: 'post', handler: handlerFor(action) }))
