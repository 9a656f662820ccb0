import { gzipSync } from 'node:zlib'
import type { NextFunction, Request, Response } from 'express'
import { chunkAsBuffer, isPublicPageRequest } from './publicPageRequests'

const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json))/i
// Below this, gzip's header costs more than it saves.
const MIN_GZIP_BYTES = 1024

type HeaderValue = string | number | readonly string[]

/**
 * Lets Next render a public page in full, then edits the finished HTML (see
 * src/site/withoutNextRuntime) before it leaves the server, and compresses it here.
 *
 * Next's own compression is turned off for these requests (it would hand us gzip bytes), and the
 * response is buffered: public pages are fully rendered on the server and small (tens of KB), and
 * the page cache in front keeps the result, so nothing streams that a resident would miss.
 */
export function scriptFreePages(editHtml: (html: string) => string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !isPublicPageRequest(req)) return next()
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    req.headers['accept-encoding'] = 'identity'

    const chunks: Buffer[] = []
    const keep = (chunk: unknown, encoding?: unknown) => {
      const buffer = chunkAsBuffer(chunk, encoding)
      if (buffer) chunks.push(buffer)
    }
    const end = res.end.bind(res) as (body?: Buffer, callback?: () => void) => Response
    const lastCallback = (...args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function')

    // Headers must wait for the edited body's length, so nothing may send them early. Node itself
    // sends them through writeHead when the body goes out, so the originals are back by then.
    const writeHead = res.writeHead
    const flushHeaders = res.flushHeaders
    const restoreHeaderSending = () => {
      res.writeHead = writeHead
      res.flushHeaders = flushHeaders
    }
    res.flushHeaders = () => undefined
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      res.statusCode = status
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, HeaderValue> | HeaderValue[] | undefined
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as HeaderValue)
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
      }
      return res
    }) as Response['writeHead']
    res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding)
      lastCallback(encoding, callback)?.()
      return true
    }) as Response['write']
    res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      keep(chunk, encoding)
      const done = lastCallback(chunk, encoding, callback)
      restoreHeaderSending()
      if (res.statusCode === 204 || res.statusCode === 304) return end(undefined, done)
      let body = Buffer.concat(chunks)
      const type = String(res.getHeader('content-type') ?? '')
      if (type.startsWith('text/html')) body = Buffer.from(editHtml(body.toString('utf8')), 'utf8')
      res.removeHeader('transfer-encoding')
      if (acceptsGzip && COMPRESSIBLE.test(type) && body.length >= MIN_GZIP_BYTES) {
        body = gzipSync(body)
        res.setHeader('Content-Encoding', 'gzip')
      }
      const vary = String(res.getHeader('vary') ?? '')
      if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
      res.setHeader('Content-Length', body.length)
      return end(body, done)
    }) as Response['end']
    next()
  }
}
