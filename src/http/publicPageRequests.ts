import type { Request } from 'express'

/** Paths that are not public pages: the admin and its APIs, files, playout and health endpoints. */
export const NOT_PUBLIC_PAGES = ['/admin', '/api', '/media', '/_next', '/playlists', '/healthz', '/readyz', '/next', '/luot-xem']

export function isPublicPageRequest(req: Request, notPublic: string[] = NOT_PUBLIC_PAGES): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !notPublic.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))
}

/**
 * A chunk given to res.write/res.end as a Buffer, for middleware that keeps a copy of the response;
 * undefined for "no chunk" (end() alone, or a callback in the chunk's place).
 */
export function chunkAsBuffer(chunk: unknown, encoding?: unknown): Buffer | undefined {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
}
