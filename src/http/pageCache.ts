import type { NextFunction, Request, Response } from 'express'
import { cacheSegmentOf, normalisedPageUrl } from './cacheKey'
import { chunkAsBuffer, isPublicPageRequest, NOT_PUBLIC_PAGES } from './publicPageRequests'

/**
 * A whole-response cache for anonymous public pages, in front of Next.
 *
 * Entries are kept until the content changes: `invalidate()` is called when the content fingerprint
 * moves (an article, category, slot, programme or the station changed, in this process or in the
 * worker), which drops every entry at once; public pages list each other, so finer invalidation
 * would be guesswork. Concurrent misses for one URL render once. Signed-in staff (payload-token
 * cookie) always get a fresh page.
 *
 * The key is the request's origin (decided by src/http/requestGuards, so a forged Host only ever
 * reaches its sender) and the page address without parameters the page does not read. The cache
 * is bounded in bytes, least recently used first, in two parts: addresses with a query (searches)
 * have a small budget of their own. Only complete 200 answers are kept: a 404 for a random address
 * is rendered, never stored, so junk addresses cannot push out real pages.
 */
export type PageCacheOptions = {
  /** Budget for pages without a query string (articles, lists, feeds). */
  maxBytes?: number
  /** Budget for pages with a query string (search, listen-again by date). */
  maxQueryBytes?: number
  /** A single answer larger than this is never stored. */
  maxEntryBytes?: number
  maxAgeMs?: number
  bypassPrefixes?: string[]
}

type Entry = { status: number; headers: [string, string | string[]][]; body: Buffer; storedAt: number }

/** A map in least-recently-used order, bounded by the bytes of its bodies. */
function lruByBytes(budget: number) {
  const entries = new Map<string, Entry>()
  let bytes = 0
  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.body.length
    entries.delete(key)
  }
  return {
    get(key: string): Entry | undefined {
      const entry = entries.get(key)
      if (entry) {
        entries.delete(key)
        entries.set(key, entry)
      }
      return entry
    },
    set(key: string, entry: Entry) {
      remove(key)
      while (bytes + entry.body.length > budget && entries.size > 0) remove(entries.keys().next().value as string)
      entries.set(key, entry)
      bytes += entry.body.length
    },
    delete: remove,
    clear() {
      entries.clear()
      bytes = 0
    },
    size: () => entries.size,
    bytes: () => bytes,
  }
}

const DROPPED_HEADERS = ['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-loa-cache']

// maxAgeMs bounds pages that depend on the clock ("on air now", "today") without content changing.
export function createPageCache({
  maxBytes = 64 * 1024 * 1024,
  maxQueryBytes = 8 * 1024 * 1024,
  maxEntryBytes = 2 * 1024 * 1024,
  maxAgeMs = 60_000,
  bypassPrefixes = NOT_PUBLIC_PAGES,
}: PageCacheOptions = {}) {
  const segments = { pages: lruByBytes(maxBytes), queries: lruByBytes(maxQueryBytes) }
  const pending = new Map<string, Promise<void>>()
  let generation = 0
  const stats = { hits: 0, misses: 0, invalidations: 0 }

  const cacheable = (req: Request) =>
    isPublicPageRequest(req, bypassPrefixes) && !/(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '') && !req.headers.authorization

  function keyOf(req: Request, res: Response) {
    const query = req.originalUrl.indexOf('?')
    const pageUrl = normalisedPageUrl(req.path, query === -1 ? '' : req.originalUrl.slice(query))
    // Next compresses for clients that accept gzip; the two forms are cached apart.
    const encoding = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gz' : 'id'
    return { key: `${encoding} ${String(res.locals.origin ?? '')}${pageUrl}`, segment: segments[cacheSegmentOf(pageUrl)] }
  }

  function send(res: Response, entry: Entry, method: string) {
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('X-Loa-Cache', 'HIT')
    res.status(entry.status)
    if (method === 'HEAD') res.end()
    else res.end(entry.body)
  }

  /** Lets Next write the response while keeping a copy; stores it if it is a complete 200. */
  function capture(res: Response, store: (entry: Entry) => void, startedIn: number): Promise<void> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = []
      let size = 0
      const write = res.write.bind(res) as (...args: unknown[]) => boolean
      const end = res.end.bind(res) as (...args: unknown[]) => Response
      const keep = (chunk: unknown, encoding?: unknown) => {
        const buffer = chunkAsBuffer(chunk, encoding)
        if (!buffer) return
        size += buffer.length
        if (size <= maxEntryBytes) chunks.push(buffer)
      }
      res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding)
        return write(chunk, encoding, callback)
      }) as Response['write']
      res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding)
        if (res.statusCode === 200 && size <= maxEntryBytes && !res.getHeader('set-cookie') && startedIn === generation) {
          const headers = Object.entries(res.getHeaders())
            .filter(([name]) => !DROPPED_HEADERS.includes(name))
            .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]])
          store({ status: res.statusCode, headers, body: Buffer.concat(chunks), storedAt: Date.now() })
        }
        resolve()
        return end(chunk, encoding, callback)
      }) as Response['end']
      res.on('close', () => resolve())
    })
  }

  async function middleware(req: Request, res: Response, next: NextFunction) {
    if (!cacheable(req)) return next()
    const { key, segment } = keyOf(req, res)
    let entry = segment.get(key)
    if (entry && Date.now() - entry.storedAt > maxAgeMs) {
      segment.delete(key)
      entry = undefined
    }
    if (!entry && pending.has(key)) {
      await pending.get(key)
      entry = segment.get(key)
    }
    if (entry) {
      stats.hits++
      return send(res, entry, req.method)
    }
    stats.misses++
    res.setHeader('X-Loa-Cache', 'MISS')
    if (req.method === 'GET') {
      const done = capture(res, (stored) => segment.set(key, stored), generation)
      pending.set(key, done)
      done.finally(() => pending.delete(key))
    }
    next()
  }

  return {
    middleware,
    invalidate() {
      generation++
      stats.invalidations++
      segments.pages.clear()
      segments.queries.clear()
    },
    stats: () => ({ ...stats, entries: segments.pages.size() + segments.queries.size(), bytes: segments.pages.bytes() + segments.queries.bytes() }),
  }
}
