import type { Where } from 'payload'
import { publishedOnly } from '../access/publishedOrStaff'
import { lexicalDocumentRefs, withLexicalDocuments } from '../lib/lexicalUploads'
import { relationId, relationIdText } from '../lib/relationId'
import type { Article, Category, Tag } from '../payload-types'
import { readOutIsCurrent } from '../speech/readOutIsCurrent'
import { sitePayload } from './payload'

/**
 * Public reads of articles. Every query runs with overrideAccess: false and no user, so the
 * collection's own access rule (published only) applies on top of the explicit filter; the link
 * lists, read through the database adapter, apply that rule's filter themselves (articleLinks).
 */
const publicRead = { overrideAccess: false, draft: false } as const
// For lookups and short lists that show no page numbers: skips the COUNT query Payload runs otherwise.
const noCount = { pagination: false } as const

export async function latestArticles(limit: number, page = 1) {
  const payload = await sitePayload()
  return payload.find({ collection: 'articles', where: publishedOnly(), sort: '-publishedAt', limit, page, depth: 1, ...publicRead })
}

/** The site's categories and tags by id: small, shown on most pages, kept in memory by the renderer. */
export type Taxonomy = {
  categories: Map<string, Pick<Category, 'id' | 'name' | 'slug'>>
  tags: Map<string, Pick<Tag, 'id' | 'name' | 'slug'>>
}

export async function loadTaxonomy(): Promise<Taxonomy> {
  const payload = await sitePayload()
  const select = { name: true, slug: true } as const
  const [categories, tags] = await Promise.all([
    payload.find({ collection: 'categories', limit: 0, depth: 0, select, ...noCount, overrideAccess: false }),
    payload.find({ collection: 'tags', limit: 0, depth: 0, select, ...noCount, overrideAccess: false }),
  ])
  return {
    categories: new Map(categories.docs.map((doc) => [String(doc.id), doc])),
    tags: new Map(tags.docs.map((doc) => [String(doc.id), doc])),
  }
}

// What an article's page prints, and what decides its read-out (src/speech/readOutIsCurrent): not
// the search text, the review trail or the schedule fields, which are most of the row.
const ARTICLE_PAGE_SELECT = {
  title: true,
  slug: true,
  summary: true,
  content: true,
  category: true,
  heroImage: true,
  tags: true,
  source: true,
  author: true,
  publishedAt: true,
  broadcast: { script: true, readOut: true, synthetic: true, spokenFrom: true },
  updatedAt: true,
} as const

/** Public documents of one collection by id, in one query (none when there are no ids). */
async function documentsById(collection: 'media' | 'articles', ids: string[], where: Where[] = [], select?: Record<string, true>): Promise<Map<string, object>> {
  if (ids.length === 0) return new Map()
  const payload = await sitePayload()
  const { docs } = await payload.find({ collection, where: { and: [{ id: { in: ids } }, ...where] }, limit: ids.length, depth: 0, ...(select ? { select } : {}), ...noCount, ...publicRead })
  return new Map<string, object>(docs.map((doc) => [String(doc.id), doc]))
}

/**
 * The published article with this slug, with its category, tags, images and internal links filled
 * in. Not Payload's depth-2 population, which reads each relation on its own and walks every field
 * again: the article row, then its images and linked articles in one query each, and the category and
 * tags from the taxonomy the renderer keeps. Anything not found (a deleted image, a link to a draft)
 * stays an id, as Payload leaves it, and the page shows nothing for it.
 */
export async function articleBySlug(slug: string, taxonomy: Taxonomy): Promise<Article | null> {
  const payload = await sitePayload()
  const result = await payload.find({
    collection: 'articles',
    where: { and: [publishedOnly(), { slug: { equals: slug } }] },
    limit: 1,
    depth: 0,
    select: ARTICLE_PAGE_SELECT,
    ...noCount,
    ...publicRead,
  })
  const article = result.docs[0] as Article | undefined
  if (!article) return null
  const refs = lexicalDocumentRefs(article.content)
  const heroId = relationId(article.heroImage)
  const idsIn = (relationTo: string) => refs.filter((ref) => ref.relationTo === relationTo).map((ref) => ref.id)
  const [media, articles] = await Promise.all([
    documentsById('media', [...new Set([...(heroId === null ? [] : [String(heroId)]), ...idsIn('media')])]),
    documentsById('articles', idsIn('articles'), [publishedOnly()], { title: true, slug: true }),
  ])
  const lookup = (relationTo: string, id: string): object | undefined =>
    relationTo === 'media' ? media.get(id) : relationTo === 'articles' ? articles.get(id) : relationTo === 'categories' ? taxonomy.categories.get(id) : relationTo === 'tags' ? taxonomy.tags.get(id) : undefined
  const categoryId = relationId(article.category)
  return {
    ...article,
    category: ((categoryId !== null && lookup('categories', String(categoryId))) || article.category) as Article['category'],
    tags: (article.tags ?? []).map((value) => lookup('tags', String(relationId(value))) ?? value) as Article['tags'],
    heroImage: ((heroId !== null && media.get(String(heroId))) || article.heroImage) as Article['heroImage'],
    content: withLexicalDocuments(article.content, lookup),
  }
}

