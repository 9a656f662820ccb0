/**
 * The public site's addresses. Pure: a path in, the page it names out. Everything not listed here
 * is answered by the site's 404 page; the admin, the APIs and files never reach this table
 * (src/http/publicPageRequests).
 */
export type PublicRoute =
  | { page: 'home' }
  | { page: 'article'; slug: string }
  | { page: 'category'; slug: string; pageNumber?: string }
  | { page: 'tag'; slug: string; pageNumber?: string }
  | { page: 'category-rss'; slug: string }
  | { page: 'search' | 'schedule' | 'listen-again' | 'live' | 'rss' | 'podcast' | 'sitemap' | 'robots' }
  | { page: 'not-found' }
  | { redirect: string }

const FIXED: Record<string, PublicRoute> = {
  '/': { page: 'home' },
  '/tim-kiem': { page: 'search' },
  '/lich-phat-song': { page: 'schedule' },
  '/nghe-lai': { page: 'listen-again' },
  '/nghe-truc-tiep': { page: 'live' },
  '/rss.xml': { page: 'rss' },
  '/podcast.xml': { page: 'podcast' },
  '/sitemap.xml': { page: 'sitemap' },
  '/robots.txt': { page: 'robots' },
}

const SLUG = '([^/]+)'
const PATTERNS: [RegExp, (parts: string[]) => PublicRoute][] = [
  [new RegExp(`^/tin-tuc/${SLUG}$`), ([slug]) => ({ page: 'article', slug })],
  [new RegExp(`^/chuyen-muc/${SLUG}$`), ([slug]) => ({ page: 'category', slug })],
  [new RegExp(`^/chuyen-muc/${SLUG}/trang/${SLUG}$`), ([slug, pageNumber]) => ({ page: 'category', slug, pageNumber })],
  [new RegExp(`^/chuyen-muc/${SLUG}/rss\\.xml$`), ([slug]) => ({ page: 'category-rss', slug })],
  [new RegExp(`^/tag/${SLUG}$`), ([slug]) => ({ page: 'tag', slug })],
  [new RegExp(`^/tag/${SLUG}/trang/${SLUG}$`), ([slug, pageNumber]) => ({ page: 'tag', slug, pageNumber })],
]

/** The page a path names. `search` is kept on a redirect that drops a trailing slash. */
export function matchPublicRoute(path: string, search = ''): PublicRoute {
  if (path.length > 1 && path.endsWith('/')) {
    const target = path.replace(/\/+$/, '') || '/'
    // Never `//host` or `/\host`: browsers read those as another site (an open redirect).
    return target === '/' || /^\/[^/\\]/.test(target) ? { redirect: `${target}${search}` } : { page: 'not-found' }
  }
  const fixed = FIXED[path]
  if (fixed) return fixed
  for (const [pattern, route] of PATTERNS) {
    const match = pattern.exec(path)
    if (!match) continue
    try {
      return route(match.slice(1).map((part) => decodeURIComponent(part)))
    } catch {
      // A malformed escape (%E0%A4%A) names nothing.
      return { page: 'not-found' }
    }
  }
  return { page: 'not-found' }
}
