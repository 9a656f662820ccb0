/**
 * The approval flow's rules ("lãnh đạo duyệt tin"): who may take which action on an article in which
 * state, what the review group says afterwards, and what a save that is not an action does to it.
 * Plain data in, plain data out — no Payload, no clock (the caller passes `now`).
 */
import { isReviewState, type ReviewState } from './reviewStates'

export const REVIEW_ACTIONS = ['submit', 'withdraw', 'return', 'approve'] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]

export function isReviewAction(value: unknown): value is ReviewAction {
  return typeof value === 'string' && (REVIEW_ACTIONS as readonly string[]).includes(value)
}

export type ReviewRole = 'admin' | 'editor' | 'approver' | 'technician' | undefined

/** The review group as stored on a version (ids only, names are snapshots). */
export type Review = {
  state: ReviewState
  submittedAt: string | null
  submittedBy: number | string | null
  submittedByName: string | null
  returnReason: string | null
  decidedAt: string | null
  decidedBy: number | string | null
  decidedByName: string | null
  publishAt: string | null
}

export const EMPTY_REVIEW: Review = {
  state: 'draft',
  submittedAt: null,
  submittedBy: null,
  submittedByName: null,
  returnReason: null,
  decidedAt: null,
  decidedBy: null,
  decidedByName: null,
  publishAt: null,
}

/** What an action needs to know about the article: its newest version. */
export type ArticleStand = {
  state: ReviewState
  /** True when the newest version is the live published one: nothing waits to be submitted or approved. */
  newestIsPublished: boolean
  submittedBy: number | string | null
}

export type Actor = { id: number | string; role: ReviewRole; name: string }

export const RETURN_REASON_MAX = 2000

export type Refusal = { status: 401 | 403 | 409 | 400; message: string }

const PUBLISHERS: ReviewRole[] = ['admin', 'approver']
const WRITERS: ReviewRole[] = ['admin', 'approver', 'editor']

export const REVIEW_MESSAGES = {
  signIn: 'Vui lòng đăng nhập để thực hiện thao tác duyệt tin.',
  notWriter: 'Chỉ biên tập viên, lãnh đạo duyệt tin hoặc quản trị mới gửi duyệt được.',
  notPublisher: 'Chỉ lãnh đạo duyệt tin hoặc quản trị mới duyệt hoặc trả lại bài viết.',
  notSubmitter: 'Chỉ người đã gửi duyệt hoặc lãnh đạo duyệt tin mới rút lại được bài này.',
  alreadyPending: 'Bài viết đang chờ duyệt, không cần gửi lại.',
  alreadyScheduled: 'Bài viết đã được duyệt và hẹn giờ xuất bản; muốn sửa, hãy lưu thay đổi rồi gửi duyệt lại.',
  nothingToSubmit: 'Không có thay đổi nào để gửi duyệt: bài viết đang xuất bản đúng như bản mới nhất.',
  nothingToApprove: 'Không có thay đổi nào để duyệt: bài viết đang xuất bản đúng như bản mới nhất.',
  notPending: 'Chỉ rút lại được bài đang chờ duyệt.',
  notReturnable: 'Chỉ trả lại được bài đang chờ duyệt hoặc đã hẹn giờ xuất bản.',
  reasonMissing: 'Vui lòng ghi lý do trả lại.',
  reasonTooLong: `Lý do trả lại dài quá ${RETURN_REASON_MAX} ký tự.`,
  publishAtInvalid: 'Thời điểm hẹn giờ xuất bản không hợp lệ.',
  publishAtPast: 'Thời điểm hẹn giờ xuất bản phải ở tương lai.',
  notFound: 'Không tìm thấy bài viết.',
} as const

/** Whether the actor's role may ever take this action (before looking at the article). */
export function refuseRole(action: ReviewAction, role: ReviewRole): Refusal | null {
  if (role === undefined) return { status: 401, message: REVIEW_MESSAGES.signIn }
  if (action === 'submit' || action === 'withdraw') return WRITERS.includes(role) ? null : { status: 403, message: REVIEW_MESSAGES.notWriter }
  return PUBLISHERS.includes(role) ? null : { status: 403, message: REVIEW_MESSAGES.notPublisher }
}

/** Whether this actor may take this action on the article as it stands now; null when allowed. */
export function refuseAction(action: ReviewAction, actor: Actor, article: ArticleStand): Refusal | null {
  const byRole = refuseRole(action, actor.role)
  if (byRole) return byRole
  const { state } = article
  switch (action) {
    case 'submit':
      if (state === 'pending') return { status: 409, message: REVIEW_MESSAGES.alreadyPending }
      if (state === 'scheduled') return { status: 409, message: REVIEW_MESSAGES.alreadyScheduled }
      if (article.newestIsPublished) return { status: 409, message: REVIEW_MESSAGES.nothingToSubmit }
      return null
    case 'withdraw': {
      if (state !== 'pending') return { status: 409, message: REVIEW_MESSAGES.notPending }
      const isSubmitter = article.submittedBy !== null && String(article.submittedBy) === String(actor.id)
      return isSubmitter || PUBLISHERS.includes(actor.role) ? null : { status: 403, message: REVIEW_MESSAGES.notSubmitter }
    }
    case 'return':
      return state === 'pending' || state === 'scheduled' ? null : { status: 409, message: REVIEW_MESSAGES.notReturnable }
    case 'approve':
      // An approver may approve a waiting story, re-time a scheduled one, or publish edits of their own.
      return article.newestIsPublished && state !== 'scheduled' ? { status: 409, message: REVIEW_MESSAGES.nothingToApprove } : null
  }
}

