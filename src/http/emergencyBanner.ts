import { type Request, type Response, Router } from 'express'
import type { PublicEmergency } from '../broadcast/emergencyBanner'

/** The address the banner script polls (src/site/inlineScripts EMERGENCY_SCRIPT). */
export const EMERGENCY_BANNER_PATH = '/api/khan-cap'

/**
 * GET /api/khan-cap: the emergencies the banner shows now, public fields only, for the banner
 * script of every public page (cached pages included) to show or hide within seconds.
 *
 * Every open page polls it, so it must stay cheap: the answer is made at most once per `ttlMs`
 * (concurrent requests share one database read) and sent as prepared bytes; `no-store` keeps
 * browsers and proxies from holding an emergency after it ends.
 */
export function emergencyBannerRoutes(load: (now: Date) => Promise<PublicEmergency[]>, ttlMs = 2000): Router {
  let cached: { body: Buffer; at: number } | null = null
  let loading: Promise<Buffer> | null = null

  const current = async (): Promise<Buffer> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.body
    if (!loading) {
      loading = load(new Date())
        .then((emergencies) => {
          const body = Buffer.from(JSON.stringify({ emergencies }), 'utf8')
          cached = { body, at: Date.now() }
          return body
        })
        .finally(() => {
          loading = null
        })
    }
    return loading
  }

  const router = Router()
  router.get(EMERGENCY_BANNER_PATH, async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    try {
      const body = await current()
      res.type('application/json; charset=utf-8').send(body)
    } catch (error) {
      console.error('[loa] emergency banner failed', error)
      // The script keeps what it shows: a database hiccup must not hide a warning.
      res.status(503).json({ error: 'Chưa lấy được tin khẩn cấp, sẽ thử lại.' })
    }
  })
  return router
}
