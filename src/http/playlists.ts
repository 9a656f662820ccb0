import { type Request, type Response, Router } from 'express'
import { isValidLocalDate } from '../broadcast/localDate'
import { playlistToM3u, withAbsoluteUrls } from '../broadcast/playlist'
import type { LocalDate, Playlist } from '../broadcast/types'
import { absoluteUrl } from '../lib/publicUrls'

/**
 * GET /playlists/YYYY-MM-DD.json and .m3u for playout devices. Every slot of the day is listed,
 * a missing programme marked as such, never dropped.
 */
export function playlistRoutes(playlistFor: (date: LocalDate) => Promise<Playlist>): Router {
  const router = Router()
  router.get('/playlists/:file', async (req: Request, res: Response) => {
    const match = /^(\d{4}-\d{2}-\d{2})\.(json|m3u8?)$/.exec(String(req.params.file))
    if (!match || !isValidLocalDate(match[1])) {
      res.status(404).json({ error: 'Không có danh sách phát này. Dạng đúng: /playlists/YYYY-MM-DD.json hoặc .m3u' })
      return
    }
    try {
      const playlist = await playlistFor(match[1])
      res.setHeader('Cache-Control', 'no-cache')
      // Decided once per request from PUBLIC_URL or the validated Host (src/http/requestGuards), as
      // for the podcast: a programme has the same address in the JSON, the M3U and the podcast.
      const origin = String(res.locals.origin)
      const toAbsolute = (url: string) => absoluteUrl(origin, url)
      if (match[2] === 'json') {
        res.json(withAbsoluteUrls(playlist, toAbsolute))
        return
      }
      res.type('audio/x-mpegurl; charset=utf-8').send(playlistToM3u(playlist, toAbsolute))
    } catch (error) {
      console.error('[loa] playlist failed', error)
      res.status(500).json({ error: 'Không lập được danh sách phát. Xem nhật ký máy chủ.' })
    }
  })
  return router
}
