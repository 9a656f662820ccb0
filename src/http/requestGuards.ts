import type { NextFunction, Request, Response } from 'express'
import { type BodyLimitSettings, bodyLimitFor, describeBytes } from './bodyLimits'
import { CLIENT_IP_HEADER, FORWARDED_HEADERS, ORIGIN_HEADER, requestOrigin, validHost } from './requestOrigin'
import { addressKind, securityHeadersFor } from './securityHeaders'

/**
 * The first middlewares of the server, in this order: they decide what a request is allowed to be
 * before anything reads it. See src/http/app.ts for where they sit.
 */

const ALLOWED_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/** TRACE, CONNECT and invented methods are refused here (Next answers them with a 500). */
export function refuseUnsupportedMethods(req: Request, res: Response, next: NextFunction) {
  if (ALLOWED_METHODS.has(req.method)) return next()
  res.setHeader('Allow', [...ALLOWED_METHODS].join(', '))
  res.status(405).json({ error: 'Phương thức HTTP này không được hỗ trợ.' })
}

export type OriginSettings = { publicUrl?: string; trustProxy: boolean; fallbackHost: string }

/**
 * Decides the request's origin and client address once, from what can be trusted, and hands them
 * on in private headers that nothing else can set. Forwarded headers are dropped unless the server
 * sits behind a proxy it was told to trust (TRUST_PROXY), so no client can put another site's
 * address into feeds, canonical links or the page cache.
 */
export function establishOrigin({ publicUrl, trustProxy, fallbackHost }: OriginSettings) {
  return (req: Request, res: Response, next: NextFunction) => {
    const rawHost = req.headers.host
    const host = validHost(rawHost)
    if (rawHost !== undefined && !host) {
      res.status(400).json({ error: 'Tên máy chủ (Host) không hợp lệ.' })
      return
    }
    // req.hostname and req.protocol follow X-Forwarded-* only when Express trusts the proxy.
    const forwardedHost = trustProxy ? validHost(String(req.headers['x-forwarded-host'] ?? '').split(',')[0]) : undefined
    const protocol = req.protocol === 'https' ? 'https' : 'http'
    const origin = requestOrigin({ publicUrl, host: forwardedHost ?? host, protocol, fallbackHost })
    if (!trustProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name]
    req.headers[ORIGIN_HEADER] = origin
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    res.locals.origin = origin
    next()
  }
}

/** Security headers by kind of address (src/http/securityHeaders), set before anything answers. */
export function applySecurityHeaders(scriptHashes: string[], mediaSources: string[] = [], styleHashes: string[] = []) {
  return (req: Request, res: Response, next: NextFunction) => {
    const headers = securityHeadersFor(addressKind(req.path), { https: req.secure, scriptHashes, mediaSources, styleHashes })
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    next()
  }
}

/**
 * Refuses a body larger than its route allows (src/http/bodyLimits) from its Content-Length, before
 * reading it: 413 with a Vietnamese reason, and the connection closed so the rest is not read. A
 * body without a length (chunked) is refused with 411: browsers and Payload's admin always send one.
 */
export function limitRequestBodies(settings: BodyLimitSettings) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = req.headers['content-length']
    const chunked = /\bchunked\b/i.test(String(req.headers['transfer-encoding'] ?? ''))
    if (declared === undefined && !chunked) return next()
    const limit = bodyLimitFor(req.method, req.path, settings)
    if (chunked && declared === undefined) {
      res.setHeader('Connection', 'close')
      res.status(411).json({ error: 'Yêu cầu phải ghi rõ độ dài nội dung (Content-Length).' })
      return
    }
    const length = Number(declared)
    if (!Number.isSafeInteger(length) || length < 0) {
      res.setHeader('Connection', 'close')
      res.status(400).json({ error: 'Content-Length không hợp lệ.' })
      return
    }
    if (length > limit.maxBytes) {
      res.setHeader('Connection', 'close')
      const message =
        limit.maxBytes === 0
          ? 'Yêu cầu này không được kèm nội dung.'
          : `${limit.what[0].toUpperCase()}${limit.what.slice(1)} quá lớn (${describeBytes(length)}). Giới hạn là ${describeBytes(limit.reportedBytes ?? limit.maxBytes)}.`
      res.status(413).json({ errors: [{ message }], error: message })
      return
    }
    next()
  }
}
