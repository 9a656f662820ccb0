import { type Request, type Response, Router } from 'express'

// A transparent 1×1 GIF: counting works without JavaScript and never delays the article itself.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export type ViewFlush = (counts: Map<string, number>) => Promise<void>

/**
 * GET /luot-xem/<articleId>.gif counts one view in memory; counts are written to the database in
 * one batch every `flushMs`, so a busy page costs no database write per visit.
 */
export function viewCounter(flush: ViewFlush, flushMs = 5000) {
  let pending = new Map<string, number>()
  const router = Router()
  router.get('/luot-xem/:file', (req: Request, res: Response) => {
    const match = /^(\d{1,12})\.gif$/.exec(String(req.params.file))
    if (match) pending.set(match[1], (pending.get(match[1]) ?? 0) + 1)
    res.setHeader('Cache-Control', 'no-store')
    res.type('image/gif').send(PIXEL)
  })
  const flushNow = async () => {
    if (pending.size === 0) return
    const batch = pending
    pending = new Map()
    await flush(batch).catch((error: unknown) => console.error('[loa] view counts not saved', error))
  }
  const timer = setInterval(flushNow, flushMs)
  timer.unref()
  return {
    router,
    stop: async () => {
      clearInterval(timer)
      await flushNow()
    },
  }
}
