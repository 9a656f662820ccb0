import type { Payload, TypedUser, Where } from 'payload'
import { roleOf } from '../access/roles'
import type { LocalDate } from '../broadcast/types'
import { addDays } from '../broadcast/localDate'
import { localDateOf } from '../radio/schedule'
import { canSeeQueue, type NavBadge, navBadgesForRole } from './dashboardSections'
import { byAirDate, needsRecording } from './needsRecording'
import type { ReviewState } from './reviewStates'

/**
 * The Local API reads behind "Tin chờ duyệt", the dashboards and the counts in the navigation.
 * Each read runs with the viewer's own rights (overrideAccess: false), so the collections' access
 * rules still hold under the role checks the components make; only the job queue, which no user may
 * read over the API, is read with overrideAccess, for admins. Lists are bounded and never fetch per
 * row: related data comes in one query for all rows.
 */
type Viewer = { payload: Payload; user: TypedUser }

const LIST_LIMIT = 50

type Relation = number | string | { id: number | string; [key: string]: unknown } | null | undefined
const idOf = (value: Relation) => (value && typeof value === 'object' ? value.id : (value ?? null))
const titleOf = (value: Relation, key = 'title') => (value && typeof value === 'object' && typeof value[key] === 'string' ? (value[key] as string) : null)

type ArticleRow = {
  id: number | string
  title: string
  author?: string | null
  category?: Relation
  createdBy?: Relation
  _status?: 'draft' | 'published' | null
  publishedAt?: string | null
  updatedAt: string
  review?: {
    state?: ReviewState | null
    submittedAt?: string | null
    submittedBy?: Relation
    submittedByName?: string | null
    returnReason?: string | null
    decidedAt?: string | null
    decidedByName?: string | null
    publishAt?: string | null
  } | null
  broadcast?: { include?: boolean | null; readOut?: Relation; from?: string | null; to?: string | null } | null
}

export type ArticleSummary = {
  id: string
  title: string
  author: string | null
  category: string | null
  state: ReviewState | null
  submittedAt: string | null
  submittedByName: string | null
  returnReason: string | null
  decidedAt: string | null
  decidedByName: string | null
  publishAt: string | null
  publishedAt: string | null
  updatedAt: string
}

function summary(doc: ArticleRow): ArticleSummary {
  return {
    id: String(doc.id),
    title: doc.title,
    author: doc.author ?? null,
    category: titleOf(doc.category, 'name'),
    state: doc.review?.state ?? null,
    submittedAt: doc.review?.submittedAt ?? null,
    submittedByName: doc.review?.submittedByName ?? null,
    returnReason: doc.review?.returnReason ?? null,
    decidedAt: doc.review?.decidedAt ?? null,
    decidedByName: doc.review?.decidedByName ?? null,
    publishAt: doc.review?.publishAt ?? null,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
  }
}

/** The newest version of each article (the one the flow is about) matching `where`. */
async function newestVersions({ payload, user }: Viewer, where: Where, sort: string, limit = LIST_LIMIT) {
  const result = await payload.find({ collection: 'articles', draft: true, where, sort, limit, depth: 1, overrideAccess: false, user })
  return { docs: result.docs as unknown as ArticleRow[], total: result.totalDocs }
}

/** How many articles' newest version matches `where`: one COUNT over the versions table. */
async function countNewest({ payload, user }: Viewer, where: Where): Promise<number> {
  const result = await payload.countVersions({ collection: 'articles', where: { and: [{ latest: { equals: true } }, where] }, overrideAccess: false, user })
  return result.totalDocs
}

export type QueueItem = ArticleSummary & {
  /**
   * Payload's comparison of the pending version with the published one when the article is live, or,
   * for a story not yet published that was sent back and resubmitted, with the version that was returned
   * (what the writer changed since the approver last read it).
   */
  comparison: { pendingVersionId: string; publishedVersionId: string; against: 'published' | 'returned' } | null
}

/** "Tin chờ duyệt": articles whose newest version waits for approval, oldest submission first. */
export async function reviewQueue(viewer: Viewer): Promise<{ items: QueueItem[]; total: number }> {
  if (!canSeeQueue(roleOf(viewer.user))) return { items: [], total: 0 }
  const { docs, total } = await newestVersions(viewer, { 'review.state': { equals: 'pending' } }, 'review.submittedAt')
  const ids = docs.map((doc) => doc.id)
  const comparisons = await comparisonsFor(viewer, ids)
  return { items: docs.map((doc) => ({ ...summary(doc), comparison: comparisons.get(String(doc.id)) ?? null })), total }
}

