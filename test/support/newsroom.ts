import type { Payload } from 'payload'

/**
 * Puts articles into review states through the Local API, the way the action endpoints do (with
 * `req.context.reviewAction`, so the workflow's guard on review.* lets the change through), for
 * tests of what is shown of each state.
 */
export type ReviewData = Record<string, unknown>

const ACTION_FOR_STATE: Record<string, string> = { pending: 'submit', draft: 'withdraw', returned: 'return', scheduled: 'approve', published: 'approve' }

/** A new draft version of the article carrying this review state (and any other changed fields). */
export async function saveInReviewState(payload: Payload, id: number | string, review: ReviewData, data: Record<string, unknown> = {}) {
  const state = String(review.state)
  return payload.update({
    collection: 'articles',
    id,
    draft: true,
    data: { ...data, review } as never,
    context: { reviewAction: ACTION_FOR_STATE[state] ?? 'submit' },
    overrideAccess: true,
    depth: 0,
  })
}

/** A live article whose published version carries review state "published". */
export async function createPublished(payload: Payload, data: Record<string, unknown>) {
  return payload.create({
    collection: 'articles',
    data: { ...data, _status: 'published', review: { state: 'published' } } as never,
    context: { reviewAction: 'approve' },
    overrideAccess: true,
    depth: 0,
  })
}

export const hoursAgo = (hours: number, now = Date.now()) => new Date(now - hours * 3_600_000).toISOString()

/** A minimal Lexical document with one paragraph. */
export function paragraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
    },
  }
}
