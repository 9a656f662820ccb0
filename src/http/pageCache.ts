import type { NextFunction, Request, Response } from 'express'
import { chunkAsBuffer, isPublicPageRequest, NOT_PUBLIC_PAGES } from './publicPageRequests'

/**
 * A whole-response cache for anonymous public pages, in front of Next.
 *
 * Entries are kept until the content changes: `invalidate()` is called when the content fingerprint
 * moves (an article, category, slot, programme or the station changed, in this process or in the
 * worker), which drops every entry at once; public pages list each other, so finer invalidation
 * would be guesswork. Concurrent misses for one URL render once. Signed-in staff (payload-token
 * cookie) always get a fresh page.
 */
export type PageCacheOptions = { maxEntries?: number; maxBytes?: number; maxAgeMs?: number; bypassPrefixes?: string[] }

type Entry = { status: number; headers: [string, string | string[]][]; body: Buffer; storedAt: number }

// maxAgeMs bounds pages that depend on the clock ("on air now", "today") without content changing.
export function createPageCache({ maxEntries = 2000, maxBytes = 2 * 1024 * 1024, maxAgeMs = 60_000, bypassPrefixes = NOT_PUBLIC_PAGES }: PageCacheOptions = {}) {
  const entries = new Map<string, Entry>()
  const pending = new Map<string, Promise<void>>()
  let generation = 0
  const stats = { hits: 0, misses: 0, invalidations: 0 }

  const cacheable = (req: Request) =>
    isPublicPageRequest(req, bypassPrefixes) && !/(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '') && !req.headers.authorization

  // Next compresses for clients that accept gzip; the two forms are cached apart.
  const keyOf = (req: Request) => `${/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gz' : 'id'} ${req.originalUrl}`

  function send(res: Response, entry: Entry, method: string) {
    for (const [name, value] of entry.headers) res.setHeader(name, value)
    res.setHeader('X-Loa-Cache', 'HIT')
    res.status(entry.status)
    if (method === 'HEAD') res.end()
    else res.end(entry.body)
  }

  /** Lets Next write the response while keeping a copy; stores it if it is a complete 200 or 404. */
  function capture(res: Response, key: string, startedIn: number): Promise<void> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = []
      let size = 0
      const write = res.write.bind(res) as (...args: unknown[]) => boolean
      const end = res.end.bind(res) as (...args: unknown[]) => Response
      const keep = (chunk: unknown, encoding?: unknown) => {
        const buffer = chunkAsBuffer(chunk, encoding)
        if (!buffer) return
        size += buffer.length
        if (size <= maxBytes) chunks.push(buffer)
      }
      res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding)
        return write(chunk, encoding, callback)
      }) as Response['write']
      res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
        keep(chunk, encoding)
        const storable = (res.statusCode === 200 || res.statusCode === 404) && size <= maxBytes && !res.getHeader('set-cookie') && startedIn === generation
        if (storable) {
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string)
          const headers = Object.entries(res.getHeaders())
            .filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name))
            .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)] as [string, string | string[]])
          entries.set(key, { status: res.statusCode, headers, body: Buffer.concat(chunks), storedAt: Date.now() })
        }
        resolve()
        return end(chunk, encoding, callback)
      }) as Response['end']
      res.on('close', () => resolve())
    })
  }

  async function middleware(req: Request, res: Response, next: NextFunction) {
    if (!cacheable(req)) return next()
    const key = keyOf(req)
    let entry = entries.get(key)
    if (entry && Date.now() - entry.storedAt > maxAgeMs) {
      entries.delete(key)
      entry = undefined
    }
    if (!entry && pending.has(key)) {
      await pending.get(key)
      entry = entries.get(key)
    }
    if (entry) {
      stats.hits++
      return send(res, entry, req.method)
    }
    stats.misses++
    res.setHeader('X-Loa-Cache', 'MISS')
    if (req.method === 'GET') {
      const done = capture(res, key, generation)
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
      entries.clear()
    },
    stats: () => ({ ...stats, entries: entries.size }),
  }
}
