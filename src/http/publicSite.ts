import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip as gzipCallback } from 'node:zlib'
import type { NextFunction, Request, Response } from 'express'
import { hasStaffCredentials } from '../auth/staffSession'
import { CHANGE_SETTLE_MS } from '../lib/publicPages'
import type { PageInvalidation } from '../site/pageTags'
import type { PageRequest, RenderedPage } from '../site/renderPublicPage'
import { normalisedPageUrl } from './cacheKey'
import { isPublicPageRequest } from './publicPageRequests'
import { createPageStore, type StoredPage } from './pageStore'

const gzip = promisify(gzipCallback)

/**
 * The public site's one web layer. Every public page goes through these steps, in this order:
 *
 * 1. Which page: a GET or HEAD outside the admin, APIs and files (src/http/publicPageRequests), its
 *    address without the parameters no page reads (src/http/cacheKey), on the request's origin.
 * 2. Signed-in staff get a fresh render, never stored (they may be checking their own edit); a
 *    forged or expired session is an anonymous visitor.
 * 3. From memory: a stored page is sent at once. If it is stale (content it shows changed, or it
 *    is older than its page allows), it is still sent, and one render replaces it in the background
 *    (stale-while-revalidate). Missing: the visitor waits for the render, which visitors asking for
 *    the same address at the same time share (single flight). Pages a change made stale are also
 *    re-rendered in the background once the change has settled, one at a time, so a page read
 *    rarely is not shown a day late to its next reader.
 * 4. Render (src/site/renderPublicPage): React on the server from Payload's local API.
 * 5. Store: complete 200 answers only, with their gzip form and ETag, bounded in bytes
 *    (src/http/pageStore). A 404 or a redirect is sent, never stored, so junk addresses cannot push
 *    out real pages.
 * 6. Send: the headers of a public answer, all here: type, length, encoding negotiated with
 *    Accept-Encoding (gzip when the client takes it, else identity), Vary, ETag (304 when it
 *    matches), Cache-Control. Security headers are set earlier for every answer (src/http/requestGuards).
 */
export type PublicSiteOptions = {
  render: (request: PageRequest) => Promise<RenderedPage>
  /** Budget for pages without a query string (articles, lists, feeds). */
  maxBytes?: number
  /** Budget for pages with a query string (search, listen-again by date). */
  maxQueryBytes?: number
  /** Whether to keep pages at all (LOA_PAGE_CACHE=off renders every request, for measuring). */
  cache?: boolean
  /** How long a change may take to be committed after it is announced (see src/http/pageStore). */
  settleMs?: number
  /**
   * Whether the request carries a valid staff session (src/server.ts passes staffSessionCheck, which
   * answers a request without credentials at once): a made-up `payload-token` cookie must not buy a
   * render per request. Without it, any credentials count (tests of the layer alone).
   */
  isStaff?: (req: Request) => Promise<boolean>
  /** The addresses to render ahead after a restart (src/site/keepPagesCurrent popularPaths). */
  popularPaths?: () => Promise<string[]>
  now?: () => number
}

// Below this, gzip's header costs more than it saves.
const MIN_GZIP_BYTES = 1024
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:xml|json))/i

type Finished = StoredPage & { location?: string }

/** The store's key and the query string the page reads, from an address as it was asked for. */
function pageAddress(origin: string, path: string, search: string): { key: string; search: string } {
  const pageUrl = normalisedPageUrl(path, search)
  return { key: `${origin}${pageUrl}`, search: pageUrl.slice(path.length) }
}

/** `compress`: whether anyone will want the gzip form (a stored page, or a client that takes gzip). */
async function finish(page: RenderedPage, request: PageRequest, renderedAt: number, compress: boolean): Promise<Finished> {
  const body = Buffer.from(page.body, 'utf8')
  const compressed = compress && COMPRESSIBLE.test(page.contentType) && body.length >= MIN_GZIP_BYTES ? await gzip(body) : null
  return {
    status: page.status,
    contentType: page.contentType,
    body,
    gzip: compressed,
    etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
    tags: page.tags,
    renderedAt,
    maxAgeMs: page.maxAgeMs,
    source: { path: request.path, search: request.search, origin: request.origin },
    location: page.location,
  }
}

function send(req: Request, res: Response, page: Finished, cacheState: 'HIT' | 'STALE' | 'MISS' | null) {
  res.status(page.status)
  if (page.location) res.setHeader('Location', page.location)
  res.setHeader('Content-Type', page.contentType)
  res.setHeader('Vary', 'Accept-Encoding')
  // Browsers and proxies may keep a page but must ask again (an ETag makes that a 304); staff pages stay private.
  res.setHeader('Cache-Control', cacheState === null ? 'private, no-store' : page.status === 200 ? 'public, max-age=0, must-revalidate' : 'no-cache')
  if (cacheState) res.setHeader('X-Loa-Cache', cacheState)
  if (page.status === 200) {
    res.setHeader('ETag', page.etag)
    const known = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .map((tag) => tag.trim())
    if (known.includes(page.etag) || known.includes('*')) {
      res.status(304).end()
      return
    }
  }
  const zipped = page.gzip !== null && req.acceptsEncodings('gzip', 'identity') === 'gzip'
  const bytes = zipped ? (page.gzip as Buffer) : page.body
  if (zipped) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', bytes.length)
  res.end(req.method === 'HEAD' ? undefined : bytes)
}

const ERROR_PAGE = Buffer.from(
  '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Lỗi máy chủ · Loa</title></head>' +
    '<body><h1>Trang tạm thời không hiển thị được</h1><p>Máy chủ gặp lỗi khi tạo trang này. Xin thử lại sau ít phút, hoặc <a href="/">về trang chủ</a>.</p></body></html>',
  'utf8',
)

