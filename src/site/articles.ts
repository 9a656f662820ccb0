import type { Where } from 'payload'
import type { Article } from '../payload-types'
import { readOutIsCurrent } from '../speech/readOutIsCurrent'
import { sitePayload } from './payload'

/**
 * Public reads of articles. Every query runs with overrideAccess: false and no user, so the
 * collection's own access rule (published only) applies on top of the explicit filter.
 */
const PUBLISHED: Where = { _status: { equals: 'published' } }

const publicRead = { overrideAccess: false, draft: false } as const
// For lookups and short lists that show no page numbers: skips the COUNT query Payload runs otherwise.
const noCount = { pagination: false } as const

export async function latestArticles(limit: number, page = 1) {
  const payload = await sitePayload()
  return payload.find({ collection: 'articles', where: PUBLISHED, sort: '-publishedAt', limit, page, depth: 1, ...publicRead })
}

/** The published article with this slug, its category, tags and images populated. */
export async function articleBySlug(slug: string): Promise<Article | null> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    where: { and: [PUBLISHED, { slug: { equals: slug } }] },
    limit: 1,
    depth: 2,
    // Depth 2 is for the images inside the text; the read-outs, category and tags need only what the
    // page prints (populated whole, a read-out brought its own article back, and that one's relations).
    populate: { 'audio-clips': { filename: true, durationSeconds: true }, categories: { name: true, slug: true }, tags: { name: true, slug: true } },
    ...noCount,
    ...publicRead,
  })
  return result.docs[0] ?? null
}

export type ArticleLink = Pick<Article, 'id' | 'title' | 'slug' | 'publishedAt'>

const LINK_SELECT = { title: true, slug: true, publishedAt: true } as const

/** Up to `limit` published articles matching all of `where`, as links, in the given date order. */
async function articleLinks(where: Where[], sort: 'publishedAt' | '-publishedAt', limit: number): Promise<ArticleLink[]> {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection: 'articles', where: { and: [PUBLISHED, ...where] }, sort, limit, depth: 0, select: LINK_SELECT, ...noCount, ...publicRead })
  return docs as ArticleLink[]
}

const categoryIdOf = (article: Article) => (typeof article.category === 'object' ? article.category?.id : article.category)

/**
 * "Những tin mới hơn" and "Những tin cũ hơn": the nearest published articles of the same category
 * on each side of this one. Both lists are returned newest first, so read top to bottom the page
 * runs from the newest item down to the oldest, with the current article between the two lists.
 */
export async function newerAndOlder(article: Article, count = 5): Promise<{ newer: ArticleLink[]; older: ArticleLink[] }> {
  if (!article.publishedAt) return { newer: [], older: [] }
  const categoryId = categoryIdOf(article)
  const base: Where[] = [...(categoryId ? [{ category: { equals: categoryId } }] : []), { id: { not_equals: article.id } }]
  const [newer, older] = await Promise.all([
    articleLinks([...base, { publishedAt: { greater_than: article.publishedAt } }], 'publishedAt', count),
    articleLinks([...base, { publishedAt: { less_than: article.publishedAt } }], '-publishedAt', count),
  ])
  return { newer: newer.reverse(), older }
}

export const PAGE_SIZE = 12

/** One page of published articles matching `where`, newest first. */
export async function articlePage(where: Where, page: number) {
  const payload = await sitePayload()
  return payload.find({ collection: 'articles', where: { and: [PUBLISHED, where] }, sort: '-publishedAt', limit: PAGE_SIZE, page, depth: 1, ...publicRead })
}

async function bySlug<C extends 'categories' | 'tags'>(collection: C, slug: string) {
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, ...noCount, overrideAccess: false })
  return docs[0] ?? null
}

export const categoryBySlug = (slug: string) => bySlug('categories', slug)
export const tagBySlug = (slug: string) => bySlug('tags', slug)

/** Up to `count` published articles sharing a tag with this one (else its category), newest first. */
export async function relatedArticles(article: Article, count = 4): Promise<ArticleLink[]> {
  const tagIds = (article.tags ?? []).map((tag) => (typeof tag === 'object' ? tag.id : tag))
  const categoryId = categoryIdOf(article)
  const shared: Where[] = tagIds.length > 0 ? [{ tags: { in: tagIds } }] : categoryId ? [{ category: { equals: categoryId } }] : []
  if (shared.length === 0) return []
  return articleLinks([{ id: { not_equals: article.id } }, ...shared], '-publishedAt', count)
}

/**
 * The read-out recording for the player on an article's page: the one approved with the published
 * text (`broadcast.readOut`), else its synthetic read-out while it says the published text, else, for
 * articles from before those fields, the newest recorded read-out linked to the article.
 */
export async function readOutOf(article: Article): Promise<{ url: string; durationSeconds: number | null } | null> {
  const approved = article.broadcast?.readOut
  if (approved !== null && approved !== undefined) {
    return typeof approved === 'object' && approved.filename ? { url: `/media/audio/${approved.filename}`, durationSeconds: approved.durationSeconds ?? null } : null
  }
  const synthetic = article.broadcast?.synthetic
  if (synthetic && typeof synthetic === 'object' && synthetic.filename && readOutIsCurrent(article)) {
    return { url: `/media/audio/${synthetic.filename}`, durationSeconds: synthetic.durationSeconds ?? null }
  }
  const articleId = article.id
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'audio-clips',
    where: { and: [{ article: { equals: articleId } }, { kind: { equals: 'read-out' } }, { 'synthetic.engine': { exists: false } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    ...noCount,
    overrideAccess: false,
  })
  const clip = docs[0]
  return clip?.filename ? { url: `/media/audio/${clip.filename}`, durationSeconds: clip.durationSeconds ?? null } : null
}
