/**
 * Which public pages a content change affects. Pure.
 *
 * Every rendered page is stored with tags naming what it shows:
 * - `article:<id>`: the article itself or a link to it (title, date, summary, slug in a list);
 * - `category:<id>` / `tag:<id>`: which articles belong to it and in what order, and its name
 *   (category and tag pages, the newer/older/related lists of the articles in it, the home blocks);
 * - `latest`: which articles are published and in what order, site-wide (home, feeds, sitemap, search);
 * - `categories` / `tags`: the list of categories or tags itself (home blocks, sitemap);
 * - `media:<id>`: an image on the page;
 * - `radio`: the schedule, holidays, programmes and the as-run log (schedule, live, listen again, home).
 * A change names the tags it touches; the page layer re-renders exactly the pages carrying one.
 */
import type { ContentChange } from '../lib/publicPages'
import { relationIdText } from '../lib/relationId'

export type { ContentChange }

export type PageInvalidation = { tags: string[] | 'all'; mode: 'stale' | 'drop' }

export const tag = {
  article: (id: unknown) => `article:${String(id)}`,
  category: (id: unknown) => `category:${String(id)}`,
  tag: (id: unknown) => `tag:${String(id)}`,
  media: (id: unknown) => `media:${String(id)}`,
  latest: 'latest',
  categories: 'categories',
  tags: 'tags',
  radio: 'radio',
} as const

export const RADIO_COLLECTIONS = new Set(['broadcast-slots', 'holidays', 'programmes', 'as-run'])

// Ids as strings whichever database made them (SQLite numbers, MongoDB ObjectIds), populated or not.
const idOf = relationIdText
const idsOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : [])
const isPublished = (doc: Record<string, unknown> | undefined) => doc?._status === 'published'
const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id))

/** Whether an article change moves it in or out of lists or reorders them (not just its words). */
function changesLists({ operation, doc, previousDoc }: ContentChange): boolean {
  if (operation !== 'update' || !previousDoc) return true
  if (isPublished(doc) !== isPublished(previousDoc)) return true
  if (!isPublished(doc)) return false
  return (
    doc.publishedAt !== previousDoc.publishedAt ||
    idOf(doc.category) !== idOf(previousDoc.category) ||
    !sameIds(idsOf(doc.tags), idsOf(previousDoc.tags))
  )
}

function articleInvalidations(change: ContentChange): PageInvalidation[] {
  const { doc, previousDoc, operation } = change
  const shown = [tag.article(doc.id)]
  // An article that is no longer public must not be shown by any page again, not even once.
  const gone = operation === 'delete' || (!isPublished(doc) && (previousDoc === undefined || isPublished(previousDoc)))
  if (!changesLists(change)) return [{ tags: shown, mode: 'stale' }]
  const categories = [idOf(doc.category), idOf(previousDoc?.category)].filter((id): id is string => id !== null)
  const tags = [...idsOf(doc.tags), ...idsOf(previousDoc?.tags)]
  const lists = [tag.latest, ...new Set(categories.map(tag.category)), ...new Set(tags.map(tag.tag))]
  return gone ? [{ tags: shown, mode: 'drop' }, { tags: lists, mode: 'stale' }] : [{ tags: [...shown, ...lists], mode: 'stale' }]
}

/** The pages a change affects, and whether they may still be served once while re-rendered. */
export function pagesAffectedBy(change: ContentChange): PageInvalidation[] {
  const id = change.doc.id
  switch (change.collection) {
    case 'articles':
      return articleInvalidations(change)
    case 'categories':
      return [{ tags: [tag.category(id), tag.categories], mode: 'stale' }]
    case 'tags':
      return [{ tags: [tag.tag(id), tag.tags], mode: 'stale' }]
    case 'media':
      return [{ tags: [tag.media(id)], mode: change.operation === 'delete' ? 'drop' : 'stale' }]
    case 'audio-clips': {
      // A recorded read-out is played on its article's page.
      const article = idOf(change.doc.article) ?? idOf(change.previousDoc?.article)
      return article ? [{ tags: [tag.article(article)], mode: 'stale' }] : []
    }
    // Every page carries the emergency banner, the station's name and its time zone.
    case 'announcements':
    case 'station':
      return [{ tags: 'all', mode: 'stale' }]
    default:
      return RADIO_COLLECTIONS.has(change.collection) ? [{ tags: [tag.radio], mode: 'stale' }] : []
  }
}
