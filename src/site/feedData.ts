import type { Where } from 'payload'
import type { Category } from '../payload-types'
import type { FeedArticle, PodcastEpisode, SitemapEntry } from './feeds'
import { publicProgrammeWhere } from '../access/programmes'
import { isPublicProgramme } from '../broadcast/playableProgramme'
import { absoluteUrl, programmePath } from '../lib/publicUrls'
import { sitePayload } from './payload'
import { articlePath, categoryPath, hasSlug } from './publicPaths'

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** The newest published articles as feed items (optionally of one category), with their ids. */
export async function feedArticles(origin: string, limit: number, where?: Where): Promise<(FeedArticle & { id: string })[]> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    where: where ? { and: [PUBLISHED, where] } : PUBLISHED,
    sort: '-publishedAt',
    limit,
    depth: 1,
    overrideAccess: false,
    draft: false,
  })
  return docs.filter(hasSlug).map((doc) => ({
    id: String(doc.id),
    title: doc.title,
    url: `${origin}${articlePath(doc.slug)}`,
    summary: doc.summary ?? null,
    publishedAt: new Date(doc.publishedAt ?? doc.createdAt),
    updatedAt: new Date(doc.updatedAt),
    category: typeof doc.category === 'object' && doc.category ? (doc.category as Category).name : null,
    author: doc.author ?? null,
  }))
}

/** Programmes that have aired, with a finished file, as podcast episodes, newest first (published at air time). */
export async function podcastEpisodes(origin: string, limit: number): Promise<PodcastEpisode[]> {
  const payload = await sitePayload()
  const now = new Date()
  const { docs } = await payload.find({ collection: 'programmes', where: publicProgrammeWhere(now), sort: '-startsAt', limit, depth: 0, overrideAccess: false })
  return docs
    // The query found them playable and aired; an enclosure also needs its size and length.
    .filter((doc) => isPublicProgramme(doc, now) && doc.bytes && doc.durationSeconds)
    .map((doc) => ({
      title: doc.title,
      url: `${origin}/nghe-lai?ngay=${doc.date}#chuong-trinh-${doc.id}`,
      // The same address as the day's playlist gives playout devices (src/http/playlists).
      audioUrl: absoluteUrl(origin, programmePath(doc.file ?? '')),
      bytes: doc.bytes ?? 0,
      durationSeconds: doc.durationSeconds ?? 0,
      publishedAt: new Date(doc.startsAt ?? doc.createdAt),
      description: `${doc.title}: chương trình phát thanh của đài truyền thanh cơ sở.`,
    }))
}

/** Every public page worth indexing, and the ids of the articles listed. */
export async function sitemapEntries(origin: string): Promise<{ entries: SitemapEntry[]; articleIds: string[] }> {
  const payload = await sitePayload()
  const [articles, categories] = await Promise.all([
    payload.find({ collection: 'articles', where: PUBLISHED, sort: '-publishedAt', limit: 45_000, depth: 0, select: { slug: true, updatedAt: true }, overrideAccess: false, draft: false }),
    payload.find({ collection: 'categories', limit: 0, pagination: false, depth: 0, overrideAccess: false }),
  ])
  const entries: SitemapEntry[] = [
    { url: `${origin}/`, changeFrequency: 'hourly', priority: 1 },
    { url: `${origin}/lich-phat-song`, changeFrequency: 'weekly', priority: 0.5 },
    { url: `${origin}/nghe-truc-tiep`, changeFrequency: 'hourly', priority: 0.6 },
    { url: `${origin}/nghe-lai`, changeFrequency: 'daily', priority: 0.6 },
    ...categories.docs.filter(hasSlug).map((doc): SitemapEntry => ({ url: `${origin}${categoryPath(doc.slug)}`, changeFrequency: 'daily', priority: 0.7 })),
    ...articles.docs.filter(hasSlug).map((doc): SitemapEntry => ({ url: `${origin}${articlePath(doc.slug)}`, lastModified: new Date(doc.updatedAt), priority: 0.8 })),
  ]
  return { entries, articleIds: articles.docs.map((doc) => String(doc.id)) }
}
