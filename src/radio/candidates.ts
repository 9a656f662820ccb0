import type { Payload } from 'payload'
import type { AnnouncementCandidate, ArticleCandidate, ClipRef, ProgrammeCandidates } from '../broadcast/types'
import { clipRefFromDoc } from './clips'
import { localDateOf } from './schedule'


/**
 * Everything that could go into a local programme: announcements with their recordings, and
 * published articles marked for broadcast with their newest read-out recording. The composer
 * decides what is eligible on the date and what fits.
 */
export async function loadCandidates(payload: Payload, timeZone: string): Promise<ProgrammeCandidates> {
  const [announcements, articles, readOuts] = await Promise.all([
    payload.find({ collection: 'announcements', limit: 0, pagination: false, depth: 1, overrideAccess: true }),
    payload.find({
      collection: 'articles',
      where: { and: [{ _status: { equals: 'published' } }, { 'broadcast.include': { equals: true } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'audio-clips',
      where: { and: [{ kind: { equals: 'read-out' } }, { article: { exists: true } }] },
      sort: '-createdAt',
      limit: 0,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const readOutByArticle = new Map<string, ClipRef>()
  for (const doc of readOuts.docs) {
    const articleId = String(typeof doc.article === 'object' ? doc.article?.id : doc.article)
    const clip = clipRefFromDoc(doc)
    // Sorted newest first: the first recording seen for an article is the one to air.
    if (clip && !readOutByArticle.has(articleId)) readOutByArticle.set(articleId, clip)
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
        readOut: readOutByArticle.get(String(doc.id)) ?? null,
        include: Boolean(doc.broadcast?.include),
        // Stored date fields become the station-local day they were picked as, never the UTC day.
        broadcastFrom: doc.broadcast?.from ? localDateOf(new Date(doc.broadcast.from), timeZone) : null,
        broadcastTo: doc.broadcast?.to ? localDateOf(new Date(doc.broadcast.to), timeZone) : null,
      }),
    ),
  }
}
