import type { Payload } from 'payload'
import type { AnnouncementCandidate, ArticleCandidate, ClipRef, ProgrammeCandidates } from '../broadcast/types'
import { readOutIsCurrent } from '../speech/readOutIsCurrent'
import { clipRefFromDoc } from './clips'
import { localDateOf } from './schedule'


/**
 * Everything that could go into a local programme: announcements with their recordings, and
 * published articles marked for broadcast with their read-out recording. The composer decides what
 * is eligible on the date and what fits.
 *
 * The recording that airs is the published version's `broadcast.readOut`: it went through approval
 * with the text, so a new recording saved in a draft waits for the change to be published (the
 * query without `draft` reads the published version). Articles from before that field was on the
 * article fall back to their newest recorded read-out linked by the clip's `article`. Without a
 * person's recording, the synthetic read-out made by "Tạo bài đọc" airs if it was made from the
 * published text (src/speech/readOutService).
 */
export async function loadCandidates(payload: Payload, timeZone: string): Promise<ProgrammeCandidates> {
  const [announcements, articles] = await Promise.all([
    payload.find({ collection: 'announcements', limit: 0, pagination: false, depth: 1, overrideAccess: true }),
    payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, { 'broadcast.include': { equals: true } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  // A human recording wins; a synthetic read-out counts only while it says the published text.
  const attachedIds = articles.docs
    .flatMap((doc) => [idOf(doc.broadcast?.readOut), readOutIsCurrent(doc) ? idOf(doc.broadcast?.synthetic) : null])
    .filter((id): id is string => id !== null)
  const readOuts = await payload.find({
    collection: 'audio-clips',
    where: {
      or: [
        ...(attachedIds.length > 0 ? [{ id: { in: attachedIds } }] : []),
        { and: [{ kind: { equals: 'read-out' } }, { article: { exists: true } }] },
      ],
    },
    sort: '-createdAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const clipById = new Map<string, ClipRef>()
  const newestByArticle = new Map<string, ClipRef>()
  for (const doc of readOuts.docs) {
    const clip = clipRefFromDoc(doc)
    if (!clip) continue
    clipById.set(clip.id, clip)
    const articleId = idOf(doc.article)
    // Sorted newest first: the first read-out seen for an article is its newest.
    // The fallback for articles from before broadcast.readOut is a person's recording, never a synthetic one.
    if (doc.kind === 'read-out' && !doc.synthetic?.engine && articleId !== null && !newestByArticle.has(articleId)) newestByArticle.set(articleId, clip)
  }
  const readOutOf = (doc: (typeof articles.docs)[number]): ClipRef | null => {
    const attached = idOf(doc.broadcast?.readOut)
    if (attached !== null) return clipById.get(attached) ?? null
    const legacy = newestByArticle.get(String(doc.id))
    if (legacy) return legacy
    const synthetic = readOutIsCurrent(doc) ? idOf(doc.broadcast?.synthetic) : null
    return synthetic !== null ? (clipById.get(synthetic) ?? null) : null
  }
  return {
    announcements: announcements.docs.map(
      (doc): AnnouncementCandidate => ({
        id: String(doc.id),
        title: doc.title,
        level: doc.level,
        clip: clipRefFromDoc(doc.clip),
        validFrom: doc.validFrom ? new Date(doc.validFrom) : null,
        validTo: doc.validTo ? new Date(doc.validTo) : null,
      }),
    ),
    articles: articles.docs.map(
      (doc): ArticleCandidate => ({
        id: String(doc.id),
        title: doc.title,
        publishedAt: new Date(doc.publishedAt ?? doc.createdAt),
        readOut: readOutOf(doc),
        include: Boolean(doc.broadcast?.include),
        // Stored date fields become the station-local day they were picked as, never the UTC day.
        broadcastFrom: doc.broadcast?.from ? localDateOf(new Date(doc.broadcast.from), timeZone) : null,
        broadcastTo: doc.broadcast?.to ? localDateOf(new Date(doc.broadcast.to), timeZone) : null,
      }),
    ),
  }
}

/** The id of a relationship value, populated or not. */
function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}
