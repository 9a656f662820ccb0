/**
 * The memory behind the public page layer (src/http/publicSite): finished pages by address, each
 * with its gzip form, the content it shows (tags such as `article:12`, `category:3`, `radio`) and
 * when it was rendered. No I/O and no clock of its own: callers pass the time.
 *
 * - Bounded in bytes (both encodings counted), least recently read first out, in two parts:
 *   addresses with a query (searches, listen-again by date) have a small budget of their own, so a
 *   flood of unique searches evicts other searches, never the articles residents read.
 * - A change either marks the pages showing it stale (they are still served, once each, while one
 *   render replaces them) or drops them (an unpublished or deleted article must not be shown again).
 * - A changed page is rendered again only once the change has settled (the writer's transaction
 *   may not be committed yet when the change is announced, so an earlier render could read the old
 *   content); until then readers get the page from before. A render that started before a change
 *   touching its tags had settled is stored to be rendered again once it has, or not at all for a
 *   drop. So a change costs each page showing it one render, two at most, however busy the page.
 */
export type StoredPage = {
  status: number
  contentType: string
  body: Buffer
  /** The same bytes gzipped, or null when too small to be worth it. */
  gzip: Buffer | null
  etag: string
  tags: string[]
  renderedAt: number
  /** After this long the page is served stale and rendered again (clock-dependent content). */
  maxAgeMs: number
  /** What to render to replace it. */
  source: { path: string; search: string; origin: string }
}

/**
 * A stored page, the time from which a read of it starts a new render, and whether content it shows
 * changed since it was rendered (it is then served as stale until its new render replaces it).
 */
type Entry = StoredPage & { renderAgainAt: number; changed: boolean }

export type Invalidation = { tags: string[] | 'all'; mode: 'stale' | 'drop' }

/** A Set keeps insertion order: deleting and adding again on every read keeps it least-recently-read first. */
type Segment = { budget: number; bytes: number; keys: Set<string> }

export type PageStoreOptions = {
  /** Budget for pages without a query string (articles, lists, feeds). */
  maxBytes: number
  /** Budget for pages with a query string. */
  maxQueryBytes: number
  /** How long after a change a starting render may still read the content from before it. */
  settleMs: number
}

const sizeOf = (page: Entry) => page.body.length + (page.gzip?.length ?? 0)
const intersects = (a: string[] | 'all', b: string[]) => a === 'all' || a.some((tag) => b.includes(tag))

export function createPageStore({ maxBytes, maxQueryBytes, settleMs }: PageStoreOptions) {
  const pages = new Map<string, Entry>()
  const byTag = new Map<string, Set<string>>()
  const segments: Record<'pages' | 'queries', Segment> = {
    pages: { budget: maxBytes, bytes: 0, keys: new Set() },
    queries: { budget: maxQueryBytes, bytes: 0, keys: new Set() },
  }
  // Recent changes, to judge renders that were running while they happened.
  const recent: { at: number; change: Invalidation }[] = []
  const stats = { stored: 0, evicted: 0, marked: 0, dropped: 0 }

  const segmentOf = (key: string) => (key.includes('?') ? segments.queries : segments.pages)

  function remove(key: string) {
    const page = pages.get(key)
    if (!page) return
    pages.delete(key)
    const segment = segmentOf(key)
    segment.bytes -= sizeOf(page)
    segment.keys.delete(key)
    for (const tag of page.tags) {
      const keys = byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) byTag.delete(tag)
    }
  }

  function keysTagged(tags: string[] | 'all'): string[] {
    if (tags === 'all') return [...pages.keys()]
    const keys = new Set<string>()
    for (const tag of tags) for (const key of byTag.get(tag) ?? []) keys.add(key)
    return [...keys]
  }

  return {
    get(key: string): Entry | undefined {
      const page = pages.get(key)
      if (page) {
        // Read now: last in line to be evicted.
        const { keys } = segmentOf(key)
        keys.delete(key)
        keys.add(key)
      }
      return page
    },

    /** The page without counting it as read. */
    peek: (key: string): Entry | undefined => pages.get(key),

    /** Whether a page read now is out of date (content it shows changed, or it is too old). */
    isStale(page: Entry, now: number): boolean {
      return page.changed || now >= page.renderAgainAt
    },

    /** Whether a page read now should be rendered again: out of date, and any change behind that has settled. */
    isDue(page: Entry, now: number): boolean {
      return now >= page.renderAgainAt
    },

    /** Stores a render that started at `startedAt`; returns false when it was not kept. */
    set(key: string, page: StoredPage, startedAt: number): boolean {
      let renderAgainAt = page.renderedAt + page.maxAgeMs
      for (const { at, change } of recent) {
        if (startedAt >= at + settleMs || !intersects(change.tags, page.tags)) continue
        if (change.mode === 'drop') return false
        renderAgainAt = Math.min(renderAgainAt, at + settleMs)
      }
      const entry: Entry = { ...page, renderAgainAt, changed: false }
      const segment = segmentOf(key)
      const size = sizeOf(entry)
      if (size > segment.budget) return false
      remove(key)
      for (const oldest of segment.keys) {
        if (segment.bytes + size <= segment.budget) break
        remove(oldest)
        stats.evicted++
      }
      pages.set(key, entry)
      segment.keys.add(key)
      segment.bytes += size
      for (const tag of page.tags) {
        let keys = byTag.get(tag)
        if (!keys) byTag.set(tag, (keys = new Set()))
        keys.add(key)
      }
      stats.stored++
      return true
    },

    /** Applies a change at time `now`: the pages showing it become stale or are dropped. Returns the stale ones. */
    invalidate(change: Invalidation, now: number): string[] {
      recent.push({ at: now, change })
      // Only changes that a running render could have missed matter; renders take well under a minute.
      while (recent.length > 0 && recent[0].at < now - 60_000) recent.shift()
      if (recent.length > 1000) recent.splice(0, recent.length - 1000)
      const keys = keysTagged(change.tags)
      for (const key of keys) {
        if (change.mode === 'drop') {
          remove(key)
          stats.dropped++
        } else {
          const page = pages.get(key)
          if (page && !page.changed) {
            page.changed = true
            page.renderAgainAt = Math.min(page.renderAgainAt, now + settleMs)
            stats.marked++
          }
        }
      }
      return change.mode === 'drop' ? [] : keys
    },

    stats: () => ({ ...stats, entries: pages.size, bytes: segments.pages.bytes + segments.queries.bytes }),
  }
}

export type PageStore = ReturnType<typeof createPageStore>