/**
 * For the articles that are live: the id of their newest version (the pending one) and of the
 * version residents read now (the newest published version). Two queries for all articles.
 */
async function comparisonsFor({ payload, user }: Viewer, ids: (number | string)[]) {
  const found = new Map<string, { pendingVersionId: string; publishedVersionId: string; against: 'published' | 'returned' }>()
  if (ids.length === 0) return found
  const versions = await payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { in: ids } }, { or: [{ latest: { equals: true } }, { 'version._status': { equals: 'published' } }, { 'version.review.state': { equals: 'returned' } }] }] },
    sort: '-updatedAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { parent: true, latest: true, updatedAt: true, version: { _status: true, review: { state: true, decidedAt: true } } } as never,
  })
  const latest = new Map<string, string>()
  const published = new Map<string, string>()
  // What the approver last sent back: the writer's later saves keep the state "returned" (and the same
  // decision time), so it is the oldest version of the newest return.
  const returned = new Map<string, { versionId: string; decidedAt: string | null | undefined }>()
  for (const version of versions.docs as unknown as { id: string | number; parent: Relation; latest?: boolean; version?: { _status?: string; review?: { state?: string; decidedAt?: string | null } } }[]) {
    const parent = String(idOf(version.parent))
    if (version.latest && !latest.has(parent)) latest.set(parent, String(version.id))
    // Sorted newest first: the first published version met is the one that is live.
    if (version.version?._status === 'published' && !published.has(parent)) published.set(parent, String(version.id))
    if (!version.latest && version.version?.review?.state === 'returned') {
      const decidedAt = version.version.review.decidedAt
      const seen = returned.get(parent)
      if (!seen || seen.decidedAt === decidedAt) returned.set(parent, { versionId: String(version.id), decidedAt })
    }
  }
  const live = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { id: true } as never,
  })
  for (const doc of live.docs as unknown as { id: number | string }[]) {
    const id = String(doc.id)
    const pendingVersionId = latest.get(id)
    const publishedVersionId = published.get(id)
    if (pendingVersionId && publishedVersionId && pendingVersionId !== publishedVersionId) found.set(id, { pendingVersionId, publishedVersionId, against: 'published' })
  }
  for (const id of ids.map(String)) {
    const pendingVersionId = latest.get(id)
    const returnedVersionId = returned.get(id)?.versionId
    if (!found.has(id) && pendingVersionId && returnedVersionId) found.set(id, { pendingVersionId, publishedVersionId: returnedVersionId, against: 'returned' })
  }
  return found
}

/** "Hẹn giờ xuất bản": approved for a later time, soonest first. */
export async function scheduledArticles(viewer: Viewer): Promise<{ items: ArticleSummary[]; total: number }> {
  if (!canSeeQueue(roleOf(viewer.user))) return { items: [], total: 0 }
  const { docs, total } = await newestVersions(viewer, { 'review.state': { equals: 'scheduled' } }, 'review.publishAt')
  return { items: docs.map(summary), total }
}

/** "Mine": submitted by me, or created by me. */
const mine = (user: TypedUser): Where => ({ or: [{ 'review.submittedBy': { equals: user.id } }, { createdBy: { equals: user.id } }] })

export type MyArticles = Record<'drafts' | 'pending' | 'returned' | 'publishedThisWeek', { items: ArticleSummary[]; total: number }>

/** The writer's own articles by where they stand; returned ones with the reason and who returned them. */
export async function myArticles(viewer: Viewer, weekStart: Date): Promise<MyArticles> {
  const state = (...values: ReviewState[]) => ({ and: [mine(viewer.user), { 'review.state': { in: values } }] })
  const [drafts, pending, returned, published] = await Promise.all([
    newestVersions(viewer, state('draft'), '-updatedAt'),
    // Approved for a later time is still waiting, for the writer: shown with who approved it and when it goes out.
    newestVersions(viewer, state('pending', 'scheduled'), 'review.submittedAt'),
    newestVersions(viewer, state('returned'), '-review.decidedAt'),
    viewer.payload.find({
      collection: 'articles',
      where: { and: [mine(viewer.user), { _status: { equals: 'published' } }, { publishedAt: { greater_than_equal: weekStart.toISOString() } }] },
      sort: '-publishedAt',
      limit: LIST_LIMIT,
      depth: 1,
      overrideAccess: false,
      user: viewer.user,
    }),
  ])
  const list = ({ docs, total }: { docs: ArticleRow[]; total: number }) => ({ items: docs.map(summary), total })
  return {
    drafts: list(drafts),
    pending: list(pending),
    returned: list(returned),
    publishedThisWeek: { items: (published.docs as unknown as ArticleRow[]).map(summary), total: published.totalDocs },
  }
}