export function createPublicSite({ render, maxBytes = 64 * 1024 * 1024, maxQueryBytes = 8 * 1024 * 1024, cache = true, settleMs = CHANGE_SETTLE_MS, isStaff = async (req) => hasStaffCredentials(req), popularPaths, now = Date.now }: PublicSiteOptions) {
  const store = createPageStore({ maxBytes, maxQueryBytes, settleMs })
  const pending = new Map<string, Promise<Finished>>()
  const counts = { hits: 0, stale: 0, misses: 0, renders: 0, failures: 0 }

  async function renderNow(request: PageRequest, compress = cache): Promise<Finished> {
    counts.renders++
    return finish(await render(request), request, now(), compress)
  }

  /** One render per address at a time, stored when it is a complete 200. */
  function refresh(key: string, request: PageRequest): Promise<Finished> {
    const running = pending.get(key)
    if (running) return running
    const startedAt = now()
    const rendering = renderNow(request)
      .then((page) => {
        if (cache && page.status === 200) store.set(key, page, startedAt)
        return page
      })
      .finally(() => pending.delete(key))
    pending.set(key, rendering)
    return rendering
  }

  function pageRequestOf(req: Request, res: Response): { key: string; request: PageRequest } {
    const query = req.originalUrl.indexOf('?')
    const origin = String(res.locals.origin ?? '')
    const { key, search } = pageAddress(origin, req.path, query === -1 ? '' : req.originalUrl.slice(query))
    return { key, request: { path: req.path, search, origin, now: new Date(now()) } }
  }

  async function prerender(origin: string, paths: string[]): Promise<number> {
    let rendered = 0
    for (const path of paths) {
      const [pathname, query = ''] = path.split('?')
      const { key, search } = pageAddress(origin, pathname, query ? `?${query}` : '')
      if (store.peek(key)) continue
      try {
        const page = await refresh(key, { path: pathname, search, origin, now: new Date(now()) })
        if (page.status === 200) rendered++
      } catch (error) {
        console.error(`[loa] Không dựng trước được trang ${path}:`, error instanceof Error ? error.message : error)
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
    return rendered
  }

  // After a restart the store is empty: the popular pages are rendered ahead, once, for the site's
  // origin (PUBLIC_URL at start, else the origin of the first visitor).
  let warmedUp = false
  function warmUp(origin: string) {
    if (warmedUp || !cache || !popularPaths) return
    warmedUp = true
    const started = now()
    popularPaths()
      .then((paths) => prerender(origin, paths))
      .then((rendered) => console.log(`[loa] Đã dựng trước ${rendered} trang hay được đọc trong ${((now() - started) / 1000).toFixed(1)} giây.`))
      .catch((error: unknown) => console.error('[loa] Không dựng trước được các trang:', error instanceof Error ? error.message : error))
  }

  async function middleware(req: Request, res: Response, next: NextFunction) {
    if (!isPublicPageRequest(req)) return next()
    const { key, request } = pageRequestOf(req, res)
    warmUp(request.origin)
    try {
      const takesGzip = req.acceptsEncodings('gzip', 'identity') === 'gzip'
      if (await isStaff(req)) return send(req, res, await renderNow(request, takesGzip), null)
      const stored = cache ? store.get(key) : undefined
      if (stored) {
        const stale = store.isStale(stored, now())
        if (stale) counts.stale++
        else counts.hits++
        // A changed page is rendered once its change has settled (by the background drain, or by the
        // first reader after that), not by every reader during the settle window.
        if (stale && store.isDue(stored, now())) {
          refresh(key, request).catch((error: unknown) => {
            counts.failures++
            console.error(`[loa] Không làm mới được trang ${key}:`, error instanceof Error ? error.message : error)
          })
        }
        return send(req, res, stored, stale ? 'STALE' : 'HIT')
      }
      counts.misses++
      // Without the store (LOA_PAGE_CACHE=off, for measuring) every request is its own render.
      send(req, res, cache ? await refresh(key, request) : await renderNow(request, takesGzip), 'MISS')
    } catch (error) {
      counts.failures++
      console.error(`[loa] Lỗi khi tạo trang ${req.path}:`, error)
      if (res.headersSent) return res.end()
      res.status(500).setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      res.end(req.method === 'HEAD' ? undefined : ERROR_PAGE)
    }
  }

  // Stale pages waiting for their background render, in the order the changes came.
  const queued = new Set<string>()
  let draining = false
  async function drain() {
    if (draining) return
    draining = true
    try {
      for (const key of queued) {
        queued.delete(key)
        const page = store.peek(key)
        if (!page || !store.isStale(page, now())) continue
        try {
          await refresh(key, { ...page.source, now: new Date(now()) })
        } catch (error) {
          counts.failures++
          console.error(`[loa] Không làm mới được trang ${key}:`, error instanceof Error ? error.message : error)
        }
        // Visitors' requests go first: one page, then back to the event loop.
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      draining = false
    }
  }

  return {
    middleware,
    /** A content change: the pages showing it are re-rendered (or dropped); returns how many were marked. */
    invalidate(change: PageInvalidation): number {
      const stale = store.invalidate(change, now())
      for (const key of stale) queued.add(key)
      // After the writer's transaction has surely been committed, so the renders read the new content.
      if (stale.length > 0) setTimeout(drain, settleMs).unref()
      return stale.length
    },
    /** Renders the popular pages ahead of visitors for `origin` (once per process). */
    warmUp,
    /** Renders pages ahead of visitors, one at a time so visitors' own requests never queue behind a batch. */
    prerender,
    stats: () => ({ ...counts, ...store.stats(), pending: pending.size }),
  }
}

export type PublicSite = ReturnType<typeof createPublicSite>
