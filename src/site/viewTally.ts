/**
 * Which page views count, in memory, before they are written in batches. Pure: the caller passes the
 * time and the client's address.
 *
 * Without limits, anyone could inflate an article's count with a loop, or make every flush look up
 * thousands of made-up ids. So: one view per article per client per `dedupeMs`; at most
 * `perClientPerMinute` counted views per client a minute; at most `maxPendingIds` different articles
 * per batch; and a bound on what is remembered, so a flood from many addresses cannot grow memory.
 * Hits over a limit are dropped silently (the pixel is still served).
 */
export type ViewTallyLimits = {
  dedupeMs: number
  perClientPerMinute: number
  maxPendingIds: number
  maxTrackedClients: number
}

export const DEFAULT_VIEW_LIMITS: ViewTallyLimits = {
  dedupeMs: 10 * 60_000,
  perClientPerMinute: 30,
  maxPendingIds: 1_000,
  maxTrackedClients: 100_000,
}

/** SQLite ids are numbers, MongoDB ids are strings (ObjectIds): both are plain tokens in the URL. */
const ARTICLE_ID = /^[A-Za-z0-9_-]{1,40}$/
const MINUTE_MS = 60_000

export type ViewTally = {
  /** Records one view; true when it counts. */
  hit: (client: string, articleId: string, nowMs: number) => boolean
  /** The counts gathered since the last call, by article id (as it appeared in the URL). */
  take: () => Map<string, number>
}

export function createViewTally(limits: ViewTallyLimits = DEFAULT_VIEW_LIMITS): ViewTally {
  let pending = new Map<string, number>()
  // Fixed windows: cheap, and a reader on the edge of one gets at most one extra count.
  let seenSince = Number.NEGATIVE_INFINITY
  let seen = new Map<string, Set<string>>()
  let rateSince = Number.NEGATIVE_INFINITY
  let perClient = new Map<string, number>()

  return {
    hit(client, articleId, nowMs) {
      if (!ARTICLE_ID.test(articleId)) return false
      if (nowMs - seenSince >= limits.dedupeMs) {
        seenSince = nowMs
        seen = new Map()
      }
      if (nowMs - rateSince >= MINUTE_MS) {
        rateSince = nowMs
        perClient = new Map()
      }
      const articlesOfClient = seen.get(client)
      if (articlesOfClient?.has(articleId)) return false
      const used = perClient.get(client) ?? 0
      if (used >= limits.perClientPerMinute) return false
      if (!pending.has(articleId) && pending.size >= limits.maxPendingIds) return false
      if (!articlesOfClient && seen.size >= limits.maxTrackedClients) return false
      if (articlesOfClient) articlesOfClient.add(articleId)
      else seen.set(client, new Set([articleId]))
      perClient.set(client, used + 1)
      pending.set(articleId, (pending.get(articleId) ?? 0) + 1)
      return true
    },
    take() {
      const batch = pending
      pending = new Map()
      return batch
    },
  }
}
