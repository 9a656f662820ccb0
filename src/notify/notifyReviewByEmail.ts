import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { checkPublicUrl, ORIGIN_HEADER } from '../http/requestOrigin'
import { STATION_DEFAULTS } from '../broadcast/stationSettings'
import { loadStationSettings } from '../radio/station'
import { articlePath } from '../site/publicPaths'
import { emailIsOff } from './emailAdapter'
import { composeNotice, type NoticeKind, noticeKindFor, recipientsFor, type StaffAccount } from './reviewNotices'
import { relationId } from '../lib/relationId'

/**
 * Articles afterChange: when a save moves a story through approval (submitted, returned, scheduled,
 * published: src/notify/reviewNotices), e-mail the people concerned. Nothing here can fail the
 * save: the mail is sent in the background once the save's transaction has ended, and only if
 * what it saved is really in the database (a rolled-back save sends nothing). Failures are logged.
 */
export const notifyReviewByEmail: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  try {
    if (emailIsOff(req.payload) || req.context?.seeding) return doc
    const kind = noticeKindFor(
      previousDoc ? { state: previousDoc.review?.state, status: previousDoc._status } : null,
      { state: doc.review?.state, status: doc._status },
    )
    if (!kind) return doc
    const pending = pendingNotice(kind, doc, req)
    void sendWhenCommitted(req, pending).catch((error: unknown) => logFailure(req.payload, pending, error))
  } catch (error) {
    logFailure(req.payload, null, error)
  }
  return doc
}

/** Everything the mail needs from this request, taken now: the request object is not ours later. */
type PendingNotice = {
  kind: NoticeKind
  articleId: number | string
  updatedAt: string
  title: string
  slug?: string | null
  reason?: string | null
  publishAt?: string | null
  byName?: string | null
  submitterId?: number | string | null
  actorId?: number | string | null
  origin: string
  adminRoute: string
}

// biome-ignore lint/suspicious/noExplicitAny: the article as the Payload hook hands it over (its own doc type is any)
function pendingNotice(kind: NoticeKind, doc: Record<string, any>, req: PayloadRequest): PendingNotice {
  const review = doc.review ?? {}
  const user = req.user as { id?: number | string; name?: string; collection?: string } | null | undefined
  const actorName = user?.name?.trim() || null
  const snapshotName = kind === 'submitted' ? review.submittedByName : review.decidedByName
  return {
    kind,
    articleId: doc.id,
    updatedAt: doc.updatedAt,
    title: String(doc.title ?? ''),
    slug: doc.slug,
    reason: review.returnReason,
    publishAt: review.publishAt,
    // Whoever did it; a scheduled publish runs as the approver who scheduled it.
    byName: actorName ?? snapshotName ?? null,
    submitterId: relationId(review.submittedBy),
    actorId: user?.id ?? null,
    origin: originFor(req),
    adminRoute: req.payload.config.routes?.admin ?? '/admin',
  }
}

/** PUBLIC_URL; else the origin the server decided for this request (src/http/requestGuards); else this machine. */
function originFor(req: PayloadRequest): string {
  const configured = checkPublicUrl(process.env.PUBLIC_URL)
  if (configured) return configured
  const fromRequest = req.headers?.get?.(ORIGIN_HEADER)
  return fromRequest || `http://localhost:${process.env.PORT || 3000}`
}


