/**
 * The newsroom's review states ("lãnh đạo duyệt tin"), named once. Payload's own `_status` says
 * whether a version is live (draft/published); `review.state` says where the story stands in the
 * approval flow, and travels with each version, so the queue reads the newest version of each article.
 *
 *   Nháp ──Gửi duyệt──▶ Chờ duyệt ──Duyệt và xuất bản──▶ Đã xuất bản (or Hẹn giờ xuất bản, then Đã xuất bản)
 *     ▲                  │   │
 *     └────Rút lại───────┘   └──Trả lại (reason)──▶ Trả lại ──Gửi duyệt──▶ Chờ duyệt
 *
 * A change to a published article is a new draft version in the same flow; the published version
 * stays live until the change is approved.
 */
export const REVIEW_STATES = ['draft', 'pending', 'returned', 'scheduled', 'published'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_WORDS: Record<ReviewState, { vi: string; en: string }> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  pending: { vi: 'Chờ duyệt', en: 'Awaiting approval' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  scheduled: { vi: 'Hẹn giờ xuất bản', en: 'Scheduled' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
}

export function isReviewState(value: unknown): value is ReviewState {
  return typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value)
}
