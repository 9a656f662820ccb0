import { type Request, type Response, Router } from 'express'
import type { PublicEmergency } from '../broadcast/emergencyBanner'

/** The address the banner script polls (src/site/inlineScripts EMERGENCY_SCRIPT). */
export const EMERGENCY_BANNER_PATH = '/api/khan-cap'

/**
 * GET /api/khan-cap: the emergencies the banner shows now, public fields only, for the banner
 * script of every public page (cached pages included) to show or hide within seconds.
 *
 * Every open page polls it, so it must stay cheap: `current` is the renderer's own copy (read at
 * most once a second and shared with the pages' banner, src/site/renderPublicPage), and the answer
 * is serialised once per copy; `no-store` keeps browsers and proxies from holding an emergency
 * after it ends.
 */
export function emergencyBannerRoutes(current: (now: Date) => Promise<PublicEmergency[]>): Router {
  let sent: { emergencies: PublicEmergency[]; body: Buffer } | null = null
  const answer = async (): Promise<Buffer> => {
    const emergencies = await current(new Date())
    if (sent?.emergencies !== emergencies) sent = { emergencies, body: Buffer.from(JSON.stringify({ emergencies }), 'utf8') }
    return sent.body
  }

  const router = Router()
  router.get(EMERGENCY_BANNER_PATH, async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store')
    try {
      const body = await answer()
      res.type('application/json; charset=utf-8').send(body)
    } catch (error) {
      console.error('[loa] emergency banner failed', error)
      // The script keeps what it shows: a database hiccup must not hide a warning.
      res.status(503).json({ error: 'Chưa lấy được tin khẩn cấp, sẽ thử lại.' })
    }
  })
  return router
}
