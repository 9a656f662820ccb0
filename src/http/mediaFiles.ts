import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import { MEDIA_SECURITY_HEADERS, mediaContentType } from '../lib/mediaTypes'

export type MediaFilesOptions = {
  /** The media folder: images/, audio/, programmes/. */
  mediaDir: string
  /**
   * Whether this caller may have /media/audio/<fileName>: staff any clip, anonymous callers only
   * audio that is part of something public (src/access/audioClips). Without it, no clip is served.
   */
  mayReadAudio?: (fileName: string, req: Request) => Promise<boolean>
}

/**
 * Serves the media folder (images, uploaded audio, assembled programmes) with Range requests, ETags
 * and caching, but only files whose extension is on the media allow-list, each with the type Loa
 * chooses (never one guessed from other extensions), and with nosniff and a sandboxing CSP on every
 * answer, 404s included: a file that somehow holds HTML is never a page on the site's origin.
 * Dotfiles and other extensions answer 404 whether or not they exist.
 */
export function mediaFiles({ mediaDir, mayReadAudio }: MediaFilesOptions): Router {
  const router = express.Router()
  const files = express.static(mediaDir, { index: false, redirect: false, dotfiles: 'ignore', fallthrough: false, maxAge: '1h', acceptRanges: true })

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(MEDIA_SECURITY_HEADERS)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res)
    const segments = pathSegments(req.path)
    const fileName = segments?.at(-1)
    const type = fileName ? mediaContentType(fileName) : null
    if (!segments || !fileName || !type || segments.some((segment) => segment.startsWith('.'))) return notFound(res)
    if (segments[0] === 'audio') {
      if (segments.length !== 2 || !mayReadAudio) return notFound(res)
      const allowed = await mayReadAudio(fileName, req).catch(() => false)
      if (!allowed) return notFound(res)
      // Some clips are staff-only: no shared cache may keep one for the next caller.
      res.setHeader('Cache-Control', 'private, max-age=3600')
      res.setHeader('Vary', 'Cookie, Authorization')
    }
    res.setHeader('Content-Type', type)
    files(req, res, next)
  })

  // serve-static's errors (missing file 404, unsatisfiable range 416): plain text, not its HTML page.
  router.use((error: { status?: number; statusCode?: number; headers?: Record<string, string> }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500
    for (const header of ['Content-Type', 'Cache-Control', 'Content-Length', 'ETag', 'Last-Modified', 'Accept-Ranges', 'Vary']) res.removeHeader(header)
    if (status === 404) return notFound(res)
    for (const [name, value] of Object.entries(error.headers ?? {})) res.setHeader(name, value)
    res.status(status).type('text/plain').send(status === 416 ? 'Range Not Satisfiable' : 'Error')
  })
  return router
}

/** "/images/a%20b.png" -> ["images", "a b.png"]; null when undecodable or it climbs out. */
function pathSegments(requestPath: string): string[] | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter(Boolean)
  if (segments.length === 0 || segments.some((segment) => segment === '..')) return null
  return segments
}

function notFound(res: Response) {
  for (const header of ['Content-Type', 'Cache-Control', 'Vary']) res.removeHeader(header)
  res.status(404).type('text/plain').send('Not Found')
}
