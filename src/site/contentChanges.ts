import type { CollectionSlug, Payload } from 'payload'
import { publicProgrammeWhere } from '../access/programmes'
import type { ContentChange } from '../lib/publicPages'

/**
 * Changes to public content made by other processes (the worker, scripts), read from the database:
 * the web server's own changes reach the page layer from hooks at once (src/lib/publicPages), but a
 * document saved by `npm run worker` or a script only shows in the database.
 *
 * Every `intervalMs` one cheap query per collection reads how many documents it has and the newest
 * updatedAt. Only when that moves are the documents changed since read, and each is reported as
 * its own change, so only the pages showing it are re-rendered; a change the hooks already reported
 * (same document, same updatedAt) is not reported twice. A delete seen only as a lower count
 * names no document: every page showing that collection is re-rendered.
 */
const WATCHED: CollectionSlug[] = ['articles', 'categories', 'tags', 'media', 'broadcast-slots', 'holidays', 'programmes', 'as-run', 'announcements', 'audio-clips']
/** More changes than this between two looks: reported as one change of the whole collection. */
const MAX_DOCS_PER_LOOK = 100

type Mark = { count: number; newest: string }

export type ChangeReporter = {
  report: (change: ContentChange) => void
  /** Whether the hooks already reported this version of the document. */
  alreadyReported: (collection: string, id: unknown, updatedAt: unknown) => boolean
  /** The whole collection changed in a way no single document names. */
  reportCollection: (collection: string) => void
}

export function watchContentChanges(payload: Payload, reporter: ChangeReporter, intervalMs = 500): () => void {
  const marks = new Map<string, Mark>()
  let stationUpdatedAt: string | null = null
  let aired: number | null = null
  let busy = false

  async function look(collection: CollectionSlug) {
    const { docs, totalDocs } = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true }, overrideAccess: true, draft: false, pagination: true })
    const mark: Mark = { count: totalDocs, newest: String((docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? '') }
    const before = marks.get(collection)
    marks.set(collection, mark)
    if (!before || (before.count === mark.count && before.newest === mark.newest)) return
    if (mark.count < before.count) return reporter.reportCollection(collection)
    const changed = await payload.find({
      collection,
      where: before.newest ? { updatedAt: { greater_than: before.newest } } : {},
      sort: 'updatedAt',
      limit: MAX_DOCS_PER_LOOK + 1,
      depth: 0,
      overrideAccess: true,
      draft: false,
      pagination: false,
    })
    if (changed.docs.length > MAX_DOCS_PER_LOOK) return reporter.reportCollection(collection)
    for (const doc of changed.docs as unknown as Record<string, unknown>[]) {
      if (reporter.alreadyReported(collection, doc.id, doc.updatedAt)) continue
      reporter.report({ collection, operation: 'update', doc })
    }
  }

  async function tick() {
    for (const collection of WATCHED) await look(collection)
    const station = await payload.findGlobal({ slug: 'station', depth: 0, overrideAccess: true })
    const stationNow = String(station.updatedAt ?? '')
    if (stationUpdatedAt !== null && stationNow !== stationUpdatedAt && !reporter.alreadyReported('station', 'station', stationNow)) {
      reporter.report({ collection: 'station', operation: 'update', doc: station as unknown as Record<string, unknown> })
    }
    stationUpdatedAt = stationNow
    // A programme becomes public when its slot starts, with no edit to notice: count the aired ones.
    const { totalDocs } = await payload.count({ collection: 'programmes', where: publicProgrammeWhere(new Date()), overrideAccess: true })
    if (aired !== null && totalDocs !== aired) reporter.reportCollection('programmes')
    aired = totalDocs
  }

  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      await tick()
    } catch {
      // A database hiccup is reported by /readyz; the next look tries again.
    } finally {
      busy = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
