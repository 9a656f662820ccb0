import type { Where } from 'payload'
import { type ParsedQuery, rankResults, type SearchDoc, searchTextOf } from '../lib/search'
import { sitePayload } from './payload'

export const SEARCH_PAGE_SIZE = 10
/** Candidates taken from the database before ranking; a town's archive rarely has more per query. */
const MAX_CANDIDATES = 500

export type SearchHit = SearchDoc & { slug: string; summary: string | null }

/**
 * Published articles containing every term (the database narrows with LIKE on the stored search
 * key, src/lib/search refines to word starts and ranks: title matches first, then newest).
 */
export async function searchArticles(query: ParsedQuery, page: number) {
  if (query.terms.length === 0) return { hits: [] as SearchHit[], total: 0, totalPages: 0 }
  const payload = await sitePayload()
  const where: Where = { and: [{ _status: { equals: 'published' } }, ...query.terms.map((term) => ({ searchText: { like: term } }))] }
  const { docs } = await payload.find({
    collection: 'articles',
    where,
    sort: '-publishedAt',
    limit: MAX_CANDIDATES,
    depth: 0,
    select: { title: true, slug: true, summary: true, publishedAt: true, searchText: true },
    overrideAccess: false,
    draft: false,
  })
  const candidates: SearchHit[] = docs.map((doc) => ({
    id: doc.id,
    title: doc.title,
    slug: doc.slug ?? '',
    summary: doc.summary ?? null,
    publishedAt: new Date(doc.publishedAt ?? 0),
    titleKey: searchTextOf([doc.title]),
    textKey: doc.searchText ?? '',
  }))
  const ranked = rankResults(candidates, query.terms)
  const totalPages = Math.ceil(ranked.length / SEARCH_PAGE_SIZE)
  return { hits: ranked.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE), total: ranked.length, totalPages }
}
