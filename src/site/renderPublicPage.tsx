import type { Payload } from 'payload'
import type { PublicEmergency } from '../broadcast/emergencyBanner'
import { loadBannerEmergencies } from '../radio/emergencies'
import { loadStationSettings } from '../radio/station'
import { keptRead } from '../lib/keptRead'
import { CHANGE_SETTLE_MS } from '../lib/publicPages'
import { articlesWithRecordings, loadTaxonomy } from './articles'
import { renderDocument } from './document'
import { articlePage } from './pages/article'
import { categoryRssFeed, podcastFeed, robots, rssFeed, sitemap } from './pages/feeds'
import { homePage } from './pages/home'
import { listenAgainPage } from './pages/listenAgain'
import { categoryPage, tagPage } from './pages/lists'
import { livePage } from './pages/live'
import { NOT_FOUND_HEAD, notFoundBody } from './pages/notFound'
import { schedulePage } from './pages/schedule'
import { searchPage } from './pages/search'
import type { PageContext, PageOutcome } from './pages/types'
import { connectSitePayload } from './payload'
import { matchPublicRoute } from './routes'
import type { SiteStation } from './stationContext'

/** One public answer, ready for the page layer (src/http/publicSite) to store, compress and send. */
export type RenderedPage = {
  status: 200 | 301 | 308 | 404
  contentType: string
  body: string
  /** What the answer shows (src/site/pageTags). */
  tags: string[]
  maxAgeMs: number
  location?: string
}

export type PageRequest = {
  path: string
  /** The query string as the page reads it ('' or '?…'; src/http/cacheKey). */
  search: string
  origin: string
  now: Date
}

const HTML = 'text/html; charset=utf-8'
/** Pages are rendered again at least this often, for what changes without an edit (an emergency's end). */
const DEFAULT_MAX_AGE_MS = 10 * 60_000
/** While an emergency shows, pages follow its end within a minute even for readers without JavaScript. */
const EMERGENCY_MAX_AGE_MS = 60_000
const BANNER_READ_MS = 1000

async function outcomeOf(request: PageRequest, context: PageContext, station: SiteStation): Promise<PageOutcome> {
  const route = matchPublicRoute(request.path, request.search)
  if ('redirect' in route) return { kind: 'redirect', location: route.redirect }
  switch (route.page) {
    case 'home':
      return homePage(context)
    case 'article':
      return articlePage(context, route.slug)
    case 'category':
      return categoryPage(route.slug, route.pageNumber)
    case 'tag':
      return tagPage(route.slug, route.pageNumber)
    case 'category-rss':
      return categoryRssFeed(context, route.slug)
    case 'search':
      return searchPage(context)
    case 'schedule':
      return schedulePage(context)
    case 'listen-again':
      return listenAgainPage(context)
    case 'live':
      return livePage(context)
    case 'rss':
      return rssFeed(context)
    case 'podcast':
      return podcastFeed(context, station.name)
    case 'sitemap':
      return sitemap(context)
    case 'robots':
      return robots(context)
    case 'not-found':
      return { kind: 'not-found' }
  }
}

/**
 * Renders the public site's pages with React on the server, straight from Payload's local API:
 * no Next pipeline, no client runtime to strip afterwards, a real 404 status with a complete page.
 */
export function createPublicRenderer(payload: Payload, { settleMs = CHANGE_SETTLE_MS }: { settleMs?: number } = {}) {
  connectSitePayload(payload)
  // Site-wide data kept in memory, each until what it reads changes (src/site/keepPagesCurrent calls
  // forget below with each changed collection): the station's name and zone; the categories and tags (every article
  // page names its own: two queries a page otherwise); which articles have a recorded read-out linked
  // the old way (a query a page otherwise, for the few that do); the banner's emergencies, also read
  // again every second whatever the traffic, and shared with /api/khan-cap (src/server.ts).
  // Per-article data is read on every render.
  const station = keptRead(() => loadStationSettings(payload).then((settings): SiteStation => ({ name: settings.name, timeZone: settings.timeZone })))
  const taxonomy = keptRead(() => loadTaxonomy())
  const recordings = keptRead(() => articlesWithRecordings())
  const banner = keptRead(async (now) => loadBannerEmergencies(payload, now, (await station.read(now)).timeZone), BANNER_READ_MS)

  async function emergencies(now: Date): Promise<PublicEmergency[]> {
    try {
      return await banner.read(now)
    } catch (error) {
      // The page still renders; its script asks again within seconds.
      console.error('[loa] Không đọc được tin khẩn cấp cho trang:', error instanceof Error ? error.message : error)
      return []
    }
  }

  async function render(request: PageRequest): Promise<RenderedPage> {
    const context: PageContext = { origin: request.origin, query: new URLSearchParams(request.search), now: request.now, taxonomy: () => taxonomy.read(request.now), articlesWithRecordings: () => recordings.read(request.now) }
    const current = await station.read(request.now)
    const [outcome, banner] = await Promise.all([outcomeOf(request, context, current), emergencies(request.now)])
    const maxAge = (own?: number) => Math.min(own ?? DEFAULT_MAX_AGE_MS, banner.length > 0 ? EMERGENCY_MAX_AGE_MS : DEFAULT_MAX_AGE_MS)
    switch (outcome.kind) {
      case 'redirect':
        return { status: 308, contentType: 'text/plain; charset=utf-8', body: `Trang đã chuyển đến ${outcome.location}`, location: outcome.location, tags: [], maxAgeMs: 0 }
      case 'file':
        return { status: 200, contentType: outcome.contentType, body: outcome.body, tags: outcome.tags, maxAgeMs: outcome.maxAgeMs ?? DEFAULT_MAX_AGE_MS }
      case 'not-found':
        return { status: 404, contentType: HTML, body: renderDocument({ head: NOT_FOUND_HEAD, body: notFoundBody(), emergencies: banner, station: current }), tags: [], maxAgeMs: 0 }
      case 'page':
        return { status: 200, contentType: HTML, body: renderDocument({ head: outcome.head, body: outcome.body, emergencies: banner, station: current }), tags: outcome.tags, maxAgeMs: maxAge(outcome.maxAgeMs) }
    }
  }

  return {
    render,
    /**
     * The emergencies the banner shows now (read at most once a second), for /api/khan-cap. Unlike the
     * pages' banner this one fails on a failed read: the endpoint answers 503, never "no emergency".
     */
    bannerEmergencies: (now: Date) => banner.read(now),
    /**
     * A collection (or the station) changed: what the renderer keeps of it is read again for the next
     * render, and once more after the change has settled (a read before its commit saw the old value).
     */
    forget(collection: string, now = new Date()) {
      if (collection === 'station') station.forget(now, settleMs)
      // The banner reads the emergencies in the station's time zone.
      if (collection === 'station' || collection === 'announcements') banner.forget(now, settleMs)
      if (collection === 'categories' || collection === 'tags') taxonomy.forget(now, settleMs)
      if (collection === 'audio-clips') recordings.forget(now, settleMs)
    },
  }
}

export type PublicRenderer = ReturnType<typeof createPublicRenderer>