export type ArticleLink = Pick<Article, 'id' | 'title' | 'slug' | 'publishedAt'>

const LINK_SELECT = { title: true, slug: true, publishedAt: true } as const

/**
 * Up to `limit` published articles matching all of `where`, as links, in the given date order.
 *
 * Read through the database adapter (payload.db.find), not the local API: these three public fields
 * of published articles need no access evaluation, field hooks or population, which were half the
 * cost of each of an article page's three link lists. The filter is the one the collection's access
 * rule gives the public (publishedOnly), and only the three fields are read.
 */
async function articleLinks(where: Where[], sort: 'publishedAt' | '-publishedAt', limit: number): Promise<ArticleLink[]> {
  const payload = await sitePayload()
  const { docs } = await payload.db.find<ArticleLink>({ collection: 'articles', where: { and: [publishedOnly(), ...where] }, sort, limit, select: LINK_SELECT, pagination: false })
  return docs.map(({ id, title, slug, publishedAt }) => ({ id, title, slug, publishedAt }))
}

/**
 * "Những tin mới hơn" and "Những tin cũ hơn": the nearest published articles of the same category
 * on each side of this one. Both lists are returned newest first, so read top to bottom the page
 * runs from the newest item down to the oldest, with the current article between the two lists.
 */
export async function newerAndOlder(article: Article, count = 5): Promise<{ newer: ArticleLink[]; older: ArticleLink[] }> {
  if (!article.publishedAt) return { newer: [], older: [] }
  const categoryId = relationId(article.category)
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
  return payload.find({ collection: 'articles', where: { and: [publishedOnly(), where] }, sort: '-publishedAt', limit: PAGE_SIZE, page, depth: 1, ...publicRead })
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
  const tagIds = (article.tags ?? []).map(relationId)
  const categoryId = relationId(article.category)
  const shared: Where[] = tagIds.length > 0 ? [{ tags: { in: tagIds } }] : categoryId ? [{ category: { equals: categoryId } }] : []
  if (shared.length === 0) return []
  return articleLinks([{ id: { not_equals: article.id } }, ...shared], '-publishedAt', count)
}

// A person's recording of an article, linked the old way (by the clip's `article`).
const RECORDED_READ_OUT: Where = { and: [{ kind: { equals: 'read-out' } }, { 'synthetic.engine': { exists: false } }] }

/**
 * The articles some recorded read-out is linked to (by the clip's `article`): only their pages look
 * for one, the others need no query. A hint, read without access (so an article's publication needs
 * no new read); the clip itself is read with its access rule. Kept by the renderer until a clip changes.
 */
export async function articlesWithRecordings(): Promise<ReadonlySet<string>> {
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'audio-clips',
    where: { and: [RECORDED_READ_OUT, { article: { exists: true } }] },
    limit: 0,
    depth: 0,
    select: { article: true },
    ...noCount,
    overrideAccess: true,
  })
  return new Set(docs.map((doc) => relationIdText(doc.article)).filter((id): id is string => id !== null))
}

/**
 * The read-out recording for the player on an article's page: the one approved with the published
 * text (`broadcast.readOut`), else its synthetic read-out while it says the published text, else, for
 * articles from before those fields, the newest recorded read-out linked to the article (looked for
 * only when `withRecordings`, from articlesWithRecordings, names it). One query at most; the clip's
 * own access rule (a published article's read-out) still applies.
 */
export async function readOutOf(article: Article, withRecordings: ReadonlySet<string>): Promise<{ url: string; durationSeconds: number | null } | null> {
  const approved = relationId(article.broadcast?.readOut)
  const synthetic = relationId(article.broadcast?.synthetic)
  const chosen = approved ?? (synthetic !== null && readOutIsCurrent(article) ? synthetic : null)
  if (chosen === null && !withRecordings.has(String(article.id))) return null
  const where: Where = chosen !== null ? { id: { equals: chosen } } : { and: [{ article: { equals: article.id } }, RECORDED_READ_OUT] }
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'audio-clips',
    where,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { filename: true, durationSeconds: true },
    ...noCount,
    overrideAccess: false,
  })
  const clip = docs[0]
  return clip?.filename ? { url: `/media/audio/${clip.filename}`, durationSeconds: clip.durationSeconds ?? null } : null
}
