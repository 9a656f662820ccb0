import type { Payload } from 'payload'
import type { PublicSite } from '../http/publicSite'
import { type ContentChange, registerPublicContentListener } from '../lib/publicPages'
import { watchContentChanges } from './contentChanges'
import { pagesAffectedBy, RADIO_COLLECTIONS, tag } from './pageTags'
import { articlePath, categoryPath, hasSlug } from './publicPaths'
import type { PublicRenderer } from './renderPublicPage'

/** How many recent hook reports are remembered, so the database watcher does not repeat them. */
const REMEMBERED_REPORTS = 2000

/**
 * Keeps the stored public pages true to the content: each change (from this process's hooks, or
 * from another process, seen in the database) re-renders only the pages showing it.
 */
export function keepPagesCurrent(payload: Payload, site: PublicSite, renderer: PublicRenderer, intervalMs = 500): () => void {
  const reported = new Set<string>()
  const reportKey = (collection: string, id: unknown, updatedAt: unknown) => `${collection}:${String(id)}:${String(updatedAt)}`

  function apply(change: ContentChange) {
    renderer.forget(change.collection)
    for (const invalidation of pagesAffectedBy(change)) site.invalidate(invalidation)
  }

  registerPublicContentListener((change) => {
    reported.add(reportKey(change.collection, change.doc.id ?? change.collection, change.doc.updatedAt))
    if (reported.size > REMEMBERED_REPORTS) reported.delete(reported.values().next().value as string)
    apply(change)
  })
  return watchContentChanges(
    payload,
    {
      report: apply,
      alreadyReported: (collection, id, updatedAt) => reported.has(reportKey(collection, id, updatedAt)),
      // A delete or a burst of changes names no single document: every page showing the collection.
      reportCollection: (collection) => {
        renderer.forget(collection)
        site.invalidate({ tags: RADIO_COLLECTIONS.has(collection) ? [tag.radio] : 'all', mode: 'stale' })
      },
    },
    intervalMs,
  )
}

/** The pages residents open most, rendered ahead after a restart: home, the newest articles, radio pages, categories. */
export async function popularPaths(payload: Payload, newestArticles = 30): Promise<string[]> {
  const [articles, categories] = await Promise.all([
    payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, sort: '-publishedAt', limit: newestArticles, depth: 0, select: { slug: true }, overrideAccess: false, draft: false, pagination: false }),
    payload.find({ collection: 'categories', sort: 'order', limit: 20, depth: 0, select: { slug: true }, overrideAccess: false, pagination: false }),
  ])
  return [
    '/',
    '/lich-phat-song',
    ...articles.docs.filter(hasSlug).map((doc) => articlePath(doc.slug)),
    '/nghe-lai',
    ...categories.docs.filter(hasSlug).map((doc) => categoryPath(doc.slug)),
  ]
}
