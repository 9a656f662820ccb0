import type { Request } from 'express'

/** Paths that are not public pages: the admin and its APIs, files, playout and health endpoints. */
export const NOT_PUBLIC_PAGES = ['/admin', '/api', '/media', '/_next', '/playlists', '/healthz', '/readyz', '/next', '/luot-xem']

export function isPublicPageRequest(req: Request, notPublic: string[] = NOT_PUBLIC_PAGES): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !notPublic.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))
}
