import { type Request, type Response, Router } from 'express'
import { createViewTally, DEFAULT_VIEW_LIMITS, type ViewTallyLimits } from '../site/viewTally'

// A transparent 1×1 GIF: counting works without JavaScript and never delays the article itself.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export type ViewFlush = (counts: Map<string, number>) => Promise<void>

/**
 * GET /luot-xem/<articleId>.gif counts one view in memory (within the limits of src/site/viewTally);
 * counts are written to the database in one batch every `flushMs`, so a busy page costs no database
 * write per visit, and the batch checks all its ids at once (published articles only).
 */
export function viewCounter(flush: ViewFlush, flushMs = 5000, limits: ViewTallyLimits = DEFAULT_VIEW_LIMITS) {
  const tally = createViewTally(limits)
  const router = Router()
  router.get('/luot-xem/:file', (req: Request, res: Response) => {
    const match = /^(.+)\.gif$/.exec(String(req.params.file))
    // req.ip is the connection's address (or the proxy's, when Express is told to trust one).
    if (match) tally.hit(req.ip ?? req.socket.remoteAddress ?? 'unknown', match[1], Date.now())
    res.setHeader('Cache-Control', 'no-store')
    res.type('image/gif').send(PIXEL)
  })
  let flushing: Promise<void> | null = null
  const flushNow = async () => {
    // One batch at a time: two overlapping batches could both create the same article's row.
    if (flushing) await flushing
    const batch = tally.take()
    if (batch.size === 0) return
    flushing = flush(batch).catch((error: unknown) => console.error('[loa] view counts not saved', error))
    await flushing
    flushing = null
  }
  const timer = setInterval(() => void flushNow(), flushMs)
  timer.unref()
  return {
    router,
    stop: async () => {
      clearInterval(timer)
      await flushNow()
    },
  }
}
