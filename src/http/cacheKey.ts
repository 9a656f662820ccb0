/**
 * What makes two requests for a public page the same page. Pure.
 *
 * Only the query parameters a page reads are part of it: a link shared on Facebook or Zalo carries
 * `?fbclid=…`, `?utm_…` or `?zarsrc=…`, which no page reads, and each unique value used to be a
 * separate cache entry rendered from scratch (25 req/s instead of about 2,000).
 */
const PAGE_PARAMETERS: Record<string, string[]> = {
  '/tim-kiem': ['q', 'trang'],
  '/nghe-lai': ['ngay'],
}

/** Path and query as the page sees them, with unused parameters dropped and the rest in a fixed order. */
export function normalisedPageUrl(pathname: string, search: string): string {
  const used = PAGE_PARAMETERS[pathname.replace(/\/+$/, '') || '/']
  if (!used || !search) return pathname
  const params = new URLSearchParams(search)
  const kept = new URLSearchParams()
  for (const name of used) for (const value of params.getAll(name)) kept.append(name, value)
  const query = kept.toString()
  return query ? `${pathname}?${query}` : pathname
}

/**
 * Pages whose addresses a visitor can vary without end (search terms, dates) share a small part of
 * the cache, so a flood of unique searches evicts other searches, never the articles residents read.
 */
export function cacheSegmentOf(pageUrl: string): 'pages' | 'queries' {
  return pageUrl.includes('?') ? 'queries' : 'pages'
}
