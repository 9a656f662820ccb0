import express, { type Express, type NextFunction, type Request, type Response, type Router } from 'express'
import { apiGuard, type StaffCheck } from './apiGuard'
import type { BodyLimitSettings } from './bodyLimits'
import { mediaFiles } from './mediaFiles'
import { applySecurityHeaders, establishOrigin, limitRequestBodies, refuseUnsupportedMethods } from './requestGuards'

/** What anonymous callers of /readyz are told when the database does not answer. */
export const NOT_READY_REASON = 'Cơ sở dữ liệu chưa sẵn sàng.'

export type Readiness = { ready: true } | { ready: false; reason: string }
export type ReadinessCheck = () => Promise<Readiness>

export type HttpAppOptions = {
  /** Answers whether the database is usable right now. */
  checkReadiness: ReadinessCheck
  /** Folder served under /media (programme audio, images), with Range support for seeking. */
  mediaDir: string
  /** Whether a caller may have an uploaded clip under /media/audio/ (see src/http/mediaFiles). */
  mayReadAudio?: (fileName: string, req: Request) => Promise<boolean>
  /** The admin, REST and GraphQL: Payload's Next app. */
  nextHandler: (req: Request, res: Response) => unknown
  /** Routes Express answers itself before Next (the playout playlists). */
  routers?: Router[]
  /** The public site's one page layer (src/http/publicSite): every address outside the admin, APIs and files. */
  publicSite?: (req: Request, res: Response, next: NextFunction) => unknown
  /** What the first middlewares check before anything reads a request (src/http/requestGuards). */
  guards: RequestGuardSettings
}

export type RequestGuardSettings = {
  /** PUBLIC_URL (checked): when set, no request header changes the origin of links and feeds. */
  publicUrl?: string
  /** TRUST_PROXY for Express: false (default) drops X-Forwarded-* and Forwarded headers. */
  trustProxy: false | number | string
  /** Host used when a request names none. */
  fallbackHost: string
  /** CSP hashes of the public pages' inline scripts. */
  scriptHashes: string[]
  /** CSP hashes of the public pages' inline style sheet. */
  styleHashes?: string[]
  /** Origins besides the site's own that public pages play audio from (ICECAST_PUBLIC_URL). */
  mediaSources?: string[]
  bodyLimits: BodyLimitSettings
  /** Whether the request carries a valid staff session (GraphQL and unbounded reads are staff-only). */
  isStaff: StaffCheck
}

/**
 * The admin follows the browser's language, and most staff browsers say English even in Vietnam.
 * Until someone picks a language in the admin (Payload keeps it in the payload-lng cookie), admin and
 * API requests are treated as Vietnamese.
 */
function preferVietnameseAdmin(req: Request, _res: Response, next: NextFunction) {
  const hasChosenLanguage = /(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')
  if (!hasChosenLanguage && (req.path.startsWith('/admin') || req.path.startsWith('/api'))) {
    req.headers['accept-language'] = 'vi'
  }
  next()
}

export function createHttpApp({ checkReadiness, mediaDir, mayReadAudio, nextHandler, routers = [], publicSite, guards }: HttpAppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', guards.trustProxy)

  // Before anything reads a request: its method, its origin, its headers, the size of its body.
  app.use(refuseUnsupportedMethods)
  app.use(establishOrigin({ publicUrl: guards.publicUrl, trustProxy: guards.trustProxy !== false, fallbackHost: guards.fallbackHost }))
  app.use(applySecurityHeaders(guards.scriptHashes, guards.mediaSources, guards.styleHashes))
  app.use(limitRequestBodies(guards.bodyLimits))

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' })
  })

  // Anyone can ask: the answer says only ready or not. The reason (file paths, driver messages) goes
  // to the server log, once per change so a probe every few seconds does not flood it.
  let lastLoggedReason: string | null = null
  app.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness().catch((error: unknown): Readiness => ({ ready: false, reason: String(error) }))
    res.setHeader('Cache-Control', 'no-store')
    if (readiness.ready) {
      if (lastLoggedReason !== null) console.log('[loa] readyz: cơ sở dữ liệu đã trả lời trở lại')
      lastLoggedReason = null
      res.status(200).json({ status: 'ready' })
      return
    }
    if (readiness.reason !== lastLoggedReason) console.error(`[loa] readyz: chưa sẵn sàng: ${readiness.reason}`)
    lastLoggedReason = readiness.reason
    res.status(503).json({ status: 'not-ready', reason: NOT_READY_REASON })
  })

  // Images and audio only, by an allow-list of extensions, with nosniff; Range requests for seeking.
  app.use('/media', mediaFiles({ mediaDir, mayReadAudio }))

  for (const router of routers) app.use(router)
  app.use('/api', apiGuard(guards.isStaff))
  if (publicSite) app.use(publicSite)
  app.use(preferVietnameseAdmin)
  app.use((req, res) => nextHandler(req, res))
  return app
}
