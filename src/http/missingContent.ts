import type { NextFunction, Request, Response } from 'express'

/** Public addresses whose last segment is a slug that must exist, e.g. /tin-tuc/<slug>. */
export type SlugRoute = { prefix: string; exists: (slug: string) => Promise<boolean> }

/** A path no route claims: Next answers it with app/global-not-found.tsx and status 404. */
export const NOT_FOUND_PATH = '/_khong-tim-thay'

/**
 * Sends requests for content that does not exist (or is not public) to the site's 404 page.
 *
 * Why here and not with notFound() in the page: the app has two root layouts, and a notFound()
 * thrown inside the site's layout is rendered by Next 16 as an empty shell filled in by client
 * JavaScript, so readers without JavaScript (and crawlers) would see a blank page. An address that
 * matches no route gets a complete, server-rendered 404 from global-not-found.
 */
export function missingContentTo404(routes: SlugRoute[]) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    for (const route of routes) {
      if (!req.path.startsWith(route.prefix)) continue
      // The slug is the first segment after the prefix: /chuyen-muc/<slug>/trang/2 and
      // /chuyen-muc/<slug>/rss.xml are checked too.
      const rest = req.path.slice(route.prefix.length).split('/')[0]
      if (!rest) continue
      let slug: string
      try {
        slug = decodeURIComponent(rest)
      } catch {
        req.url = NOT_FOUND_PATH
        return next()
      }
      try {
        if (!(await route.exists(slug))) req.url = NOT_FOUND_PATH
      } catch (error) {
        return next(error)
      }
      break
    }
    next()
  }
}