async function sendWhenCommitted(req: PayloadRequest, notice: PendingNotice): Promise<void> {
  const { payload } = req
  await transactionEnded(req)
  if (!(await versionSaved(payload, notice))) return

  const recipients = recipientsFor(notice.kind, {
    staff: notice.kind === 'submitted' ? await approvers(payload) : [],
    submitter: notice.kind === 'submitted' || notice.submitterId === null || notice.submitterId === undefined ? null : await account(payload, notice.submitterId),
    actorId: notice.actorId,
  })
  if (recipients.length === 0) return

  const timeZone = await stationTimeZone(payload)
  const editUrl = `${notice.origin}${notice.adminRoute.replace(/\/+$/, '')}/collections/articles/${encodeURIComponent(String(notice.articleId))}`
  const publicUrl = notice.kind === 'published' && notice.slug ? `${notice.origin}${articlePath(notice.slug)}` : null
  // One mail per person, one after the other: staff addresses are not shown to each other.
  for (const recipient of recipients) {
    const mail = composeNotice({
      kind: notice.kind,
      title: notice.title,
      byName: notice.byName,
      at: validDate(notice.updatedAt) ?? new Date(),
      timeZone,
      reason: notice.reason,
      publishAt: validDate(notice.publishAt),
      editUrl,
      publicUrl,
      recipientName: recipient.name,
    })
    try {
      await payload.sendEmail({ to: recipient.email as string, subject: mail.subject, text: mail.text, html: mail.html })
    } catch (error) {
      logFailure(payload, notice, error, recipient.email)
    }
  }
}

const POLL_MS = 50

/**
 * Resolves once the transaction this save ran in is over (committed or rolled back). Payload has
 * no after-commit hook; its database adapters keep open transactions in `db.sessions` and remove
 * them when they end.
 */
async function transactionEnded(req: PayloadRequest): Promise<void> {
  const id = await req.transactionID
  const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
  if (id === undefined || id === null || !sessions) {
    await new Promise((resolve) => setImmediate(resolve))
    return
  }
  // A request's transaction lasts as long as the request; ten minutes is far past any of them.
  const deadline = Date.now() + 10 * 60_000
  while (sessions[String(id)] && Date.now() < deadline) await sleep(POLL_MS)
}

/**
 * Whether the version this save wrote is in the database, read outside its transaction. The adapter
 * forgets the transaction just before its commit finishes, so a missing version is looked for again
 * for a few seconds before the save is taken as rolled back.
 */
async function versionSaved(payload: Payload, notice: PendingNotice): Promise<boolean> {
  for (const wait of [0, 100, 400, 1500, 3000]) {
    if (wait) await sleep(wait)
    const found = await payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: notice.articleId } }, { 'version.updatedAt': { equals: notice.updatedAt } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    if (found.docs.length > 0) return true
  }
  return false
}

async function approvers(payload: Payload): Promise<StaffAccount[]> {
  const found = await payload.find({
    collection: 'users',
    where: { role: { in: ['approver', 'admin'] } },
    depth: 0,
    overrideAccess: true,
    pagination: false,
    select: { name: true, email: true, role: true },
  })
  return found.docs as unknown as StaffAccount[]
}

async function account(payload: Payload, id: number | string): Promise<StaffAccount | null> {
  // A deleted account is simply not found: nobody to write to.
  const found = await payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    depth: 0,
    overrideAccess: true,
    limit: 1,
    select: { name: true, email: true, role: true },
  })
  return (found.docs[0] as unknown as StaffAccount) ?? null
}

/** The station's clock for the mail's times (src/radio/station); the default zone if the global cannot be read. */
async function stationTimeZone(payload: Payload): Promise<string> {
  return (await loadStationSettings(payload).catch(() => null))?.timeZone ?? STATION_DEFAULTS.timeZone
}

const KIND_WORDS: Record<NoticeKind, string> = {
  submitted: 'tin chờ duyệt',
  returned: 'tin bị trả lại',
  scheduled: 'tin hẹn giờ xuất bản',
  published: 'tin đã xuất bản',
}

function logFailure(payload: Payload, notice: PendingNotice | null, error: unknown, to?: string | null): void {
  const detail = error instanceof Error ? error.message : String(error)
  const what = notice ? `thư báo ${KIND_WORDS[notice.kind]} (bài ${notice.articleId})` : 'thư thông báo'
  payload.logger.error(`Thư thông báo: không gửi được ${what}${to ? ` tới ${to}` : ''}: ${detail}`)
}

function validDate(value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
