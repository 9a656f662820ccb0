import type { CollectionSlug, Payload } from 'payload'
import { publicProgrammeWhere } from '../access/programmes'

/** What public pages are made of; any change here must show on the site. */
const PUBLIC_COLLECTIONS: CollectionSlug[] = ['articles', 'categories', 'tags', 'broadcast-slots', 'holidays', 'programmes', 'media']

/**
 * A cheap summary of the public content: per collection, how many documents and the newest
 * updatedAt (a delete changes the count, an edit or unpublish the time), plus the station global.
 * The web server polls it, so changes made by the worker or by scripts reach the page cache too.
 */
export async function contentFingerprint(payload: Payload): Promise<string> {
  const parts = await Promise.all(
    PUBLIC_COLLECTIONS.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({ collection, sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true }, overrideAccess: true, draft: false })
      return `${collection}:${totalDocs}:${(docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
    }),
  )
  const station = await payload.findGlobal({ slug: 'station', depth: 0, overrideAccess: true })
  // A programme becomes public when its slot starts, with no edit to notice: count the aired ones.
  const aired = await payload.count({ collection: 'programmes', where: publicProgrammeWhere(new Date()), overrideAccess: true })
  // "Đang phát / Đã phát" follow the as-run log: every item starting or ending on air moves this.
  const asRun = await payload.find({ collection: 'as-run', sort: '-updatedAt', limit: 1, depth: 0, select: { updatedAt: true }, overrideAccess: true })
  const onAir = `as-run:${asRun.totalDocs}:${asRun.docs[0]?.updatedAt ?? ''}`
  return [...parts, `station:${station.updatedAt ?? ''}`, `aired:${aired.totalDocs}`, onAir].join('|')
}

/** Calls `onChange` whenever the fingerprint moves; checks every `intervalMs`. */
export function watchContent(payload: Payload, onChange: () => void, intervalMs = 500): () => void {
  let last: string | null = null
  let busy = false
  const timer = setInterval(async () => {
    if (busy) return
    busy = true
    try {
      const current = await contentFingerprint(payload)
      if (last !== null && current !== last) onChange()
      last = current
    } catch {
      // A database hiccup is reported by /readyz; the next tick tries again.
    } finally {
      busy = false
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