/** The reason sent with "Trả lại", trimmed; or why it is refused. */
export function checkReturnReason(reason: unknown): { reason: string } | Refusal {
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (!text) return { status: 400, message: REVIEW_MESSAGES.reasonMissing }
  if (text.length > RETURN_REASON_MAX) return { status: 400, message: REVIEW_MESSAGES.reasonTooLong }
  return { reason: text }
}

/** The publish time sent with "Hẹn giờ xuất bản": absent means now; or why it is refused. */
export function checkPublishAt(publishAt: unknown, now: Date): { publishAt: Date | null } | Refusal {
  if (publishAt === undefined || publishAt === null || publishAt === '') return { publishAt: null }
  // An ISO instant with an explicit offset or Z, so the server's own time zone never decides it.
  if (typeof publishAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(publishAt)) {
    return { status: 400, message: REVIEW_MESSAGES.publishAtInvalid }
  }
  const when = new Date(publishAt)
  if (Number.isNaN(when.getTime())) return { status: 400, message: REVIEW_MESSAGES.publishAtInvalid }
  if (when.getTime() <= now.getTime()) return { status: 400, message: REVIEW_MESSAGES.publishAtPast }
  return { publishAt: when }
}

export type ActionInput = { reason?: string; publishAt?: Date | null }

/** The review group after an allowed action. */
export function reviewAfterAction(action: ReviewAction, current: Review, actor: Actor, now: Date, input: ActionInput = {}): Review {
  const at = now.toISOString()
  switch (action) {
    case 'submit':
      return { ...EMPTY_REVIEW, state: 'pending', submittedAt: at, submittedBy: actor.id, submittedByName: actor.name }
    case 'withdraw':
      return { ...EMPTY_REVIEW, state: 'draft' }
    case 'return':
      return { ...current, state: 'returned', returnReason: input.reason ?? null, decidedAt: at, decidedBy: actor.id, decidedByName: actor.name, publishAt: null }
    case 'approve': {
      const publishAt = input.publishAt ?? null
      return {
        ...current,
        state: publishAt ? 'scheduled' : 'published',
        returnReason: null,
        decidedAt: at,
        decidedBy: actor.id,
        decidedByName: actor.name,
        publishAt: publishAt ? publishAt.toISOString() : null,
      }
    }
  }
}

/**
 * A save that is not an action keeps the review group as it was, except:
 *  - a publish by an approver/admin is an approval (state published, the publisher as decider);
 *  - the scheduled job's publish completes the approval already given (state published);
 *  - an editor's change to a scheduled article withdraws the approval (state draft, schedule dropped);
 *  - an unpublish leaves the story a draft;
 *  - a new article starts as a draft (a copy does not inherit the original's approval).
 */
export type PlainSave =
  | { kind: 'create' }
  | { kind: 'publish'; by: Actor | null }
  | { kind: 'scheduledPublish' }
  | { kind: 'unpublish' }
  | { kind: 'draftSave'; role: ReviewRole }

export function reviewAfterSave(save: PlainSave, current: Review, now: Date): Review {
  switch (save.kind) {
    case 'create':
      return { ...EMPTY_REVIEW }
    case 'publish':
      if (!save.by) return { ...current, state: 'published', publishAt: null }
      return { ...current, state: 'published', returnReason: null, decidedAt: now.toISOString(), decidedBy: save.by.id, decidedByName: save.by.name, publishAt: null }
    case 'scheduledPublish':
      return { ...current, state: 'published' }
    case 'unpublish':
      return { ...current, state: 'draft', publishAt: null }
    case 'draftSave':
      if (current.state === 'scheduled' && !PUBLISHERS.includes(save.role)) {
        return { ...current, state: 'draft', decidedAt: null, decidedBy: null, decidedByName: null, publishAt: null }
      }
      return current
  }
}

/** The review group as read from a stored version (missing fields are empty; legacy rows are drafts). */
export function reviewOf(value: unknown): Review {
  const raw = (value ?? {}) as Partial<Record<keyof Review, unknown>>
  const id = (v: unknown) => (v && typeof v === 'object' ? ((v as { id?: number | string }).id ?? null) : ((v as number | string | null | undefined) ?? null))
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  return {
    state: isReviewState(raw.state) ? raw.state : 'draft',
    submittedAt: text(raw.submittedAt),
    submittedBy: id(raw.submittedBy),
    submittedByName: text(raw.submittedByName),
    returnReason: text(raw.returnReason),
    decidedAt: text(raw.decidedAt),
    decidedBy: id(raw.decidedBy),
    decidedByName: text(raw.decidedByName),
    publishAt: text(raw.publishAt),
  }
}

/** The buttons the article editor offers this role in this state (the endpoints decide, this only hides). */
export function availableActions(role: ReviewRole, actorId: number | string | null, article: ArticleStand): ReviewAction[] {
  if (role === undefined || actorId === null) return []
  const actor: Actor = { id: actorId, role, name: '' }
  return REVIEW_ACTIONS.filter((action) => refuseAction(action, actor, article) === null)
}
