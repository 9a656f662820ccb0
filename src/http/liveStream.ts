import http from 'node:http'
import https from 'node:https'
import { type Request, type Response, Router } from 'express'

export const OFF_AIR_MESSAGE = 'Đài đang không phát. Xin quay lại sau.'
export const FULL_MESSAGE = 'Đã đủ số người nghe trực tuyến cùng lúc. Xin thử lại sau ít phút.'

export type LiveStreamProxyOptions = {
  /** The mount proxied, fixed at start from the configuration (src/playout/liveStreamConfig). */
  upstream: URL
  /** Where residents ask for it. */
  path: string
  /** Listeners at once; one more gets 503 (each costs an upstream connection and bandwidth). */
  maxListeners: number
  /** How long to wait for the upstream's answer before saying the station is off air. */
  connectTimeoutMs?: number
}

/**
 * GET `path`: the live mount, streamed through the web server, since the embedded Icecast listens
 * on loopback only. Not an open proxy: the target is the configured mount, nothing of the request
 * (path, query, headers) reaches it. Bytes are passed on as they come (no buffering); a listener
 * who leaves closes the upstream connection at once. The mount missing or the server down is a
 * 503 in Vietnamese, as is one listener too many.
 */
export function liveStreamProxy({ upstream, path, maxListeners, connectTimeoutMs = 5000 }: LiveStreamProxyOptions) {
  let listeners = 0
  const client = upstream.protocol === 'https:' ? https : http
  const router = Router()

  const refuse = (res: Response, message: string) => {
    if (res.headersSent) return void res.destroy()
    res.status(503).setHeader('Cache-Control', 'no-store')
    res.setHeader('Retry-After', '30')
    res.type('text/plain; charset=utf-8').send(message)
  }

  router.get(path, (req: Request, res: Response) => {
    if (listeners >= maxListeners) return refuse(res, FULL_MESSAGE)
    listeners++
    let released = false
    const release = () => {
      if (released) return
      released = true
      listeners--
    }
    const upstreamRequest = client.get(upstream, { headers: { 'User-Agent': 'Loa live proxy', 'Icy-MetaData': '0' }, timeout: connectTimeoutMs }, (upstreamResponse) => {
      const type = String(upstreamResponse.headers['content-type'] ?? '')
      if (upstreamResponse.statusCode !== 200 || !/^(audio\/|application\/ogg)/i.test(type)) {
        upstreamResponse.resume()
        upstreamRequest.destroy()
        release()
        return refuse(res, OFF_AIR_MESSAGE)
      }
      // Past the answer, silence is normal for a while (a quiet programme still sends frames, but
      // a reconnecting source may not): no read timeout on a live stream.
      upstreamRequest.setTimeout(0)
      res.status(200)
      res.setHeader('Content-Type', type)
      res.setHeader('Cache-Control', 'no-store')
      res.setHeader('X-Accel-Buffering', 'no')
      res.flushHeaders()
      if (req.method === 'HEAD') {
        upstreamRequest.destroy()
        release()
        return void res.end()
      }
      upstreamResponse.pipe(res)
      upstreamResponse.on('end', () => res.end())
      upstreamResponse.on('error', () => res.destroy())
    })
    upstreamRequest.on('timeout', () => upstreamRequest.destroy(new Error('timeout')))
    upstreamRequest.on('error', () => {
      release()
      refuse(res, OFF_AIR_MESSAGE)
    })
    // The listener left (or the answer ended): the upstream connection goes with it.
    res.on('close', () => {
      upstreamRequest.destroy()
      release()
    })
  })

  return { router, listeners: () => listeners }
}