export type RecordingNeed = { id: string; title: string; state: ReviewState | null; from: LocalDate | null; to: LocalDate | null }

/**
 * "Cần ghi âm": articles on their way to the loudspeakers (live, waiting for approval or scheduled)
 * marked for broadcast, with no read-out recording, whose window has not ended. A read-out counts
 * whether it is the article's own (broadcast.readOut) or a read-out clip naming the article (how the
 * radio finds it, src/radio/candidates). Three queries, whatever the number of articles.
 */
export async function recordingNeeds(viewer: Viewer, today: LocalDate, todayStart: Date, timeZone: string): Promise<RecordingNeed[]> {
  const { payload, user } = viewer
  const open: Where = {
    and: [
      { 'broadcast.include': { equals: true } },
      { 'broadcast.readOut': { exists: false } },
      // A synthetic read-out ("Tạo bài đọc") also puts the story on the loudspeakers.
      { 'broadcast.synthetic': { exists: false } },
      { or: [{ 'broadcast.to': { exists: false } }, { 'broadcast.to': { greater_than_equal: todayStart.toISOString() } }] },
    ],
  }
  const [onTheWay, live] = await Promise.all([
    payload.find({ collection: 'articles', draft: true, where: { and: [open, { 'review.state': { in: ['pending', 'scheduled', 'published'] } }] }, limit: 200, depth: 0, overrideAccess: false, user }),
    payload.find({ collection: 'articles', where: { and: [open, { _status: { equals: 'published' } }] }, limit: 200, depth: 0, overrideAccess: false, user }),
  ])
  const byId = new Map<string, ArticleRow>()
  // The live version first, then the newest one over it: its dates and state are the current ones.
  for (const doc of [...live.docs, ...onTheWay.docs] as unknown as ArticleRow[]) byId.set(String(doc.id), doc)
  if (byId.size === 0) return []
  const clips = await payload.find({
    collection: 'audio-clips',
    where: { and: [{ kind: { equals: 'read-out' } }, { article: { in: [...byId.keys()] } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
    select: { article: true } as never,
  })
  const recorded = new Set(clips.docs.map((clip) => String(idOf((clip as { article?: Relation }).article))))
  const day = (value: string | null | undefined) => (value ? localDateOf(new Date(value), timeZone) : null)
  return [...byId.values()]
    .map((doc) => ({
      id: String(doc.id),
      title: doc.title,
      state: doc.review?.state ?? null,
      include: Boolean(doc.broadcast?.include),
      hasRecording: Boolean(idOf(doc.broadcast?.readOut)) || recorded.has(String(doc.id)),
      from: day(doc.broadcast?.from),
      to: day(doc.broadcast?.to),
    }))
    .filter((plan) => needsRecording(plan, today))
    .sort(byAirDate(today))
    .map(({ id, title, state, from, to }) => ({ id, title, state, from, to }))
}

export type ProgrammeRow = { id: string; title: string; date: string; startsAt: string | null; status: string; error: string | null; rebuildReason: string | null }

const programmeRow = (doc: Record<string, unknown>): ProgrammeRow => ({
  id: String(doc.id),
  title: String(doc.title ?? ''),
  date: String(doc.date ?? ''),
  startsAt: (doc.startsAt as string | null | undefined) ?? null,
  status: String(doc.status ?? ''),
  error: (doc.error as string | null | undefined) ?? null,
  rebuildReason: (doc.rebuildReason as string | null | undefined) ?? null,
})

/** Today's programmes in airing order, with their states. */
export async function programmesOn({ payload, user }: Viewer, date: LocalDate): Promise<ProgrammeRow[]> {
  const result = await payload.find({ collection: 'programmes', where: { date: { equals: date } }, sort: 'startsAt', limit: 100, depth: 0, overrideAccess: false, user })
  return result.docs.map((doc) => programmeRow(doc as unknown as Record<string, unknown>))
}

/** Programmes whose build failed, from a week ago on (older failures are history, not work). */
export async function failedBuilds({ payload, user }: Viewer, today: LocalDate): Promise<{ items: ProgrammeRow[]; total: number }> {
  const result = await payload.find({
    collection: 'programmes',
    where: { and: [{ status: { equals: 'failed' } }, { date: { greater_than_equal: addDays(today, -7) } }] },
    sort: 'startsAt',
    limit: LIST_LIMIT,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return { items: result.docs.map((doc) => programmeRow(doc as unknown as Record<string, unknown>)), total: result.totalDocs }
}

export type AirIssue = { id: string; title: string; kind: string; actualStart: string; actualEnd: string | null; fallbackReason: string | null }

/** Today's as-run rows where the air fell back: silence, filler in place of the plan, or a stated fallback. */
export async function airIssuesOn({ payload, user }: Viewer, date: LocalDate): Promise<AirIssue[]> {
  const result = await payload.find({
    collection: 'as-run',
    where: { and: [{ date: { equals: date } }, { or: [{ kind: { in: ['silence', 'filler'] } }, { fallbackReason: { exists: true } }] }] },
    sort: 'actualStart',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
  })
  return result.docs.map((doc) => {
    const row = doc as unknown as Record<string, unknown>
    return {
      id: String(row.id),
      title: String(row.title ?? ''),
      kind: String(row.kind ?? ''),
      actualStart: String(row.actualStart),
      actualEnd: (row.actualEnd as string | null | undefined) ?? null,
      fallbackReason: (row.fallbackReason as string | null | undefined) || null,
    }
  })
}

export type FailedJob = { id: string; task: string; message: string; at: string }

/** Background jobs (scheduled publishes) that failed for good. No user reads the job queue over the API: admins only, checked here. */
export async function failedJobs({ payload, user }: Viewer): Promise<{ items: FailedJob[]; total: number }> {
  if (roleOf(user) !== 'admin') return { items: [], total: 0 }
  const result = await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: true } }, sort: '-updatedAt', limit: 20, depth: 0, overrideAccess: true })
  return {
    items: result.docs.map((doc) => {
      const row = doc as unknown as Record<string, unknown>
      const error = row.error as { message?: unknown; cancelled?: unknown } | null | undefined
      const message = error?.cancelled ? 'Đã hủy' : typeof error?.message === 'string' ? error.message : 'Không rõ lỗi'
      return { id: String(row.id), task: String(row.taskSlug ?? row.workflowSlug ?? 'tác vụ'), message, at: String(row.updatedAt) }
    }),
    total: result.totalDocs,
  }
}

/** How many accounts there are, per role (admins only; others read just their own account). */
export async function usersByRole({ payload, user }: Viewer): Promise<{ total: number; byRole: Record<string, number> }> {
  const result = await payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0, overrideAccess: false, user, select: { role: true } as never })
  const byRole: Record<string, number> = {}
  for (const doc of result.docs) {
    const role = String((doc as { role?: string }).role ?? '')
    byRole[role] = (byRole[role] ?? 0) + 1
  }
  return { total: result.docs.length, byRole }
}

/**
 * The counts in the navigation for this viewer's role: one COUNT per badge (the recording count is
 * the short list above). Only the badges of the role are computed.
 */
export async function navCounts(viewer: Viewer, now: Date, timeZone: string, todayStart: Date): Promise<{ badge: NavBadge; count: number }[]> {
  const badges = navBadgesForRole(roleOf(viewer.user))
  return Promise.all(
    badges.map(async (badge) => {
      if (badge === 'queue') return { badge, count: await countNewest(viewer, { 'version.review.state': { equals: 'pending' } }) }
      if (badge === 'my-returned') {
        const id = viewer.user.id
        return {
          badge,
          count: await countNewest(viewer, {
            and: [{ 'version.review.state': { equals: 'returned' } }, { or: [{ 'version.review.submittedBy': { equals: id } }, { 'version.createdBy': { equals: id } }] }],
          }),
        }
      }
      const today = localDateOf(now, timeZone)
      return { badge, count: (await recordingNeeds(viewer, today, todayStart, timeZone)).length }
    }),
  )
}
